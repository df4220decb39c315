package com.autosales.leads;

/** One level's definition in a store: buys within so many days, followed up every so many days. */
record LevelRule(int buyWithinDays, int cadenceDays) {

    static LevelRule defaultFor(LeadLevel level) {
        return new LevelRule(level.defaultBuyWithinDays(), level.defaultCadenceDays());
    }
}
