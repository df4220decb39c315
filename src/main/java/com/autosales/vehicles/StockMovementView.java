package com.autosales.vehicles;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A line of a vehicle's status history: from (none on receipt), to, document, note, who and when; what it is on the
 * stock book ({@code null}: no book document) and, for a transfer, the other store.
 */
public record StockMovementView(StockStatus from, StockStatus to, String document, String note, String by, Instant at,
        BookKind kind, @JsonInclude(JsonInclude.Include.NON_NULL) String counterpartStore) {
}
