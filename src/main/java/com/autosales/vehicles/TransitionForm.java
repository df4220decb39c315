package com.autosales.vehicles;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A plain status change of a stock vehicle: the target status, the document it rests on (运单号, 试驾车审批…), a note,
 * optionally a new location, and the version the user saw (optimistic locking; {@code null} skips the check). An
 * ordered vehicle without VIN gets the manufacturer's VIN and engine number with its first move.
 */
record TransitionForm(@NotNull StockStatus target, @Size(max = 100) String document, @Size(max = 300) String note,
        @Size(max = 60) String location, Long version, @Size(max = 20) String vin, @Size(max = 40) String engineNo) {
}
