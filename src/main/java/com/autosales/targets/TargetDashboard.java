package com.autosales.targets;

import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import com.autosales.org.UnitView;
import com.autosales.performance.Attainment;
import com.autosales.performance.PerformanceMetric;
import com.autosales.shared.web.DashboardChart;
import com.autosales.shared.web.DashboardPanel;
import com.autosales.shared.web.DashboardPanel.Audience;
import com.autosales.shared.web.DashboardPanel.Figure;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Dashboard panels of attainment this month: mine (consultant), my team's per consultant (sales manager), the store's
 * orders, deliveries, revenue and margin (general manager). Actuals click through to the funnel's records.
 */
@Configuration(proxyBeanMethods = false)
class TargetDashboard {

    private static final List<PerformanceMetric> STORE_METRICS = List.of(PerformanceMetric.ORDERS,
            PerformanceMetric.DELIVERIES, PerformanceMetric.REVENUE, PerformanceMetric.GROSS_MARGIN);

    private final CurrentUsers users;
    private final Attainment attainment;
    private final OrgDirectory org;
    private final Clock clock;

    TargetDashboard(CurrentUsers users, Attainment attainment, OrgDirectory org, Clock clock) {
        this.users = users;
        this.attainment = attainment;
        this.org = org;
        this.clock = clock;
    }

    @Bean
    DashboardPanel.Source myMonthPanel() {
        return DashboardPanel.Source.of("targets:view", Audience.CONSULTANT, () -> {
            Long me = users.current().employeeId();
            if (me == null) {
                return null;
            }
            LocalDate today = LocalDate.now(clock);
            DashboardChart.Builder chart = actualAndTarget();
            List<Figure> figures = new ArrayList<>();
            for (PerformanceMetric metric : List.of(PerformanceMetric.ORDERS, PerformanceMetric.DELIVERIES)) {
                Attainment.Result r = attainment.ofEmployee(me, metric, today.withDayOfMonth(1), today);
                String link = records(metric, me);
                chart.point(metric.messageKey(), link, r.actual(), r.target());
                figures.add(Figure.of(metric.messageKey(), ofTarget(r), link));
            }
            return new DashboardPanel(12, "dashboard.my-month", "bullseye", "/sales-plans", figures, chart.build());
        });
    }

    @Bean
    DashboardPanel.Source teamAttainmentPanel() {
        return DashboardPanel.Source.of("targets:view", Audience.SALES_MANAGER, () -> {
            LocalDate today = LocalDate.now(clock);
            DashboardChart.Builder chart = actualAndTarget();
            Map<Long, EmployeeView> team = org.employees(teamOf(users.scope()));
            team.values().stream().sorted(java.util.Comparator.comparing(EmployeeView::name)).forEach(e -> {
                Attainment.Result r = attainment.ofEmployee(e.id(), PerformanceMetric.DELIVERIES, today.withDayOfMonth(1),
                        today);
                if (r.target() != null || r.actual().signum() != 0) {
                    chart.literalPoint(e.name(), records(PerformanceMetric.DELIVERIES, e.id()), r.actual(), r.target());
                }
            });
            DashboardChart built = chart.build();
            return new DashboardPanel(32, "dashboard.team-attainment", "people", "/rankings?metric=ATTAINMENT",
                    built.isEmpty() ? List.of(Figure.of("dashboard.none-yet", "—", "/sales-plans")) : List.of(),
                    built.isEmpty() ? null : built);
        });
    }

    @Bean
    DashboardPanel.Source storeMonthPanel() {
        return DashboardPanel.Source.of("targets:approve", Audience.GENERAL_MANAGER, () -> {
            LocalDate today = LocalDate.now(clock);
            List<Long> stores = storesOf(users.scope());
            DashboardChart.Builder chart = DashboardChart.builder(DashboardChart.Type.BAR)
                    .series("dashboard.attainment-percent", DashboardChart.Kind.PERCENT);
            List<Figure> figures = new ArrayList<>();
            for (PerformanceMetric metric : STORE_METRICS) {
                BigDecimal actual = BigDecimal.ZERO;
                BigDecimal target = null;
                for (Long store : stores) {
                    Attainment.Result r = attainment.ofStore(store, metric, today.withDayOfMonth(1), today);
                    actual = actual.add(r.actual());
                    target = r.target() == null ? target : (target == null ? r.target() : target.add(r.target()));
                }
                Attainment.Result total = new Attainment.Result(metric, actual, target);
                String link = records(metric, null);
                figures.add(Figure.of(metric.messageKey(), ofTarget(total), link));
                if (total.percent() != null) {
                    chart.point(metric.messageKey(), link, total.percent());
                }
            }
            DashboardChart built = chart.build();
            return new DashboardPanel(50, "dashboard.store-month", "shop", "/sales-plans", figures,
                    built.isEmpty() ? null : built);
        });
    }

    private static DashboardChart.Builder actualAndTarget() {
        return DashboardChart.builder(DashboardChart.Type.BAR)
                .series("dashboard.actual", DashboardChart.Kind.COUNT)
                .series("dashboard.target", DashboardChart.Kind.COUNT);
    }

    /** The contracts behind a month's figure: signed ones for orders, delivered ones for the rest. */
    private static String records(PerformanceMetric metric, Long consultant) {
        String stage = metric == PerformanceMetric.ORDERS ? "ORDER" : "DELIVERY";
        return "/funnel/records?stage=" + stage + "&period=THIS_MONTH" + (consultant == null ? "" : "&consultantId=" + consultant);
    }

    /** "12 / 20 (60.0%)", "12" without a target; money as yuan. */
    private static String ofTarget(Attainment.Result r) {
        boolean money = r.metric() == PerformanceMetric.REVENUE || r.metric() == PerformanceMetric.GROSS_MARGIN;
        String actual = money ? DashboardPanel.yuan(r.actual()) : plain(r.actual());
        if (r.target() == null) {
            return actual;
        }
        String target = money ? DashboardPanel.yuan(r.target()) : plain(r.target());
        return actual + " / " + target + (r.percent() == null ? "" : " (" + r.percent() + "%)");
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private Collection<Long> teamOf(RecordScope scope) {
        if (!scope.allOwners()) {
            return scope.ownerIds();
        }
        Set<Long> stores = Set.copyOf(storesOf(scope));
        return org.currentEmployees().stream()
                .filter(e -> e.unitId() != null && org.storeOf(e.unitId()).map(stores::contains).orElse(false))
                .map(EmployeeView::id).toList();
    }

    private List<Long> storesOf(RecordScope scope) {
        return scope.allStores() ? org.stores().stream().map(UnitView::id).toList() : List.copyOf(scope.storeIds());
    }
}
