package com.autosales.vehicles;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 周库存报表 — the clerk's weekly stock report as of a day, for the reader's stores: the stock per model and colour by
 * status (in stock, reserved, sold not delivered, demo, in transit, ordered), the stock age per model (count and, if
 * the reader may see costs, purchase cost per bucket), and the documents of the week (Monday to Sunday) by kind.
 */
record StockReport(LocalDate asOf, LocalDate weekFrom, LocalDate weekTo, boolean withCost, List<StockLine> stock,
        StockLine stockTotal, List<AgeingLine> ageing, AgeingLine ageingTotal, Map<BookKind, Long> week, long weekIn,
        long weekOut) {

    /** A model and colour's vehicles by status; {@code standing}: those in the store (in stock, reserved, sold, demo). */
    record StockLine(String brandSeries, String model, String colour, Map<StockStatus, Long> counts, long standing) {
    }

    /** A model's stock age: per bucket how many and their purchase cost. */
    record AgeingLine(String brandSeries, String model, Map<AgeBucket, BookFigure> buckets, BookFigure total) {
    }
}
