package com.autosales.vehicles;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A line the clerk adds to a factory order: trim, colours and quantity. */
record OrderLineForm(@NotNull Long trimId, @NotBlank @Size(max = 40) String exteriorColour,
        @NotBlank @Size(max = 40) String interiorColour, @Min(1) @Max(FactoryOrderLine.MAX_QUANTITY) int quantity,
        Long version) {
}
