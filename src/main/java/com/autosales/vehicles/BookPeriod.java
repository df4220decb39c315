package com.autosales.vehicles;

import com.autosales.shared.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** 台账期间 — the days a stock book covers, both included, in the dealership's time zone: a month or a range of days. */
record BookPeriod(LocalDate from, LocalDate to) {

    static final int LONGEST_DAYS = 366;

    BookPeriod {
        if (from.isAfter(to)) {
            throw new DomainException("vehicles.book.period-reversed", from, to);
        }
        if (ChronoUnit.DAYS.between(from, to) >= LONGEST_DAYS) {
            throw new DomainException("vehicles.book.period-too-long", LONGEST_DAYS);
        }
    }

    /**
     * The days asked for: dates if any is given (a missing start is the first of the end's month, a missing end the
     * last of the start's month), else the month, else this month.
     */
    static BookPeriod resolve(YearMonth month, LocalDate from, LocalDate to, LocalDate today) {
        if (from != null || to != null) {
            LocalDate start = from != null ? from : to.withDayOfMonth(1);
            LocalDate end = to != null ? to : YearMonth.from(from).atEndOfMonth();
            return new BookPeriod(start, end);
        }
        YearMonth asked = month != null ? month : YearMonth.from(today);
        return new BookPeriod(asked.atDay(1), asked.atEndOfMonth());
    }

    /** The month when the period is exactly one, else {@code null}. */
    YearMonth month() {
        YearMonth month = YearMonth.from(from);
        return from.equals(month.atDay(1)) && to.equals(month.atEndOfMonth()) ? month : null;
    }

    /** Whether the period reaches today, so its closing should be what stands on the book now. */
    boolean reaches(LocalDate today) {
        return !to.isBefore(today);
    }

    Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
