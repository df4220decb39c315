package com.autosales.customers;

/** Per-store limits: customers one consultant may own, claims per day, and days before a lost customer may be re-claimed. */
public record PoolLimits(int maxOwned, int maxClaimsPerDay, int cooldownDays) {
}
