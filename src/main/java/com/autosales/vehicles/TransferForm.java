package com.autosales.vehicles;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 调拨 — moving an in-stock vehicle to another store of the group: the target store, the transfer document (调拨单号;
 * blank: one is numbered), a note, and the version the user saw (optimistic locking; {@code null} skips the check).
 */
record TransferForm(@NotNull Long targetStoreId, @Size(max = 100) String document, @Size(max = 300) String note,
        Long version) {
}
