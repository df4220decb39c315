package com.autosales.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A role as the permission-matrix form and the API send it. */
public record RoleForm(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "{access.role.code.invalid}") String code,
        @NotBlank @Size(max = 100) String nameZh,
        @Size(max = 100) String nameEn,
        @NotNull DataScope dataScope,
        Set<String> permissions) {

    public RoleForm {
        permissions = permissions == null ? Set.of() : Set.copyOf(permissions);
    }
}
