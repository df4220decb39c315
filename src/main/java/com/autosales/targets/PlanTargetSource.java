package com.autosales.targets;

import com.autosales.performance.PerformanceMetric;
import com.autosales.performance.TargetSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The targets {@link com.autosales.performance.Attainment} measures against: the sum of the months a period covers,
 * from each year's approved plan version in force. Empty when no approved plan has the person (or store) in it.
 */
@Component
@Transactional(readOnly = true)
class PlanTargetSource implements TargetSource {

    private final JdbcTemplate jdbc;

    PlanTargetSource(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<BigDecimal> targetOfEmployee(Long employeeId, PerformanceMetric metric, LocalDate from, LocalDate to) {
        return target(NodeKind.EMPLOYEE, employeeId, metric, from, to);
    }

    @Override
    public Optional<BigDecimal> targetOfStore(Long storeId, PerformanceMetric metric, LocalDate from, LocalDate to) {
        return target(NodeKind.STORE, storeId, metric, from, to);
    }

    private Optional<BigDecimal> target(NodeKind kind, Long refId, PerformanceMetric metric, LocalDate from, LocalDate to) {
        if (refId == null || from == null || to == null || to.isBefore(from)) {
            return Optional.empty();
        }
        BigDecimal total = BigDecimal.ZERO;
        boolean planned = false;
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            int first = year == from.getYear() ? from.getMonthValue() : 1;
            int last = year == to.getYear() ? to.getMonthValue() : 12;
            Integer nodes = jdbc.queryForObject("select count(*) from sales_plan_node n join sales_plan p on p.id = n.plan_id"
                    + " where p.status = 'APPROVED' and p.plan_year = ? and n.kind = ? and n.ref_id = ?", Integer.class,
                    year, kind.name(), refId);
            if (nodes == null || nodes == 0) {
                continue;
            }
            planned = true;
            BigDecimal sum = jdbc.queryForObject("select coalesce(sum(c.amount), 0) from sales_plan_cell c"
                    + " join sales_plan_node n on n.id = c.node_id join sales_plan p on p.id = c.plan_id"
                    + " where p.status = 'APPROVED' and p.plan_year = ? and n.kind = ? and n.ref_id = ? and c.metric = ?"
                    + " and c.plan_month between ? and ?", BigDecimal.class, year, kind.name(), refId, metric.name(),
                    first, last);
            total = total.add(sum);
        }
        return planned ? Optional.of(total) : Optional.empty();
    }
}
