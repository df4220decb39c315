package com.autosales.customers;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** 联系人 — a contact person of an organisation customer; masked phones (as shown) keep the stored number. */
public record ContactForm(@NotBlank @Size(max = 60) String name, @Size(max = 60) String title,
        @Pattern(regexp = PHONE, message = "{customer.phone.invalid}") String mobile,
        @Pattern(regexp = PHONE, message = "{customer.phone.invalid}") String officePhone,
        @Email @Size(max = 120) String email, @Size(max = 300) String note, Boolean primaryContact,
        Boolean decisionMaker, Long version) {

    /** The card's phone rule: mobile or landline, or a masked number left as shown. */
    static final String PHONE = CustomerDetails.PHONE;

    boolean mobileIsMasked() {
        return mobile != null && mobile.contains("*");
    }

    boolean officeIsMasked() {
        return officePhone != null && officePhone.contains("*");
    }

    boolean isPrimary() {
        return Boolean.TRUE.equals(primaryContact);
    }

    boolean isDecisionMaker() {
        return Boolean.TRUE.equals(decisionMaker);
    }

    long versionRead() {
        return version == null ? 0 : version;
    }

    static ContactForm blank() {
        return new ContactForm("", "", "", "", "", "", false, false, 0L);
    }
}
