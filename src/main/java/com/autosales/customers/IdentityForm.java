package com.autosales.customers;

import jakarta.validation.constraints.Size;

/**
 * 证件号码 — ID card number (individuals) and unified social credit code (organisations); a masked value, as
 * shown to a reader who may not see it, keeps the stored number. {@code version}: the one read with the form.
 */
public record IdentityForm(@Size(max = 30) String idNumber, @Size(max = 30) String registrationNo, Long version) {

    static IdentityForm blank() {
        return new IdentityForm("", "", 0L);
    }
}
