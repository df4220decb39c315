package com.autosales.reports;

import com.autosales.reports.CompositionQueries.CustomerSales;
import com.autosales.reports.CompositionQueries.TrimSales;
import com.autosales.reports.ParetoClasses.Ranked;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * 客户构成分析 — who the period's revenue came from: by customer grade, ABC (Pareto) classes, model, region (the
 * customer's default address) and credit rating with the customers over their limit. Revenue is the amount due of the
 * contracts delivered in the period, within the reader's scope (a consultant: his own deliveries); grade, credit and
 * address are the customer card's as they are today.
 */
@Component
class CustomerCompositionReport implements ReportDefinition {

    static final String CODE = "customer-composition";
    private static final ReportEntry ENTRY = new ReportEntry(CODE, "reports.composition.title", "reports.composition.description",
            30);
    static final int PARETO_TOP = 20;
    private static final String NO_GRADE = "customer.grade.none";
    private static final String NO_RATING = "reports.composition.credit.none";
    private static final String UNKNOWN_REGION = "reports.composition.region.unknown";
    private static final ReportLabel TOTAL = new ReportLabel("reports.total");
    private static final List<String> RATINGS = List.of("AAA", "AA", "A", "B", "C");

    private final CompositionQueries queries;
    private final Clock clock;

    CustomerCompositionReport(CompositionQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
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
        List<CustomerSales> customers = queries.customers(request);
        Map<Long, BigDecimal> overdue = queries.overdue(request, LocalDate.now(clock));
        long units = customers.stream().mapToLong(CustomerSales::units).sum();
        BigDecimal revenue = sum(customers, CustomerSales::revenue);
        List<Ranked> ranked = ParetoClasses.rank(customers.stream()
                .map(c -> new ParetoClasses.Entry(c.customerId(), name(c), c.revenue())).toList());
        List<ReportSection> sections = List.of(grades(customers, revenue), abc(ranked, revenue), pareto(ranked),
                products(queries.trims(request), revenue), regions(customers, queries.defaultAddresses(request), revenue),
                credit(customers, overdue), overLimit(customers, overdue));
        long classA = ranked.stream().filter(r -> r.grade() == ParetoClasses.Grade.A).count();
        long overLimitCount = customers.stream().filter(CustomerCompositionReport::overLimit).count();
        List<Headline> headlines = List.of(
                Headline.of("reports.composition.customers", ColumnKind.COUNT, (long) customers.size()),
                Headline.of("reports.composition.units", ColumnKind.COUNT, units),
                Headline.of("reports.composition.revenue", ColumnKind.MONEY, revenue),
                Headline.of("reports.composition.headline.pareto", ColumnKind.PERCENT,
                        Shares.percent(classA, customers.size())),
                Headline.of("reports.composition.headline.over-limit", ColumnKind.COUNT, overLimitCount)
                        .linkedTo("/customers?overLimit=true"));
        return new Report(CODE, titleKey(), request.period(), null, headlines, sections);
    }

    private static ReportSection grades(List<CustomerSales> customers, BigDecimal revenue) {
        Map<String, List<CustomerSales>> byGrade = groups(customers, c -> c.grade() == null ? NO_GRADE
                : "customer.grade." + c.grade(), List.of("customer.grade.A", "customer.grade.B", "customer.grade.C", NO_GRADE));
        List<ReportRow> rows = new ArrayList<>();
        byGrade.forEach((key, group) -> {
            ReportRow row = ReportRow.of(key, (long) group.size(), units(group), sum(group, CustomerSales::revenue),
                    Shares.percent(sum(group, CustomerSales::revenue), revenue));
            rows.add(key.equals(NO_GRADE) ? row : row.linkedTo("/customers?grade=" + key.substring(key.length() - 1)));
        });
        return ReportSection.table("grades", "reports.composition.grades", List.of(
                        Column.label("reports.composition.grade"), Column.count("reports.composition.customers"),
                        Column.count("reports.composition.units"), Column.money("reports.composition.revenue"),
                        Column.percent("reports.composition.revenue-share")), rows)
                .withTotals(ReportRow.of(TOTAL, (long) customers.size(), units(customers), revenue, share(revenue)))
                .withChart(Chart.of(Chart.Type.PIE, 0, 3));
    }

