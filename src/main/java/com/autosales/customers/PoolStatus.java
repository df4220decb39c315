package com.autosales.customers;

import java.util.List;

/**
 * What the card says about the pool: in a pool (with the entry), or owned and when it returns (forecast, empty when
 * no rule applies), or protected by open business (the kinds of business, as message keys).
 */
public record PoolStatus(PoolEntry entry, PoolForecast forecast, List<String> protectionKeys, boolean mayRelease,
        List<PoolView> pools) {

    public boolean inPool() {
        return entry != null;
    }

    public boolean isProtected() {
        return !protectionKeys.isEmpty();
    }
}
