package com.autosales.customers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One address of a customer; {@code version} is the one read when the form was opened (0 for a new one). */
public record AddressForm(@NotNull AddressLabel label, @NotBlank @Size(max = 200) String address,
        @Pattern(regexp = "^$|^\\d{6}$", message = "{customer.contacts.postal-code.invalid}") String postalCode,
        Boolean makeDefault, Long version) {

    boolean wantsDefault() {
        return Boolean.TRUE.equals(makeDefault);
    }

    long versionRead() {
        return version == null ? 0 : version;
    }

    static AddressForm blank() {
        return new AddressForm(AddressLabel.OFFICE, "", "", false, 0L);
    }
}
