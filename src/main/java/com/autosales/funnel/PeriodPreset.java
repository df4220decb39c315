package com.autosales.funnel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The periods one click away; a week starts on Monday. CUSTOM takes the dates given. */
public enum PeriodPreset {
    TODAY, THIS_WEEK, THIS_MONTH, LAST_MONTH, CUSTOM;

    LocalDate firstDay(LocalDate today) {
        return switch (this) {
            case TODAY, CUSTOM -> today;
            case THIS_WEEK -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case THIS_MONTH -> today.withDayOfMonth(1);
            case LAST_MONTH -> today.minusMonths(1).withDayOfMonth(1);
        };
    }

    LocalDate lastDay(LocalDate today) {
        return this == LAST_MONTH ? today.withDayOfMonth(1).minusDays(1) : today;
    }
}
