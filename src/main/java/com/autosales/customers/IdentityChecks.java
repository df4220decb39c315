package com.autosales.customers;

import org.springframework.validation.Errors;

/** Field errors for identity numbers that do not pass their check digit (masked values are left as they are). */
final class IdentityChecks {

    private IdentityChecks() {
    }

    static void check(IdentityForm form, Errors errors) {
        String id = IdentityNumbers.normalise(form.idNumber());
        if (id != null && !IdentityNumbers.isMasked(id) && !IdentityNumbers.isValidIdNumber(id)) {
            errors.rejectValue("idNumber", "error.customer.contacts-id-number-invalid");
        }
        String code = IdentityNumbers.normalise(form.registrationNo());
        if (code != null && !IdentityNumbers.isMasked(code) && !IdentityNumbers.isValidCreditCode(code)) {
            errors.rejectValue("registrationNo", "error.customer.contacts-registration-invalid");
        }
    }
}
