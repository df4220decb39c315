package com.autosales.reports;

import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import com.autosales.performance.Attainment;
import com.autosales.shared.web.QueryString;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * 销售日报·周报·月报 — the morning meeting's pack: traffic, leads, test drives, orders, deliveries and collections
 * against the previous period, month to date against the month's target, per consultant, per day (week, month) and,
 * for a day, the next day's appointments.
 */
@Component
class SalesSummaryReport implements ReportDefinition {

    static final String CODE = "sales-summary";
    private static final ReportEntry ENTRY = new ReportEntry(CODE, "reports.summary.title", "reports.summary.description",
            10);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final SalesSummaryQueries queries;
    private final SalesTargets targets;
    private final OrgDirectory org;

    SalesSummaryReport(SalesSummaryQueries queries, SalesTargets targets, OrgDirectory org) {
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
        return List.of(PeriodKind.DAY, PeriodKind.WEEK, PeriodKind.MONTH);
    }

    /** The morning meeting looks back at yesterday. */
    @Override
    public LocalDate defaultDay(LocalDate today) {
        return today.minusDays(1);
    }

    @Override
    public Report run(ReportRequest request) {
        ReportPeriod period = request.period();
        List<SalesSummaryQueries.Entry> entries = queries.entries(request.scope(), period.start(), period.end());
        SalesActivity total = sum(entries);
        ReportPeriod previousPeriod = period.previous();
        SalesActivity previous = sum(queries.entries(request.scope(), previousPeriod.start(), previousPeriod.end()));
        LocalDate monthStart = period.last().withDayOfMonth(1);
        SalesActivity monthToDate = period.kind() == PeriodKind.MONTH ? total
                : sum(queries.entries(request.scope(), monthStart, period.end()));

        List<Headline> headlines = new ArrayList<>();
        List<ReportRow> overview = new ArrayList<>();
        for (SalesSummaryMetric metric : SalesSummaryMetric.values()) {
            headlines.add(Headline.of(metric.labelKey(), kind(metric), value(metric, total))
                    .against("reports.summary.vs-previous", value(metric, previous))
                    .linkedTo(funnelLink(metric, period.start(), period.last())));
            BigDecimal attainment = null;
            if (metric.target() != null) {
                Optional<BigDecimal> target = targets.of(request.scope(), metric.target(), monthStart, period.last());
                Headline mtd = Headline.of(metric.monthToDateKey(), kind(metric), value(metric, monthToDate))
                        .linkedTo(funnelLink(metric, monthStart, period.last()));
                headlines.add(target.map(t -> mtd.against("reports.summary.vs-target", metric.money() ? t : t.longValue()))
                        .orElse(mtd));
                attainment = target.map(t -> new Attainment.Result(metric.target(), monthToDate.of(metric), t).percent())
                        .orElse(null);
            }
            overview.add(ReportRow.of(metric.labelKey(), SalesRatios.change(total.of(metric), previous.of(metric)),
                    attainment).linkedTo(funnelLink(metric, period.start(), period.last())));
        }
        long elapsed = ChronoUnit.DAYS.between(monthStart, period.end());
        headlines.add(Headline.of("reports.summary.time-progress", ColumnKind.PERCENT,
                SalesRatios.percent(elapsed, period.last().lengthOfMonth())));

        List<ReportSection> sections = new ArrayList<>();
        sections.add(ReportSection.table("overview", "reports.summary.section.overview", List.of(
                Column.label("reports.summary.column.metric"), Column.percent("reports.summary.column.change"),
                Column.percent("reports.summary.column.attainment")), overview).withNote("reports.summary.note.targets"));
        sections.add(consultants(entries, total, period));
        if (period.kind() != PeriodKind.DAY) {
            sections.add(days(entries, total, period));
        } else {
            sections.add(appointments(request, period.end()));
        }
        return new Report(CODE, titleKey(), period, null, headlines, sections);
    }

