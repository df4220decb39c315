package com.autosales.org;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A unit to create under an existing one, as the form and the API send it. */
public record NewUnit(
        @NotNull Long parentId,
        @NotNull UnitKind kind,
        StoreType storeType,
        @NotBlank @Size(max = 40) @Pattern(regexp = CODE, message = "{org.unit.code.invalid}") String code,
        @NotBlank @Size(max = 100) String nameZh,
        @Size(max = 100) String nameEn,
        OrganisedBy organisedBy,
        @Min(0) @Max(9999) Integer plannedHeadcount) {

    static final String CODE = "^$|^[A-Za-z0-9][A-Za-z0-9-]*$";

    public NewUnit {
        code = code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT);
        nameZh = nameZh == null ? null : nameZh.trim();
        nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.trim();
    }

    static NewUnit under(Long parentId, UnitKind kind) {
        return new NewUnit(parentId, kind, null, "", "", null, null, null);
    }
}
