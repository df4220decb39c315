package com.autosales.vehicles;

import com.autosales.shared.web.QueryString;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.format.annotation.DateTimeFormat;

/** What the stock book is asked for, every part optional: a month ({@code 2026-11}) or a range of days; default this month. */
record StockBookFilter(@DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    static final StockBookFilter NONE = new StockBookFilter(null, null, null);

    BookPeriod period(LocalDate today) {
        return BookPeriod.resolve(month, from, to, today);
    }

    /** The exact days of a period as a query string, for the export link and the month switcher. */
    static String query(BookPeriod period) {
        YearMonth month = period.month();
        return month != null ? new QueryString().add("month", month).toString()
                : new QueryString().add("from", period.from()).add("to", period.to()).toString();
    }
}
