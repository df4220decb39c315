package com.autosales.customers;

/** One pool of a store; the default pool has no name of its own and is shown as the store pool. */
public record PoolView(Long id, Long storeId, String name, boolean defaultPool) {
}