    private static ReportSection abc(List<Ranked> ranked, BigDecimal revenue) {
        List<ReportRow> rows = new ArrayList<>();
        for (ParetoClasses.Grade grade : ParetoClasses.Grade.values()) {
            List<Ranked> members = ranked.stream().filter(r -> r.grade() == grade).toList();
            BigDecimal classRevenue = members.stream().map(r -> r.entry().revenue()).reduce(BigDecimal.ZERO, BigDecimal::add);
            rows.add(ReportRow.of(grade.name(), (long) members.size(), Shares.percent(members.size(), ranked.size()),
                    classRevenue, Shares.percent(classRevenue, revenue)));
        }
        return ReportSection.table("abc", "reports.composition.abc", List.of(Column.text("reports.composition.abc-class"),
                        Column.count("reports.composition.customers"), Column.percent("reports.composition.customer-share"),
                        Column.money("reports.composition.revenue"), Column.percent("reports.composition.revenue-share")), rows)
                .withTotals(ReportRow.of(TOTAL, (long) ranked.size(), share((long) ranked.size()), revenue, share(revenue)))
                .withNote("reports.composition.abc.note");
    }

    private static ReportSection pareto(List<Ranked> ranked) {
        List<ReportRow> rows = ranked.stream().limit(PARETO_TOP).map(r -> ReportRow.of(r.entry().name(),
                        r.grade().name(), r.entry().revenue(), r.cumulativePercent())
                .linkedTo("/customers/" + r.entry().customerId())).toList();
        return ReportSection.table("pareto", "reports.composition.pareto", List.of(
                        Column.text("reports.composition.customer"), Column.text("reports.composition.abc-class"),
                        Column.money("reports.composition.revenue"), Column.percent("reports.composition.cumulative-share")),
                        rows)
                .withChart(Chart.of(Chart.Type.PARETO, 0, 2, 3)).withNote("reports.composition.pareto.note");
    }

