package com.autosales.vehicles;

import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The stock book and the weekly stock report over the API: the same figures, permissions and store scope as the pages. */
@RestController
@Tag(name = "Stock book")
@RequiresPermission("vehicles:view")
class StockBookRestController {

    private final StockBookReport report;
    private final WeeklyStockReport weekly;

    StockBookRestController(StockBookReport report, WeeklyStockReport weekly) {
        this.report = report;
        this.weekly = weekly;
    }

    @GetMapping("/api/v1/stock-book")
    @Operation(summary = "库存台账 of my stores: from and to (ISO dates, both included) or month (2026-11), default this"
            + " month; per model (grouped by brand/series) opening, documents by kind, closing (units, purchase cost if"
            + " permitted), totals, and the documents; when the period reaches today onBookNow and differs per model."
            + " 422 vehicles.book.period-reversed, vehicles.book.period-too-long")
    StockBook book(StockBookFilter filter) {
        return report.book(filter.period(report.today()));
    }

    @GetMapping("/api/v1/stock-report")
    @Operation(summary = "周库存报表 of my stores as of date (ISO, default today): stock per model and colour by status,"
            + " stock age per model (purchase cost if permitted), the week's documents (Monday to Sunday) by kind."
            + " 422 vehicles.report.as-of-future")
    StockReport stockReport(StockReportFilter filter) {
        return weekly.asOf(filter.dayOr(weekly.today()));
    }
}
