package com.autosales.targets;

import java.time.Instant;

/** A plan version as the list shows it. */
public record PlanSummary(Long id, Long storeId, String storeName, int year, int versionNo, PlanStatus status,
        Instant updatedAt, long version) {
}
