package com.autosales.sales;

import com.autosales.shared.Percentage;
import java.time.LocalDate;

/** The store's terms a quote version is made under, fixed when it is written. */
record QuoteTerms(LocalDate quoteDate, int validityDays, Percentage insuranceCommission, Percentage financeCommission,
        boolean needsApproval, String comment) {
}
