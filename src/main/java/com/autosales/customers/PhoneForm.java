package com.autosales.customers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Another phone of a customer, as the card's form and the API send it. */
public record PhoneForm(@NotNull PhoneLabel label,
        @NotBlank @Pattern(regexp = ContactForm.PHONE, message = "{customer.phone.invalid}") String phone) {

    static PhoneForm blank() {
        return new PhoneForm(PhoneLabel.MOBILE, "");
    }
}
