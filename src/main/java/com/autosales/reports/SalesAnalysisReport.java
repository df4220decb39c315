package com.autosales.reports;

import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import com.autosales.performance.Attainment;
import com.autosales.performance.PerformanceMetric;
import com.autosales.shared.web.QueryString;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * 销售分析报告 — a month's (or year's) deliveries, revenue, gross margin, margin rate and average discount against the
 * previous period and the same period a year before, by model, consultant and source, and the 13 months up to it.
 * Everything counts {@code performance_sale}: the contracts delivered in the period.
 */
@Component
class SalesAnalysisReport implements ReportDefinition {

    static final String CODE = "sales-analysis";
    private static final ReportEntry ENTRY = new ReportEntry(CODE, "reports.analysis.title", "reports.analysis.description",
            20);
    private static final int TREND_MONTHS = 13;

    private final SalesAnalysisQueries queries;
    private final SalesTargets targets;
    private final OrgDirectory org;

    SalesAnalysisReport(SalesAnalysisQueries queries, SalesTargets targets, OrgDirectory org) {
        this.queries = queries;
        this.targets = targets;
        this.org = org;
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
        ReportPeriod period = request.period();
        List<SalesAnalysisQueries.Sale> sales = queries.sales(request.scope(), period.start(), period.end());
        SalesTotals total = sum(sales);
        ReportPeriod previousPeriod = period.previous();
        ReportPeriod lastYearPeriod = period.sameLastYear();
        SalesTotals previous = totals(request, previousPeriod);
        SalesTotals lastYear = totals(request, lastYearPeriod);

        String deliveries = funnelLink(period, null, null);
        List<Headline> headlines = List.of(
                Headline.of("reports.analysis.metric.units", ColumnKind.COUNT, total.units())
                        .against("reports.analysis.vs-previous", previous.units()).linkedTo(deliveries),
                Headline.of("reports.analysis.metric.revenue", ColumnKind.MONEY, total.revenue())
                        .against("reports.analysis.vs-previous", previous.revenue()),
                Headline.of("reports.analysis.metric.margin", ColumnKind.MONEY, total.margin())
                        .against("reports.analysis.vs-previous", previous.margin()),
                Headline.of("reports.analysis.metric.margin-percent", ColumnKind.PERCENT, total.marginPercent())
                        .against("reports.analysis.vs-previous", previous.marginPercent()),
                Headline.of("reports.analysis.metric.average-discount", ColumnKind.MONEY, total.averageDiscount())
                        .against("reports.analysis.vs-previous", previous.averageDiscount()));

        List<ReportSection> sections = List.of(
                periods(period, total, previousPeriod, previous, lastYearPeriod, lastYear),
                changes(total, previous, lastYear),
                models(sales, total),
                consultants(request, sales, total),
                sources(period, sales, total),
                trend(request, period));
        return new Report(CODE, titleKey(), period, null, headlines, sections);
    }

    private ReportSection periods(ReportPeriod period, SalesTotals total, ReportPeriod previousPeriod, SalesTotals previous,
            ReportPeriod lastYearPeriod, SalesTotals lastYear) {
        List<ReportRow> rows = List.of(
                periodRow("reports.analysis.period.current", period, total),
                periodRow("reports.analysis.period.previous", previousPeriod, previous),
                periodRow("reports.analysis.period.last-year", lastYearPeriod, lastYear));
        return ReportSection.table("periods", "reports.analysis.section.periods", List.of(
                Column.label("reports.analysis.column.period"), Column.text("reports.analysis.column.dates"),
                Column.count("reports.analysis.metric.units"), Column.money("reports.analysis.metric.revenue"),
                Column.money("reports.analysis.metric.margin"), Column.percent("reports.analysis.metric.margin-percent"),
                Column.money("reports.analysis.metric.average-discount")), rows);
    }

    private static ReportRow periodRow(String key, ReportPeriod period, SalesTotals t) {
        return ReportRow.of(key, period.label(), t.units(), t.revenue(), t.margin(), t.marginPercent(), t.averageDiscount())
                .linkedTo(reportLink(period));
    }

