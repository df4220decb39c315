package com.autosales.vehicles;

import com.autosales.shared.Money;
import com.autosales.shared.Vin;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 库存台账 — a period of the stock book of the reader's stores: per model (grouped by brand and series) the opening,
 * the inbound and outbound documents by kind and the closing (opening + in − out), in units and, for readers who may
 * see costs, purchase cost; the totals; the documents themselves. When the period reaches today ({@code reconciling})
 * each model also shows what stands on the book now, and {@code differs} flags a model whose closing does not match it.
 */
record StockBook(LocalDate from, LocalDate to, boolean withCost, boolean reconciling, List<Group> groups, Row total,
        List<Line> documents) {

    /** The models of one brand and series ("大众 途观L"). */
    record Group(String brandSeries, List<Row> rows) {
    }

    /** One model's line; {@code kinds} has every kind, in- and outbound, in their order. */
    record Row(Long modelId, String model, BookFigure opening, Map<BookKind, BookFigure> kinds, BookFigure inbound,
            BookFigure outbound, BookFigure closing, @JsonInclude(JsonInclude.Include.NON_NULL) BookFigure onBookNow,
            boolean differs) {
    }

    /** One inbound or outbound document: {@code linked} when the reader may open the vehicle (it is in their stores). */
    record Line(Instant at, BookKind kind, String document, Long vehicleId, Vin vin, String trim, String exteriorColour,
            String interiorColour, String store, String counterpartStore, String by, String note,
            @JsonInclude(JsonInclude.Include.NON_NULL) Money purchaseCost, boolean linked) {
    }

    /** Whether any model's closing differs from what stands on the book now. */
    public boolean anyDifference() {
        return groups.stream().flatMap(g -> g.rows().stream()).anyMatch(Row::differs);
    }
}
