package com.autosales.reports;

import com.autosales.access.RecordScope;
import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import com.autosales.org.UnitView;
import com.autosales.performance.Attainment;
import com.autosales.performance.PerformanceMetric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 目标达成 — actual against the approved sales plan's target for the period's months: the stores in scope, then each
 * person with a target or a result (a consultant sees only himself). Without a plan the target shows "—".
 */
@Component
class TargetAttainmentReport implements ReportDefinition {

    private static final ReportEntry ENTRY = new ReportEntry("target-attainment", "reports.attainment.title", "reports.attainment.description",
            70);

    static final List<PerformanceMetric> METRICS = List.of(PerformanceMetric.DELIVERIES, PerformanceMetric.ORDERS,
            PerformanceMetric.REVENUE, PerformanceMetric.GROSS_MARGIN, PerformanceMetric.COLLECTIONS,
            PerformanceMetric.NEW_CUSTOMERS);

    private final Attainment attainment;
    private final OrgDirectory org;

    TargetAttainmentReport(Attainment attainment, OrgDirectory org) {
        this.attainment = attainment;
        this.org = org;
    }

    @Override
    public ReportEntry entry() {
        return ENTRY;
    }

    @Override
    public String extraAuthority() {
        return "targets:view";
    }

    @Override
    public List<PeriodKind> periodKinds() {
        return List.of(PeriodKind.MONTH, PeriodKind.YEAR);
    }

    @Override
    public Report run(ReportRequest request) {
        ReportPeriod period = request.period();
        RecordScope scope = request.scope();
        List<UnitView> stores = org.stores().stream().filter(s -> scope.allStores() || scope.storeIds().contains(s.id())).toList();
        List<Headline> headlines = new ArrayList<>();
        List<ReportRow> storeRows = new ArrayList<>();
        if (scope.allOwners()) {
            Map<Long, List<Attainment.Result>> byStore = attainment.ofEachStore(stores.stream().map(UnitView::id).toList(),
                    METRICS, period.start(), period.last());
            for (UnitView store : stores) {
                List<Attainment.Result> results = byStore.get(store.id());
                storeRows.add(row(store.name(), results));
                if (stores.size() == 1) {
                    results.forEach(r -> headlines.add(Headline.of(r.metric().messageKey(), kind(r.metric()), r.actual())
                            .against("reports.attainment.target", r.target())));
                }
            }
        }
        List<ReportRow> people = new ArrayList<>();
        List<List<Attainment.Result>> counted = new ArrayList<>();
        List<EmployeeView> inScope = people(scope, stores);
        Map<Long, List<Attainment.Result>> byPerson = attainment.ofEachEmployee(inScope.stream().map(EmployeeView::id).toList(),
                METRICS, period.start(), period.last());
        for (EmployeeView e : inScope) {
            List<Attainment.Result> results = byPerson.get(e.id());
            if (results.stream().anyMatch(r -> r.target() != null || r.actual().signum() != 0)) {
                people.add(row(e.name(), results));
                counted.add(results);
            }
        }
        List<ReportSection> sections = new ArrayList<>();
        if (scope.allOwners()) {
            sections.add(ReportSection.table("stores", "reports.attainment.stores", columns("reports.attainment.store"), storeRows));
        }
        ReportSection peopleSection = ReportSection.table("people", "reports.attainment.people",
                columns("reports.attainment.person"), people).withChart(Chart.of(Chart.Type.BAR, 0, 1, 2))
                .withNote("reports.attainment.note");
        sections.add(counted.size() > 1 ? peopleSection.withTotals(totals(counted)) : peopleSection);
        return new Report(code(), titleKey(), period, null, headlines, sections);
    }

    /** The people's sums per metric: actual, target (if anyone has one) and the rate of the sums. */
    private static ReportRow totals(List<List<Attainment.Result>> people) {
        List<Attainment.Result> sums = new ArrayList<>();
        for (int i = 0; i < METRICS.size(); i++) {
            java.math.BigDecimal actual = java.math.BigDecimal.ZERO;
            java.math.BigDecimal target = null;
            for (List<Attainment.Result> person : people) {
                Attainment.Result r = person.get(i);
                actual = actual.add(r.actual());
                target = r.target() == null ? target : (target == null ? r.target() : target.add(r.target()));
            }
            sums.add(new Attainment.Result(METRICS.get(i), actual, target));
        }
        ReportRow row = row(null, sums);
        List<Object> cells = new ArrayList<>(row.cells());
        cells.set(0, new ReportLabel("reports.total"));
        return new ReportRow(cells, null);
    }

    private List<EmployeeView> people(RecordScope scope, List<UnitView> stores) {
        Set<Long> inStores = new java.util.HashSet<>();
        stores.forEach(s -> inStores.addAll(org.employeeIdsUnder(s.id())));
        return org.currentEmployees().stream().filter(e -> inStores.contains(e.id()))
                .filter(e -> scope.allOwners() || scope.ownerIds().contains(e.id())).toList();
    }

    /** Per metric: actual, target, rate. */
    private static List<Column> columns(String firstKey) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text(firstKey));
        for (PerformanceMetric m : METRICS) {
            ColumnKind kind = kind(m);
            columns.add(new Column(m.messageKey(), kind));
            columns.add(new Column("reports.attainment.target", kind));
            columns.add(Column.percent("reports.attainment.rate"));
        }
        return columns;
    }

    private static ReportRow row(String name, List<Attainment.Result> results) {
        List<Object> cells = new ArrayList<>();
        cells.add(name);
        for (Attainment.Result r : results) {
            cells.add(r.actual());
            cells.add(r.target());
            cells.add(r.percent());
        }
        return new ReportRow(cells, null);
    }

    private static ColumnKind kind(PerformanceMetric metric) {
        return switch (metric) {
            case REVENUE, GROSS_MARGIN, COLLECTIONS -> ColumnKind.MONEY;
            default -> ColumnKind.COUNT;
        };
    }

}