    private ReportSection changes(SalesTotals total, SalesTotals previous, SalesTotals lastYear) {
        List<ReportRow> rows = List.of(
                changeRow("reports.analysis.metric.units", t -> BigDecimal.valueOf(t.units()), total, previous, lastYear),
                changeRow("reports.analysis.metric.revenue", SalesTotals::revenue, total, previous, lastYear),
                changeRow("reports.analysis.metric.margin", SalesTotals::margin, total, previous, lastYear),
                ReportRow.of("reports.analysis.metric.margin-percent",
                        SalesRatios.points(total.marginPercent(), previous.marginPercent()),
                        SalesRatios.points(total.marginPercent(), lastYear.marginPercent())),
                changeRow("reports.analysis.metric.average-discount", SalesTotals::averageDiscount, total, previous, lastYear));
        return ReportSection.table("changes", "reports.analysis.section.changes", List.of(
                Column.label("reports.analysis.column.metric"), Column.percent("reports.analysis.column.vs-previous"),
                Column.percent("reports.analysis.column.vs-last-year")), rows).withNote("reports.analysis.note.changes");
    }

    private static ReportRow changeRow(String key, Function<SalesTotals, BigDecimal> figure, SalesTotals total,
            SalesTotals previous, SalesTotals lastYear) {
        return ReportRow.of(key, SalesRatios.change(figure.apply(total), figure.apply(previous)),
                SalesRatios.change(figure.apply(total), figure.apply(lastYear)));
    }

    private ReportSection models(List<SalesAnalysisQueries.Sale> sales, SalesTotals total) {
        Map<String, SalesTotals> byModel = group(sales, SalesAnalysisQueries.Sale::trimLabel);
        List<ReportRow> rows = new ArrayList<>();
        for (Map.Entry<String, SalesTotals> e : ranked(byModel)) {
            SalesTotals t = e.getValue();
            rows.add(ReportRow.of(e.getKey(), t.units(), t.revenue(), t.margin(), t.marginPercent(),
                    SalesRatios.percent(t.units(), total.units())));
        }
        return ReportSection.table("models", "reports.analysis.section.models", List.of(
                        Column.label("reports.analysis.column.model"), Column.count("reports.analysis.metric.units"),
                        Column.money("reports.analysis.metric.revenue"), Column.money("reports.analysis.metric.margin"),
                        Column.percent("reports.analysis.metric.margin-percent"), Column.percent("reports.analysis.column.share")),
                        rows)
                .withTotals(ReportRow.of("reports.total", total.units(), total.revenue(), total.margin(),
                        total.marginPercent(), SalesRatios.percent(total.units(), total.units())))
                .withChart(Chart.of(Chart.Type.BAR, 0, 1));
    }

    private ReportSection consultants(ReportRequest request, List<SalesAnalysisQueries.Sale> sales, SalesTotals total) {
        ReportPeriod period = request.period();
        Map<Long, SalesTotals> byEmployee = group(sales, SalesAnalysisQueries.Sale::employeeId);
        Map<Long, EmployeeView> people = org.employees(byEmployee.keySet());
        Map<Long, BigDecimal> employeeTargets = targets.ofEmployees(byEmployee.keySet(), PerformanceMetric.DELIVERIES,
                period.start(), period.last());
        List<ReportRow> rows = new ArrayList<>();
        for (Map.Entry<Long, SalesTotals> e : ranked(byEmployee)) {
            SalesTotals t = e.getValue();
            Optional<BigDecimal> target = Optional.ofNullable(employeeTargets.get(e.getKey()));
            EmployeeView person = people.get(e.getKey());
            rows.add(consultantRow(person == null ? "—" : person.name(), t, target)
                    .linkedTo(funnelLink(period, e.getKey(), null)));
        }
        Optional<BigDecimal> target = targets.of(request.scope(), PerformanceMetric.DELIVERIES, period.start(), period.last());
        return ReportSection.table("consultants", "reports.analysis.section.consultants", List.of(
                        Column.label("reports.analysis.column.consultant"), Column.count("reports.analysis.metric.units"),
                        Column.money("reports.analysis.metric.revenue"), Column.money("reports.analysis.metric.margin"),
                        Column.count("reports.analysis.column.target"), Column.percent("reports.analysis.column.attainment")),
                        rows)
                .withTotals(consultantRow("reports.total", total, target))
                .withChart(Chart.of(Chart.Type.BAR, 0, 1))
                .withNote("reports.analysis.note.consultants");
    }

    private static ReportRow consultantRow(String label, SalesTotals t, Optional<BigDecimal> target) {
        BigDecimal attainment = target.map(v -> new Attainment.Result(PerformanceMetric.DELIVERIES,
                BigDecimal.valueOf(t.units()), v).percent()).orElse(null);
        return ReportRow.of(label, t.units(), t.revenue(), t.margin(), target.map(BigDecimal::longValue).orElse(null),
                attainment);
    }

