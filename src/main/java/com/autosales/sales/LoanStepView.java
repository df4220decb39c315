package com.autosales.sales;

import java.time.Instant;

/** A step of a loan application as shown on its page and in the API. */
public record LoanStepView(String action, LoanStatus fromStatus, LoanStatus toStatus, String by, String comment,
        Instant at) {
}
