package com.autosales.customers;

/** What one run of the reclaim job did. */
public record PoolRunResult(int reclaimed, int reminded, int protectedCustomers) {
}
