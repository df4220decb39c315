package com.autosales.customers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The editable part of a customer card, as the form and the API send it. */
public record CustomerDetails(
        @NotNull CustomerKind kind,
        @NotBlank @Size(max = 120) String name,
        @Pattern(regexp = PHONE, message = "{customer.phone.invalid}") String phone,
        @NotNull Lifecycle lifecycle,
        Grade grade) {

    /** A mobile (+86, spaces and dashes allowed) or landline number, or a masked one left as shown (keeps the stored number). */
    static final String PHONE = "^$|^(\\+?86[ -]?)?1[3-9]\\d([ -]?\\d){8}$|^0\\d{2,3}[ -]?\\d{3,4}[ -]?\\d{4}$|^\\d{3}\\*+\\d{4}$";

    public CustomerDetails {
        phone = phone == null || phone.isBlank() ? null : phone.trim();
    }

    boolean phoneIsMasked() {
        return phone != null && phone.contains("*");
    }

    CustomerDetails withPhone(String newPhone) {
        return new CustomerDetails(kind, name, newPhone, lifecycle, grade);
    }

    static CustomerDetails blank() {
        return new CustomerDetails(CustomerKind.INDIVIDUAL, "", null, Lifecycle.POTENTIAL, null);
    }
}
