package com.autosales.customers;

import java.time.Instant;

/** A customer as lists and other modules see it; the phone is masked unless the reader may see it. */
public record CustomerSummary(Long id, Long storeId, Long ownerEmployeeId, String ownerName, CustomerKind kind,
        String name, String phone, Lifecycle lifecycle, Grade grade, Instant createdAt, long version) {
}
