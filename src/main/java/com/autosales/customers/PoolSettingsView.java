package com.autosales.customers;

import java.util.List;

/** A store's pool limits and its rules for grades A, B, C and ungraded, with the version for editing. */
public record PoolSettingsView(Long storeId, PoolLimits limits, List<PoolRule> rules, long version) {
}
