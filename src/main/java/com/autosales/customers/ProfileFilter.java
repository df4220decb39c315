package com.autosales.customers;

/** The customer list's classification filters; null means "any"; {@code stale}: stale cards only. */
public record ProfileFilter(TradeStage tradeStage, CustomerNature nature, VolumeClass volumeClass, Boolean stale) {

    public ProfileFilter {
        stale = Boolean.TRUE.equals(stale); // customers: visits (stale)
    }

    public boolean any() {
        return tradeStage != null || nature != null || volumeClass != null || stale; // customers: visits (stale)
    }
}
