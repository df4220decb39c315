package com.autosales.vehicles;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new trim of a model with its colours, options and first price. */
record TrimForm(@NotNull Long modelId, @NotBlank @Size(max = 100) String name, @Valid @NotNull OfferForm offer,
        @Valid @NotNull PriceForm price) {
}
