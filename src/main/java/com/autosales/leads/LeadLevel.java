package com.autosales.leads;

/** Intention level (意向级别); how soon the customer buys and how often the consultant calls are set per store. */
public enum LeadLevel {
    H(7, 1), A(15, 3), B(30, 7), C(90, 15);

    private final int defaultBuyWithinDays;
    private final int defaultCadenceDays;

    LeadLevel(int defaultBuyWithinDays, int defaultCadenceDays) {
        this.defaultBuyWithinDays = defaultBuyWithinDays;
        this.defaultCadenceDays = defaultCadenceDays;
    }

    public int defaultBuyWithinDays() {
        return defaultBuyWithinDays;
    }

    public int defaultCadenceDays() {
        return defaultCadenceDays;
    }
}
