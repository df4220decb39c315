package com.autosales.customers;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** 信用 — what a manager sets: rating, credit limit, payment days and free-text terms. */
public record CreditForm(
        CreditRating rating,
        @PositiveOrZero(message = "{customer.credit.invalid.amount}")
        @Digits(integer = 15, fraction = 2, message = "{customer.credit.invalid.amount}") BigDecimal creditLimit,
        @Min(value = 0, message = "{customer.credit.invalid.days}")
        @Max(value = 365, message = "{customer.credit.invalid.days}") Integer paymentDays,
        @Size(max = 500, message = "{customer.credit.invalid.length}") String paymentTerms) {

    public CreditForm {
        paymentTerms = paymentTerms == null || paymentTerms.isBlank() ? null : paymentTerms.strip();
    }

    static CreditForm of(CreditView view) {
        return new CreditForm(view.rating(), view.limit() == null ? null : view.limit().amount(), view.paymentDays(),
                view.paymentTerms());
    }
}
