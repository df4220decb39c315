package com.autosales.reports;

import com.autosales.vehicles.StockAgeing;
import com.autosales.vehicles.StockManagement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** 库龄 — the cars standing in the reader's stores today by age bucket, with the cost tied up where it may be seen. */
@Component
class StockAgeingReport implements ReportDefinition {

    private static final ReportEntry ENTRY = new ReportEntry("stock-ageing", "reports.stock.title", "reports.stock.description",
            50);

    private final StockManagement stock;

    StockAgeingReport(StockManagement stock) {
        this.stock = stock;
    }

    @Override
    public ReportEntry entry() {
        return ENTRY;
    }

    @Override
    public String extraAuthority() {
        return "vehicles:view";
    }

    @Override
    public List<PeriodKind> periodKinds() {
        return List.of(PeriodKind.DAY);
    }

    @Override
    public Report run(ReportRequest request) {
        StockAgeing ageing = stock.ageing();
        boolean withCost = ageing.totalCost() != null;
        List<Column> columns = new ArrayList<>(List.of(Column.label("reports.stock.bucket"), Column.count("reports.stock.units")));
        if (withCost) {
            columns.add(Column.money("reports.stock.cost"));
        }
        List<ReportRow> rows = new ArrayList<>();
        List<Headline> headlines = new ArrayList<>();
        headlines.add(Headline.of("reports.stock.units", ColumnKind.COUNT, ageing.totalCount()).linkedTo("/vehicles/stock"));
        for (StockAgeing.Bucket b : ageing.buckets()) {
            String link = "/vehicles/stock?age=" + b.bucket();
            rows.add(withCost ? ReportRow.of(b.bucket().messageKey(), b.count(), b.cost().amount()).linkedTo(link)
                    : ReportRow.of(b.bucket().messageKey(), b.count()).linkedTo(link));
            headlines.add(Headline.of(b.bucket().messageKey(), ColumnKind.COUNT, b.count()).linkedTo(link));
        }
        if (withCost) {
            headlines.add(1, Headline.of("reports.stock.cost", ColumnKind.MONEY, ageing.totalCost().amount()));
        }
        ReportRow totals = withCost ? ReportRow.of(new ReportLabel("reports.total"), ageing.totalCount(),
                ageing.totalCost().amount()) : ReportRow.of(new ReportLabel("reports.total"), ageing.totalCount());
        return new Report(code(), titleKey(), request.period(), null, headlines, List.of(
                ReportSection.table("buckets", "reports.stock.buckets", columns, rows).withTotals(totals)
                        .withChart(Chart.of(Chart.Type.BAR, 0, 1))));
    }
}