    private ReportSection consultants(List<SalesSummaryQueries.Entry> entries, SalesActivity total, ReportPeriod period) {
        Map<Long, SalesActivity> byEmployee = new HashMap<>();
        for (SalesSummaryQueries.Entry e : entries) {
            byEmployee.merge(e.employeeId() == null ? -1L : e.employeeId(), e.activity(), SalesActivity::plus);
        }
        Map<Long, EmployeeView> people = org.employees(byEmployee.keySet());
        List<Map.Entry<Long, SalesActivity>> ordered = new ArrayList<>(byEmployee.entrySet());
        ordered.sort(Comparator.<Map.Entry<Long, SalesActivity>>comparingLong(e -> -e.getValue().orders())
                .thenComparingLong(e -> -e.getValue().deliveries()).thenComparingLong(e -> -e.getValue().traffic())
                .thenComparing(e -> name(people, e.getKey())));
        List<ReportRow> rows = new ArrayList<>();
        for (Map.Entry<Long, SalesActivity> e : ordered) {
            ReportRow row = row(name(people, e.getKey()), e.getValue());
            rows.add(e.getKey() < 0 ? row : row.linkedTo("/funnel?" + new QueryString().add("from", period.start())
                    .add("to", period.last()).add("consultantId", e.getKey())));
        }
        return ReportSection.table("consultants", "reports.summary.section.consultants",
                        columns("reports.summary.column.consultant"), rows)
                .withTotals(row("reports.total", total)).withChart(Chart.of(Chart.Type.BAR, 0, 1, 2, 3, 4, 5));
    }

    private ReportSection days(List<SalesSummaryQueries.Entry> entries, SalesActivity total, ReportPeriod period) {
        Map<LocalDate, SalesActivity> byDay = new TreeMap<>();
        for (LocalDate day = period.start(); day.isBefore(period.end()); day = day.plusDays(1)) {
            byDay.put(day, SalesActivity.ZERO);
        }
        for (SalesSummaryQueries.Entry e : entries) {
            byDay.merge(e.day(), e.activity(), SalesActivity::plus);
        }
        List<ReportRow> rows = new ArrayList<>();
        byDay.forEach((day, activity) -> rows.add(row(day.toString(), activity)
                .linkedTo("/reports/" + CODE + "?period=DAY&date=" + day)));
        return ReportSection.table("days", "reports.summary.section.days", columns("reports.summary.column.day"), rows)
                .withTotals(row("reports.total", total)).withChart(Chart.of(Chart.Type.LINE, 0, 1, 2, 3, 4, 5));
    }

    private ReportSection appointments(ReportRequest request, LocalDate day) {
        List<SalesSummaryQueries.Appointment> all = new ArrayList<>(queries.appointments(request.scope(), day));
        all.sort(Comparator.comparing(SalesSummaryQueries.Appointment::at, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(SalesSummaryQueries.Appointment::kindKey).thenComparing(SalesSummaryQueries.Appointment::customer));
        Map<Long, EmployeeView> people = org.employees(all.stream().map(SalesSummaryQueries.Appointment::employeeId).toList());
        List<ReportRow> rows = all.stream().map(a -> ReportRow.of(a.kindKey(), a.at() == null ? null : a.at().format(TIME),
                a.customer(), name(people, a.employeeId())).linkedTo(a.link())).toList();
        return ReportSection.table("appointments", "reports.summary.section.appointments", List.of(
                        Column.label("reports.summary.column.kind"), Column.text("reports.summary.column.time"),
                        Column.text("reports.summary.column.customer"), Column.text("reports.summary.column.consultant")),
                rows).withNote("reports.summary.note.appointments");
    }

    private static List<Column> columns(String firstKey) {
        // a label column: the totals row's "reports.total" is translated, names and days print as they are
        List<Column> columns = new ArrayList<>(List.of(Column.label(firstKey)));
        for (SalesSummaryMetric metric : SalesSummaryMetric.values()) {
            columns.add(new Column(metric.labelKey(), kind(metric)));
        }
        return columns;
    }

    private static ReportRow row(String label, SalesActivity a) {
        return ReportRow.of(label, a.traffic(), a.leads(), a.testDrives(), a.orders(), a.deliveries(), a.collections());
    }

    private static SalesActivity sum(List<SalesSummaryQueries.Entry> entries) {
        return entries.stream().map(SalesSummaryQueries.Entry::activity).reduce(SalesActivity.ZERO, SalesActivity::plus);
    }

    private static ColumnKind kind(SalesSummaryMetric metric) {
        return metric.money() ? ColumnKind.MONEY : ColumnKind.COUNT;
    }

    private static Object value(SalesSummaryMetric metric, SalesActivity activity) {
        return metric.money() ? activity.collections() : (Object) activity.of(metric).longValue();
    }

    private static String name(Map<Long, EmployeeView> people, Long id) {
        EmployeeView person = people.get(id);
        return person == null ? "—" : person.name();
    }

    /** The funnel records behind a figure (collections have none there). */
    private static String funnelLink(SalesSummaryMetric metric, LocalDate from, LocalDate to) {
        if (metric.funnelStage() == null) {
            return null;
        }
        return "/funnel/records?" + new QueryString().add("stage", metric.funnelStage()).add("from", from).add("to", to);
    }
}
