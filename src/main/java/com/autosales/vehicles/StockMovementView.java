package com.autosales.vehicles;

import java.time.Instant;

/** A line of a vehicle's status history: from (none on receipt), to, document, note, who and when. */
public record StockMovementView(StockStatus from, StockStatus to, String document, String note, String by, Instant at) {
}
