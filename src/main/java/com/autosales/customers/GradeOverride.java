package com.autosales.customers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A manager's grade for a customer, why, and the grading version the manager saw. */
public record GradeOverride(
        @NotNull(message = "{customer.credit.invalid.required}") Grade grade,
        @NotBlank(message = "{customer.credit.invalid.reason}") @Size(max = 200, message = "{customer.credit.invalid.reason}") String reason,
        @NotNull Long version) {

    static GradeOverride blank(long version) {
        return new GradeOverride(null, "", version);
    }
}
