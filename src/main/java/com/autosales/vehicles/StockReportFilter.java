package com.autosales.vehicles;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The day the weekly stock report is made as of; none: today. */
record StockReportFilter(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {

    static final StockReportFilter NONE = new StockReportFilter(null);

    LocalDate dayOr(LocalDate today) {
        return date == null ? today : date;
    }
}
