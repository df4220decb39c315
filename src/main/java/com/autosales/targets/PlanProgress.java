package com.autosales.targets;

import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.performance.Attainment;
import com.autosales.performance.Figure;
import com.autosales.performance.PerformanceMetric;
import com.autosales.performance.PerformanceQueries;
import com.autosales.shared.DomainException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 目标达成 — actual against target for every node of a plan the reader may see, by month, quarter and year to date. */
@Service
@Transactional(readOnly = true)
public class PlanProgress {

    private final SalesPlanManagement plans;
    private final PlanCells cells;
    private final NodeNames names;
    private final PerformanceQueries performance;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    PlanProgress(SalesPlanManagement plans, PlanCells cells, NodeNames names, PerformanceQueries performance,
            CurrentUsers currentUsers, Clock clock) {
        this.plans = plans;
        this.cells = cells;
        this.names = names;
        this.performance = performance;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('targets:view')")
    public ProgressView of(Long planId, PerformanceMetric metric, Integer month, Long chartNodeId) {
        SalesPlan plan = plans.visible(planId);
        PerformanceMetric shown = metric == null ? PerformanceMetric.DELIVERIES : PlanMetrics.require(metric);
        int m = month == null ? SalesPlanManagement.defaultMonth(plan.planYear(), clock) : month;
        if (m < 1 || m > 12) {
            throw new DomainException("targets.month-invalid");
        }
        int quarter = (m - 1) / 3 + 1;
        RecordScope scope = currentUsers.scope();
        TargetGrid grid = cells.grid(planId);
        List<PlanNode> visible = grid.nodes().stream().filter(n -> Readers.sees(scope, grid, n)).toList();
        Map<Long, String> nodeNames = names.of(visible);

        int year = plan.planYear();
        Actuals monthActuals = actuals(plan, shown, YearMonth.of(year, m).atDay(1), YearMonth.of(year, m).atEndOfMonth());
        Actuals quarterActuals = actuals(plan, shown, YearMonth.of(year, quarter * 3 - 2).atDay(1),
                YearMonth.of(year, quarter * 3).atEndOfMonth());
        Actuals ytdActuals = actuals(plan, shown, LocalDate.of(year, 1, 1), YearMonth.of(year, m).atEndOfMonth());

        List<ProgressView.Row> rows = new ArrayList<>();
        for (PlanNode node : visible) {
            List<BigDecimal> targets = grid.months(node.id(), shown);
            rows.add(new ProgressView.Row(node.id(), node.kind(), nodeNames.get(node.id()), node.depth(),
                    period(shown, sum(targets, m, m), monthActuals.of(grid, node)),
                    period(shown, sum(targets, quarter * 3 - 2, quarter * 3), quarterActuals.of(grid, node)),
                    period(shown, sum(targets, 1, m), ytdActuals.of(grid, node))));
        }
        PlanNode chartNode = visible.stream().filter(n -> n.id().equals(chartNodeId)).findFirst()
                .orElse(visible.isEmpty() ? null : visible.get(0));
        List<BigDecimal> chartTargets = chartNode == null ? List.of() : grid.months(chartNode.id(), shown);
        List<BigDecimal> chartActuals = chartNode == null ? List.of() : monthlyActuals(plan, shown, grid, chartNode);
        return new ProgressView(plans.summary(plan), shown, m, quarter, rows, chartNode == null ? null : chartNode.id(),
                chartNode == null ? null : nodeNames.get(chartNode.id()), chartTargets, chartActuals);
    }

    private List<BigDecimal> monthlyActuals(SalesPlan plan, PerformanceMetric metric, TargetGrid grid, PlanNode node) {
        List<BigDecimal> result = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(plan.planYear(), m);
            if (month.atDay(1).isAfter(today)) {
                result.add(null);
                continue;
            }
            Map<PerformanceMetric, Figure> figures = node.kind() == NodeKind.STORE
                    ? performance.ofStores(List.of(plan.storeId()), month.atDay(1), month.atEndOfMonth())
                    : performance.ofEmployees(grid.employeesUnder(node.id()), month.atDay(1), month.atEndOfMonth());
            result.add(Attainment.valueOf(metric, figures.get(metric)));
        }
        return result;
    }

    private Actuals actuals(SalesPlan plan, PerformanceMetric metric, LocalDate from, LocalDate to) {
        BigDecimal store = Attainment.valueOf(metric, performance.ofStores(List.of(plan.storeId()), from, to).get(metric));
        Map<Long, Map<PerformanceMetric, Figure>> people = performance.perEmployee(List.of(plan.storeId()), from, to);
        return new Actuals(metric, store, people);
    }

    private record Actuals(PerformanceMetric metric, BigDecimal store, Map<Long, Map<PerformanceMetric, Figure>> people) {

        BigDecimal of(TargetGrid grid, PlanNode node) {
            if (node.kind() == NodeKind.STORE) {
                return store;
            }
            Set<Long> employees = grid.employeesUnder(node.id());
            BigDecimal total = BigDecimal.ZERO;
            for (Long employee : employees) {
                Map<PerformanceMetric, Figure> figures = people.get(employee);
                if (figures != null) {
                    total = total.add(Attainment.valueOf(metric, figures.get(metric)));
                }
            }
            return total;
        }
    }

    private static ProgressView.Period period(PerformanceMetric metric, BigDecimal target, BigDecimal actual) {
        return new ProgressView.Period(target, actual, new Attainment.Result(metric, actual, target).percent());
    }

    private static BigDecimal sum(List<BigDecimal> months, int first, int last) {
        BigDecimal total = BigDecimal.ZERO;
        for (int m = first; m <= last; m++) {
            total = total.add(months.get(m - 1));
        }
        return total;
    }
}
