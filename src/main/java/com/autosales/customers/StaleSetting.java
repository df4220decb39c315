package com.autosales.customers;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A store's stale-data threshold as the settings form shows and sends it. */
public record StaleSetting(
        @NotNull(message = "{customer.visits.invalid.stale-days}") @Min(value = 7, message = "{customer.visits.invalid.stale-days}")
        @Max(value = 3650, message = "{customer.visits.invalid.stale-days}") Integer staleAfterDays,
        long version) {
}
