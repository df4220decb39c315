package com.autosales.reports;

import com.autosales.payments.AgeingBucket;
import com.autosales.payments.AgeingReport;
import com.autosales.payments.ReceivableManagement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** 应收账龄 — what is open today by overdue bucket, per store, consultant and customer (the payments module's ageing). */
@Component
class ReceivablesAgeingReport implements ReportDefinition {

    private static final ReportEntry ENTRY = new ReportEntry("receivables-ageing", "reports.receivables.title", "reports.receivables.description",
            60);

    private final ReceivableManagement receivables;

    ReceivablesAgeingReport(ReceivableManagement receivables) {
        this.receivables = receivables;
    }

    @Override
    public ReportEntry entry() {
        return ENTRY;
    }

    @Override
    public String extraAuthority() {
        return "payments:view";
    }

    /** A snapshot: always as of today, whatever day is asked. */
    @Override
    public List<PeriodKind> periodKinds() {
        return List.of(PeriodKind.DAY);
    }

    @Override
    public LocalDate defaultDay(java.time.LocalDate today) {
        return today;
    }

    @Override
    public Report run(ReportRequest request) {
        AgeingReport ageing = receivables.ageing();
        List<Headline> headlines = new ArrayList<>();
        headlines.add(Headline.of("reports.receivables.total", ColumnKind.MONEY, ageing.total().amount()).linkedTo("/receivables"));
        headlines.add(Headline.of("reports.receivables.overdue", ColumnKind.MONEY, ageing.overdue().amount())
                .linkedTo("/receivables/collection"));
        for (AgeingBucket bucket : AgeingBucket.values()) {
            headlines.add(Headline.of("payments.bucket." + bucket, ColumnKind.MONEY, ageing.totals().get(bucket).amount()));
        }
        List<ReportRow> buckets = new ArrayList<>();
        for (AgeingBucket bucket : AgeingBucket.values()) {
            buckets.add(ReportRow.of("payments.bucket." + bucket, ageing.totals().get(bucket).amount()));
        }
        return new Report(code(), titleKey(), ReportPeriod.of(PeriodKind.DAY, ageing.asOf()), null, headlines, List.of(
                ReportSection.table("buckets", "reports.receivables.buckets",
                        List.of(Column.label("reports.receivables.bucket"), Column.money("reports.receivables.amount")), buckets)
                        .withTotals(ReportRow.of("reports.total", ageing.total().amount()))
                        .withChart(Chart.of(Chart.Type.BAR, 0, 1)),
                rows("stores", "payments.ageing.by-store", ageing.byStore(), ageing),
                rows("consultants", "reports.receivables.by-consultant", ageing.byConsultant(), ageing),
                rows("customers", "reports.receivables.by-customer", ageing.byCustomer(), ageing)));
    }

    private static ReportSection rows(String id, String titleKey, List<AgeingReport.Row> rows, AgeingReport ageing) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("reports.receivables.name"));
        for (AgeingBucket bucket : AgeingBucket.values()) {
            columns.add(Column.money("payments.bucket." + bucket));
        }
        columns.add(Column.money("reports.total"));
        List<ReportRow> lines = rows.stream().map(r -> row(r.name(), r)).toList();
        List<Object> totals = new ArrayList<>();
        totals.add(new ReportLabel("reports.total"));
        for (AgeingBucket bucket : AgeingBucket.values()) {
            totals.add(ageing.totals().get(bucket).amount());
        }
        totals.add(ageing.total().amount());
        return ReportSection.table(id, titleKey, columns, lines).withTotals(new ReportRow(totals, null));
    }

    private static ReportRow row(String name, AgeingReport.Row r) {
        List<Object> cells = new ArrayList<>();
        cells.add(name);
        for (AgeingBucket bucket : AgeingBucket.values()) {
            cells.add(r.buckets().get(bucket).amount());
        }
        cells.add(r.total().amount());
        return new ReportRow(cells, null);
    }
}
