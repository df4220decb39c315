package com.autosales.customers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 转交 — the new consultant, why, and the card version the manager saw. */
public record OwnerChange(@NotNull Long ownerEmployeeId, @NotBlank @Size(max = 200) String reason, @NotNull Long version) {

    static OwnerChange blank(long version) {
        return new OwnerChange(null, "", version);
    }
}
