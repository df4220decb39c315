package com.autosales.org;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Renaming a unit (Chinese and English) and changing how it is organised and staffed. */
public record UnitChanges(
        @NotBlank @Size(max = 100) String nameZh,
        @Size(max = 100) String nameEn,
        OrganisedBy organisedBy,
        @Min(0) @Max(9999) Integer plannedHeadcount) {

    public UnitChanges {
        nameZh = nameZh == null ? null : nameZh.trim();
        nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.trim();
    }
}
