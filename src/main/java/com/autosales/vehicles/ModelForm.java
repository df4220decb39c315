package com.autosales.vehicles;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new model of a series: name and model year (年款). */
record ModelForm(@NotNull Long seriesId, @NotBlank @Size(max = 100) String name,
        @NotNull @Min(2000) @Max(2100) Integer modelYear) {
}
