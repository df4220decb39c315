package com.autosales.sales;

import java.time.Instant;

/** A step of a contract's life as shown on its page and in the API. */
public record ContractStepView(String action, ContractStatus fromStatus, ContractStatus toStatus, String by,
        String comment, Instant at) {
}
