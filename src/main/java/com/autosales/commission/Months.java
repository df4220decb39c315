package com.autosales.commission;

import com.autosales.shared.DomainException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** A month as pages and the API write it, {@code 2026-12}. */
final class Months {

    private Months() {
    }

    static YearMonth parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException("commission.month-required");
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("commission.month-invalid", text);
        }
    }
}
