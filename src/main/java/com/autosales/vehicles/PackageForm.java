package com.autosales.vehicles;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new accessory or decoration package (精品/装饰包) of a series with its first price. */
record PackageForm(@NotNull Long seriesId, @NotBlank @Size(max = 100) String name, @Size(max = 300) String description,
        @Valid @NotNull PriceForm price) {
}