    private static ReportSection products(List<TrimSales> trims, BigDecimal revenue) {
        Map<String, long[]> units = new LinkedHashMap<>();
        Map<String, BigDecimal> revenues = new LinkedHashMap<>();
        for (TrimSales t : trims) {
            String model = modelOf(t.trimLabel());
            units.computeIfAbsent(model, k -> new long[1])[0] += t.units();
            revenues.merge(model, t.revenue(), BigDecimal::add);
        }
        List<ReportRow> rows = revenues.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> ReportRow.of(e.getKey(), units.get(e.getKey())[0], e.getValue(),
                        Shares.percent(e.getValue(), revenue))).toList();
        long totalUnits = trims.stream().mapToLong(TrimSales::units).sum();
        return ReportSection.table("products", "reports.composition.products", List.of(
                        Column.text("reports.composition.model"), Column.count("reports.composition.units"),
                        Column.money("reports.composition.revenue"), Column.percent("reports.composition.revenue-share")),
                        rows)
                .withTotals(ReportRow.of(TOTAL, totalUnits, revenue, share(revenue)))
                .withChart(Chart.of(Chart.Type.PIE, 0, 2));
    }

    /** The model of a trim label "大众 途观L 2025款 330TSI 两驱 · 智享版": brand, series and model, without the trim. */
    static String modelOf(String trimLabel) {
        int trim = trimLabel.lastIndexOf(" · ");
        return (trim < 0 ? trimLabel : trimLabel.substring(0, trim)).strip();
    }

    private static ReportSection regions(List<CustomerSales> customers, Map<Long, String> addresses, BigDecimal revenue) {
        Map<String, List<CustomerSales>> byRegion = new LinkedHashMap<>();
        for (CustomerSales c : customers) {
            String region = AddressRegion.of(addresses.get(c.customerId())).orElse(UNKNOWN_REGION);
            byRegion.computeIfAbsent(region, k -> new ArrayList<>()).add(c);
        }
        // region names are shown as they are (a name that is no message key prints as itself); unknown comes last
        List<ReportRow> rows = byRegion.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, List<CustomerSales>>, Boolean>comparing(e -> e.getKey().equals(UNKNOWN_REGION))
                        .thenComparing(e -> sum(e.getValue(), CustomerSales::revenue), Comparator.reverseOrder())
                        .thenComparing(Map.Entry::getKey))
                .map(e -> ReportRow.of(e.getKey(), (long) e.getValue().size(), units(e.getValue()),
                        sum(e.getValue(), CustomerSales::revenue), Shares.percent(sum(e.getValue(), CustomerSales::revenue), revenue)))
                .toList();
        return ReportSection.table("regions", "reports.composition.regions", List.of(
                        Column.label("reports.composition.region"), Column.count("reports.composition.customers"),
                        Column.count("reports.composition.units"), Column.money("reports.composition.revenue"),
                        Column.percent("reports.composition.revenue-share")), rows)
                .withTotals(ReportRow.of(TOTAL, (long) customers.size(), units(customers), revenue, share(revenue)))
                .withChart(Chart.of(Chart.Type.PIE, 0, 3)).withNote("reports.composition.regions.note");
    }

    private static ReportSection credit(List<CustomerSales> customers, Map<Long, BigDecimal> overdue) {
        List<String> order = new ArrayList<>(RATINGS.stream().map(r -> "customer.credit.rating." + r).toList());
        order.add(NO_RATING);
        Map<String, List<CustomerSales>> byRating = groups(customers,
                c -> c.rating() == null ? NO_RATING : "customer.credit.rating." + c.rating(), order);
        List<ReportRow> rows = new ArrayList<>();
        byRating.forEach((key, group) -> {
            ReportRow row = creditRow(key, group, overdue);
            rows.add(key.equals(NO_RATING) ? row
                    : row.linkedTo("/customers?creditRating=" + key.substring("customer.credit.rating.".length())));
        });
        return ReportSection.table("credit", "reports.composition.credit", List.of(
                        Column.label("reports.composition.rating"), Column.count("reports.composition.customers"),
                        Column.money("reports.composition.credit-limit"), Column.money("reports.composition.exposure"),
                        Column.percent("reports.composition.limit-used"), Column.money("reports.composition.overdue"),
                        Column.count("reports.composition.over-limit")), rows)
                .withTotals(creditRow(TOTAL, customers, overdue)).withNote("reports.composition.credit.note");
    }

    /** A group's credit: the limit used is the exposure of the customers that have a limit over those limits. */
    private static ReportRow creditRow(Object label, List<CustomerSales> group, Map<Long, BigDecimal> overdue) {
        List<CustomerSales> limited = group.stream().filter(c -> c.creditLimit() != null).toList();
        return ReportRow.of(label, (long) group.size(), sum(limited, CustomerSales::creditLimit),
                sum(group, CustomerCompositionReport::exposure),
                Shares.percent(sum(limited, CustomerCompositionReport::exposure), sum(limited, CustomerSales::creditLimit)),
                sum(group, c -> overdue.getOrDefault(c.customerId(), BigDecimal.ZERO)),
                group.stream().filter(CustomerCompositionReport::overLimit).count());
    }

    private static ReportSection overLimit(List<CustomerSales> customers, Map<Long, BigDecimal> overdue) {
        List<ReportRow> rows = customers.stream().filter(CustomerCompositionReport::overLimit)
                .sorted(Comparator.comparing((CustomerSales c) -> c.exposure().subtract(c.creditLimit())).reversed()
                        .thenComparing(CustomerSales::customerId))
                .map(c -> ReportRow.of(name(c), c.rating() == null ? NO_RATING : "customer.credit.rating." + c.rating(),
                                c.creditLimit(), c.exposure(), c.exposure().subtract(c.creditLimit()),
                                overdue.getOrDefault(c.customerId(), BigDecimal.ZERO))
                        .linkedTo("/customers/" + c.customerId()))
                .toList();
        return ReportSection.table("over-limit", "reports.composition.over-limit-customers", List.of(
                Column.text("reports.composition.customer"), Column.label("reports.composition.rating"),
                Column.money("reports.composition.credit-limit"), Column.money("reports.composition.exposure"),
                Column.money("reports.composition.over-by"), Column.money("reports.composition.overdue")), rows);
    }

    static boolean overLimit(CustomerSales c) {
        return c.creditLimit() != null && c.exposure() != null && c.exposure().compareTo(c.creditLimit()) > 0;
    }

    private static BigDecimal exposure(CustomerSales c) {
        return c.exposure() == null ? BigDecimal.ZERO : c.exposure();
    }

    private static String name(CustomerSales c) {
        return Optional.ofNullable(c.name()).orElse("#" + c.customerId());
    }

    /** The customers grouped by a key, groups in the given order, empty groups left out. */
    private static Map<String, List<CustomerSales>> groups(List<CustomerSales> customers,
            Function<CustomerSales, String> key, List<String> order) {
        Map<String, List<CustomerSales>> groups = new LinkedHashMap<>();
        order.forEach(k -> groups.put(k, new ArrayList<>()));
        customers.forEach(c -> groups.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c));
        groups.values().removeIf(List::isEmpty);
        return groups;
    }

    private static long units(List<CustomerSales> customers) {
        return customers.stream().mapToLong(CustomerSales::units).sum();
    }

    private static <T> BigDecimal sum(List<T> rows, Function<T, BigDecimal> value) {
        return rows.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal share(BigDecimal whole) {
        return whole.signum() == 0 ? null : BigDecimal.valueOf(1000, 1);
    }

    private static BigDecimal share(long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(1000, 1);
    }
}
