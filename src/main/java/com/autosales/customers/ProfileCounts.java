package com.autosales.customers;

import java.util.Map;

/**
 * How many customers in the reader's data scope carry each classification value (the list's filter counts);
 * regions and routes are the values in use, most customers first.
 */
public record ProfileCounts(long total, Map<Lifecycle, Long> lifecycle, Map<Grade, Long> grade, Map<TradeStage, Long> tradeStage,
        Map<CustomerNature, Long> nature, Map<ChannelType, Long> channelType, Map<VolumeClass, Long> volumeClass,
        Map<String, Long> region, Map<String, Long> routeCode, long stale) {
}