    private ReportSection sources(ReportPeriod period, List<SalesAnalysisQueries.Sale> sales, SalesTotals total) {
        Map<String, SalesTotals> bySource = group(sales, SalesAnalysisQueries.Sale::source);
        List<ReportRow> rows = new ArrayList<>();
        for (Map.Entry<String, SalesTotals> e : ranked(bySource)) {
            SalesTotals t = e.getValue();
            rows.add(ReportRow.of("funnel.source." + e.getKey(), t.units(), t.revenue(),
                    SalesRatios.percent(t.units(), total.units())).linkedTo(funnelLink(period, null, e.getKey())));
        }
        return ReportSection.table("sources", "reports.analysis.section.sources", List.of(
                        Column.label("reports.analysis.column.source"), Column.count("reports.analysis.metric.units"),
                        Column.money("reports.analysis.metric.revenue"), Column.percent("reports.analysis.column.share")),
                        rows)
                .withTotals(ReportRow.of("reports.total", total.units(), total.revenue(),
                        SalesRatios.percent(total.units(), total.units())))
                .withChart(Chart.of(Chart.Type.PIE, 0, 1));
    }

    private ReportSection trend(ReportRequest request, ReportPeriod period) {
        YearMonth last = YearMonth.from(period.last());
        YearMonth first = last.minusMonths(TREND_MONTHS - 1);
        Map<YearMonth, SalesTotals> months = queries.monthly(request.scope(), first.atDay(1), last.plusMonths(1).atDay(1));
        List<ReportRow> rows = new ArrayList<>();
        SalesTotals sum = SalesTotals.ZERO;
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            SalesTotals t = months.getOrDefault(month, SalesTotals.ZERO);
            sum = sum.plus(t);
            rows.add(ReportRow.of(month.toString(), t.units(), t.revenue(), t.margin(), t.marginPercent())
                    .linkedTo(reportLink(ReportPeriod.of(PeriodKind.MONTH, month.atDay(1)))));
        }
        return ReportSection.table("trend", "reports.analysis.section.trend", List.of(
                        Column.label("reports.analysis.column.month"), Column.count("reports.analysis.metric.units"),
                        Column.money("reports.analysis.metric.revenue"), Column.money("reports.analysis.metric.margin"),
                        Column.percent("reports.analysis.metric.margin-percent")), rows)
                .withTotals(ReportRow.of("reports.total", sum.units(), sum.revenue(), sum.margin(), sum.marginPercent()))
                .withChart(Chart.of(Chart.Type.LINE, 0, 2, 3));
    }

    private SalesTotals totals(ReportRequest request, ReportPeriod period) {
        return queries.monthly(request.scope(), period.start(), period.end()).values().stream()
                .reduce(SalesTotals.ZERO, SalesTotals::plus);
    }

    private static SalesTotals sum(List<SalesAnalysisQueries.Sale> sales) {
        return sales.stream().map(SalesTotals::of).reduce(SalesTotals.ZERO, SalesTotals::plus);
    }

    private static <K> Map<K, SalesTotals> group(List<SalesAnalysisQueries.Sale> sales,
            Function<SalesAnalysisQueries.Sale, K> key) {
        Map<K, SalesTotals> groups = new LinkedHashMap<>();
        for (SalesAnalysisQueries.Sale sale : sales) {
            groups.merge(key.apply(sale), SalesTotals.of(sale), SalesTotals::plus);
        }
        return groups;
    }

    /** Most units first, then most revenue, then by name (so equal rows keep one order). */
    private static <K> List<Map.Entry<K, SalesTotals>> ranked(Map<K, SalesTotals> groups) {
        List<Map.Entry<K, SalesTotals>> entries = new ArrayList<>(groups.entrySet());
        entries.sort(Comparator.<Map.Entry<K, SalesTotals>>comparingLong(e -> -e.getValue().units())
                .thenComparing(e -> e.getValue().revenue(), Comparator.reverseOrder())
                .thenComparing(e -> String.valueOf(e.getKey())));
        return entries;
    }

    private static String reportLink(ReportPeriod period) {
        return "/reports/" + CODE + "?period=" + period.kind() + "&date=" + period.start();
    }

    /** The period's deliveries in the funnel, of one consultant or one source if given. */
    private static String funnelLink(ReportPeriod period, Long consultantId, String source) {
        return "/funnel/records?" + new QueryString().add("stage", "DELIVERY").add("from", period.start())
                .add("to", period.last()).add("consultantId", consultantId).add("source", source);
    }
}
