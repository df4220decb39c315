package com.autosales.vehicles;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The quantities the clerk orders, per line of a factory order, with the version of the order they saw. */
record OrderQuantitiesForm(Long version, @Valid @Size(max = 500) List<Line> lines) {

    record Line(@NotNull Long id, @Min(0) @Max(FactoryOrderLine.MAX_QUANTITY) Integer quantity, @Size(max = 200) String note) {
    }

    List<Line> linesOrEmpty() {
        return lines == null ? List.of() : lines;
    }
}
