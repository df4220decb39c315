package com.autosales.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** A whole day, ISO week (Monday first), calendar month or year: {@code [start, end)}. */
public record ReportPeriod(PeriodKind kind, LocalDate start) {

    /** The period of this kind that contains {@code day}. */
    public static ReportPeriod of(PeriodKind kind, LocalDate day) {
        LocalDate start = switch (kind) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
        return new ReportPeriod(kind, start);
    }

    /** The first day after the period. */
    public LocalDate end() {
        return switch (kind) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case YEAR -> start.plusYears(1);
        };
    }

    /** The period's last day. */
    public LocalDate last() {
        return end().minusDays(1);
    }

    public ReportPeriod previous() {
        return of(kind, start.minusDays(1));
    }

    /** The same period a year earlier (for a week: the week holding the day a year before its Monday). */
    public ReportPeriod sameLastYear() {
        return of(kind, start.minusYears(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(end());
    }

    /** The period as text: 2026-12-07, 2026-12-07 – 2026-12-13, 2026-12, 2026. */
    public String label() {
        return switch (kind) {
            case DAY -> start.toString();
            case WEEK -> start + " – " + last();
            case MONTH -> start.toString().substring(0, 7);
            case YEAR -> String.valueOf(start.getYear());
        };
    }
}
