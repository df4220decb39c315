package com.autosales.reports;

import com.autosales.shared.DomainException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reads the period of a report request: {@code period=DAY|WEEK|MONTH|YEAR} and {@code date=2026-11-15} (or 2026-11). */
record PeriodParam(PeriodKind kind, LocalDate day) {

    static PeriodParam parse(String period, String date) {
        PeriodKind kind = null;
        if (period != null && !period.isBlank()) {
            try {
                kind = PeriodKind.valueOf(period.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new DomainException("reports.bad-period", period);
            }
        }
        return new PeriodParam(kind, day(date));
    }

    private static LocalDate day(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        String value = date.trim();
        try {
            return value.length() == 7 ? YearMonth.parse(value).atDay(1) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new DomainException("reports.bad-date", value);
        }
    }
}
