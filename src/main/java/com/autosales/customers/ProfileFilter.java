package com.autosales.customers;

/** The customer list's classification filters; null means "any". */
public record ProfileFilter(TradeStage tradeStage, CustomerNature nature, VolumeClass volumeClass,
        CreditRating creditRating, Boolean overLimit) { // customers: credit (creditRating, overLimit)

    public boolean any() {
        return tradeStage != null || nature != null || volumeClass != null || creditRating != null || onlyOverLimit();
    }

    // customers: credit
    public boolean onlyOverLimit() {
        return Boolean.TRUE.equals(overLimit);
    }
}
