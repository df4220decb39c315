package com.autosales.reports;

import com.autosales.access.CurrentUsers;
import com.autosales.funnel.FunnelSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 线索来源投入产出 — per lead source: the funnel from lead to delivery, the gross margin of the deliveries, the
 * marketing cost entered for the period's months and the return on it. The cost is a store's spend, so it is shown to
 * readers who see the whole store's consultants or enter the cost; a consultant sees his own funnel and margin only.
 */
@Component
class LeadSourceRoiReport implements ReportDefinition {

    static final String CODE = "lead-source-roi";
    private static final ReportEntry ENTRY = new ReportEntry(CODE, "reports.roi.title", "reports.roi.description",
            45);
    static final String COST_AUTHORITY = "reports:edit";
    private static final ReportLabel TOTAL = new ReportLabel("reports.total");

    private final LeadSourceQueries queries;
    private final CurrentUsers users;

    LeadSourceRoiReport(LeadSourceQueries queries, CurrentUsers users) {
        this.queries = queries;
        this.users = users;
    }

    @Override
    public ReportEntry entry() {
        return ENTRY;
    }

    @Override
    public List<PeriodKind> periodKinds() {
        return List.of(PeriodKind.MONTH, PeriodKind.YEAR);
    }

    @Override
    public Report run(ReportRequest request) {
        boolean costShown = request.scope().allOwners() || users.current().can(COST_AUTHORITY);
        Map<FunnelSource, LeadSourceQueries.Funnel> funnel = queries.funnel(request);
        Map<FunnelSource, BigDecimal> costs = costShown ? queries.costs(request) : Map.of();
        List<ReportRow> rows = new ArrayList<>();
        SourceReturn all = SourceReturn.none();
        SourceReturn costed = SourceReturn.none();
        String days = "&from=" + request.period().start() + "&to=" + request.period().last();
        for (FunnelSource source : FunnelSource.values()) {
            LeadSourceQueries.Funnel f = funnel.get(source);
            SourceReturn r = new SourceReturn(f.leads(), f.testDrives(), f.orders(), f.deliveries(), f.margin(),
                    costs.get(source));
            rows.add(row("funnel.source." + source.name(), r)
                    .linkedTo("/funnel/records?stage=LEAD&source=" + source.name() + days));
            all = all.plus(r);
            if (r.cost() != null) {
                costed = costed.plus(r);
            }
        }
        ReportRow totals = totals(all, costed);
        List<ReportSection> sections = List.of(ReportSection.table("sources", "reports.roi.sources", columns(), rows)
                .withTotals(totals).withChart(Chart.of(Chart.Type.BAR, 0, 6, 7))
                .withNote(costShown ? "reports.roi.note" : "reports.roi.note.no-cost"));
        List<Headline> headlines = new ArrayList<>(List.of(
                Headline.of("reports.roi.leads", ColumnKind.COUNT, all.leads()),
                Headline.of("reports.roi.deliveries", ColumnKind.COUNT, all.deliveries()),
                Headline.of("reports.roi.margin", ColumnKind.MONEY, all.margin())));
        if (costShown) {
            Headline cost = Headline.of("reports.roi.cost", ColumnKind.MONEY, costed.cost());
            headlines.add(users.current().can(COST_AUTHORITY) ? cost.linkedTo(LeadSourceCostController.PATH
                    + "?month=" + request.period().start().toString().substring(0, 7)) : cost);
            headlines.add(Headline.of("reports.roi.roi", ColumnKind.PERCENT, costed.roiPercent()));
        }
        return new Report(CODE, titleKey(), request.period(), null, headlines, sections);
    }

    private static List<Column> columns() {
        return List.of(Column.label("reports.roi.source"), Column.count("reports.roi.leads"),
                Column.count("reports.roi.test-drives"), Column.count("reports.roi.orders"),
                Column.count("reports.roi.deliveries"), Column.percent("reports.roi.conversion"),
                Column.money("reports.roi.margin"), Column.money("reports.roi.cost"),
                Column.money("reports.roi.cost-per-lead"), Column.money("reports.roi.cost-per-delivery"),
                Column.percent("reports.roi.roi"));
    }

    private static ReportRow row(String label, SourceReturn r) {
        return ReportRow.of(label, r.leads(), r.testDrives(), r.orders(), r.deliveries(), r.conversionPercent(),
                r.margin(), r.cost(), r.costPerLead(), r.costPerDelivery(), r.roiPercent());
    }

    /** Counts and margin of every source; the cost figures over the sources whose cost is known only. */
    private static ReportRow totals(SourceReturn all, SourceReturn costed) {
        return ReportRow.of(TOTAL, all.leads(), all.testDrives(), all.orders(), all.deliveries(),
                all.conversionPercent(), all.margin(), costed.cost(), costed.costPerLead(), costed.costPerDelivery(),
                costed.roiPercent());
    }
}
