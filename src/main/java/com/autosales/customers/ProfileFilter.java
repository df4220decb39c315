package com.autosales.customers;

/** The customer list's classification filters; null means "any". */
public record ProfileFilter(TradeStage tradeStage, CustomerNature nature, VolumeClass volumeClass) {

    public boolean any() {
        return tradeStage != null || nature != null || volumeClass != null;
    }
}
