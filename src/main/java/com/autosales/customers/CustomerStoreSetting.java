package com.autosales.customers;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A store's own customer-archive settings: after how many days without update or contact a card is stale. */
@Entity
@Table(name = "customer_store_setting")
class CustomerStoreSetting {

    @Id
    private Long storeId;

    private int staleAfterDays;

    private Instant updatedAt;

    /** Null until first saved, so Spring Data persists rather than merges the new row. */
    @Version
    private Long version;

    protected CustomerStoreSetting() {
    }

    CustomerStoreSetting(Long storeId) {
        this.storeId = storeId;
    }

    /** The version a form shows: -1 while the store has no row of its own. */
    static long versionOf(CustomerStoreSetting setting) {
        return setting == null || setting.version == null ? -1 : setting.version;
    }

    void staleAfter(int days, Instant now) {
        this.staleAfterDays = days;
        this.updatedAt = now;
    }

    Long storeId() {
        return storeId;
    }

    int staleAfterDays() {
        return staleAfterDays;
    }
}
