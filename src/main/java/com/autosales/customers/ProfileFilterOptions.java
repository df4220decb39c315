package com.autosales.customers;

/** The values the customer list's filters and sort offer. */
record ProfileFilterOptions(Lifecycle[] lifecycles, Grade[] grades, TradeStage[] tradeStages, CustomerNature[] natures,
        ChannelType[] channelTypes, VolumeClass[] volumeClasses, CustomerSort[] sorts) {

    static final ProfileFilterOptions INSTANCE = new ProfileFilterOptions(Lifecycle.values(), Grade.values(),
            TradeStage.values(), CustomerNature.values(), ChannelType.values(), VolumeClass.values(),
            CustomerSort.values());
}
