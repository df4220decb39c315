package com.autosales.vehicles;

import java.time.LocalDate;
import java.time.YearMonth;

/** The full months whose sales a factory order's suggestion rests on: {@code from} inclusive, {@code to} inclusive. */
record SalesWindow(LocalDate from, LocalDate to) {

    /** The {@value OrderSuggestion#SALES_MONTHS} full months before the month of {@code today}. */
    static SalesWindow before(LocalDate today) {
        YearMonth current = YearMonth.from(today);
        return new SalesWindow(current.minusMonths(OrderSuggestion.SALES_MONTHS).atDay(1), current.minusMonths(1).atEndOfMonth());
    }
}
