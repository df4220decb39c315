package com.autosales.access;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A login as the user-administration form and the API send it. The password is only used on creation. */
public record UserForm(
        @NotBlank @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9._-]{2,59}", message = "{access.user.username.invalid}") String username,
        @NotBlank @Size(max = 100) String displayName,
        @Email @Size(max = 200) String email,
        Long employeeId,
        Long storeId,
        Set<Long> extraStoreIds,
        Set<String> roleCodes,
        Boolean enabled,
        String password) {

    public UserForm {
        extraStoreIds = extraStoreIds == null ? Set.of() : Set.copyOf(extraStoreIds);
        roleCodes = roleCodes == null ? Set.of() : Set.copyOf(roleCodes);
        email = email == null || email.isBlank() ? null : email.trim();
        enabled = enabled == null || enabled;
    }
}
