package com.autosales.targets;

import com.autosales.performance.PerformanceMetric;
import com.autosales.performance.TargetSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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

    @Override
    public Map<Long, Map<PerformanceMetric, BigDecimal>> targetsOfEmployees(Collection<Long> employeeIds, LocalDate from,
            LocalDate to) {
        return targets(NodeKind.EMPLOYEE, employeeIds, from, to);
    }

    @Override
    public Map<Long, Map<PerformanceMetric, BigDecimal>> targetsOfStores(Collection<Long> storeIds, LocalDate from,
            LocalDate to) {
        return targets(NodeKind.STORE, storeIds, from, to);
    }

    /** {@link #target} for many nodes and every metric at once: two queries per plan year and 1,000 nodes. */
    private Map<Long, Map<PerformanceMetric, BigDecimal>> targets(NodeKind kind, Collection<Long> refIds, LocalDate from,
            LocalDate to) {
        Map<Long, Map<PerformanceMetric, BigDecimal>> result = new HashMap<>();
        if (refIds.isEmpty() || from == null || to == null || to.isBefore(from)) {
            return result;
        }
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        List<Long> ids = refIds.stream().filter(Objects::nonNull).distinct().toList();
        for (int start = 0; start < ids.size(); start += CHUNK) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
            for (int year = from.getYear(); year <= to.getYear(); year++) {
                MapSqlParameterSource params = new MapSqlParameterSource("year", year).addValue("kind", kind.name())
                        .addValue("ids", chunk)
                        .addValue("first", year == from.getYear() ? from.getMonthValue() : 1)
                        .addValue("last", year == to.getYear() ? to.getMonthValue() : 12);
                named.query("select distinct n.ref_id from sales_plan_node n join sales_plan p on p.id = n.plan_id"
                        + " where p.status = 'APPROVED' and p.plan_year = :year and n.kind = :kind and n.ref_id in (:ids)",
                        params, (ResultSet rs) -> {
                            result.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(PerformanceMetric.class));
                        });
                named.query("select n.ref_id, c.metric, sum(c.amount) from sales_plan_cell c"
                        + " join sales_plan_node n on n.id = c.node_id join sales_plan p on p.id = c.plan_id"
                        + " where p.status = 'APPROVED' and p.plan_year = :year and n.kind = :kind and n.ref_id in (:ids)"
                        + " and c.plan_month between :first and :last group by n.ref_id, c.metric", params, (ResultSet rs) -> {
                            PerformanceMetric metric = METRICS.get(rs.getString(2));
                            if (metric != null && rs.getBigDecimal(3) != null) {
                                result.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(PerformanceMetric.class))
                                        .merge(metric, rs.getBigDecimal(3), BigDecimal::add);
                            }
                        });
            }
        }
        // a planned node has every metric, zero where its plan gives none (as target() sums nothing to zero)
        result.values().forEach(m -> {
            for (PerformanceMetric metric : PerformanceMetric.values()) {
                m.putIfAbsent(metric, BigDecimal.ZERO);
            }
        });
        return result;
    }

    private static final int CHUNK = 1000;
    private static final Map<String, PerformanceMetric> METRICS = Arrays.stream(PerformanceMetric.values())
            .collect(Collectors.toMap(Enum::name, m -> m));
}
