package com.autosales.customers;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** 基础资料 — address, the people behind the customer, founding and first trade, form, industry, capital. */
public record ProfileBasic(
        @Size(max = 200, message = "{customer.profile.invalid.length}") String address,
        @Size(max = 100, message = "{customer.profile.invalid.length}") String legalPerson,
        @Size(max = 100, message = "{customer.profile.invalid.length}") String ownerName,
        @Size(max = 100, message = "{customer.profile.invalid.length}") String managerName,
        @PastOrPresent(message = "{customer.profile.invalid.future}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate foundedOn,
        @PastOrPresent(message = "{customer.profile.invalid.future}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstTradeOn,
        @Size(max = 100, message = "{customer.profile.invalid.length}") String organisationForm,
        @Size(max = 100, message = "{customer.profile.invalid.length}") String industry,
        @PositiveOrZero(message = "{customer.profile.invalid.amount}") @Digits(integer = 17, fraction = 2, message = "{customer.profile.invalid.amount}") BigDecimal registeredCapital,
        @PositiveOrZero(message = "{customer.profile.invalid.amount}") @Digits(integer = 17, fraction = 2, message = "{customer.profile.invalid.amount}") BigDecimal assets)
        implements ProfileSection {

    public static final String KEY = "basic";

    public ProfileBasic {
        address = ProfileSection.clean(address);
        legalPerson = ProfileSection.clean(legalPerson);
        ownerName = ProfileSection.clean(ownerName);
        managerName = ProfileSection.clean(managerName);
        organisationForm = ProfileSection.clean(organisationForm);
        industry = ProfileSection.clean(industry);
    }

    @Override
    public String key() {
        return KEY;
    }
}
