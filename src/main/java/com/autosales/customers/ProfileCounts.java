package com.autosales.customers;

import java.util.Map;

/** How many customers in the reader's data scope carry each classification value (list filter counts). */
public record ProfileCounts(Map<TradeStage, Long> tradeStage, Map<CustomerNature, Long> nature,
        Map<VolumeClass, Long> volumeClass, long stale) {
}
