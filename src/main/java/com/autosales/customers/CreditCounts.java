package com.autosales.customers;

import java.util.Map;

/** How many customers in the reader's data scope carry each credit rating, and how many are over their limit. */
public record CreditCounts(Map<CreditRating, Long> rating, long overLimit) {
}
