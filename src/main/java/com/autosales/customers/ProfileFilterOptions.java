package com.autosales.customers;

/** The values the customer list's classification filters offer. */
record ProfileFilterOptions(TradeStage[] tradeStages, CustomerNature[] natures, VolumeClass[] volumeClasses) {

    static final ProfileFilterOptions INSTANCE =
            new ProfileFilterOptions(TradeStage.values(), CustomerNature.values(), VolumeClass.values());
}
