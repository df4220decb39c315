package com.autosales.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 达成率 — actual against target for an employee or a store over whole months: the actual from the facts, the target
 * from the {@link TargetSource} (none when no approved plan covers the period). Units count quantities, money metrics
 * amounts.
 */
@Service
@Transactional(readOnly = true)
public class Attainment {

    private final PerformanceQueries queries;
    private final ObjectProvider<TargetSource> targets;

    Attainment(PerformanceQueries queries, ObjectProvider<TargetSource> targets) {
        this.queries = queries;
        this.targets = targets;
    }

    public Result ofEmployee(Long employeeId, PerformanceMetric metric, LocalDate from, LocalDate to) {
        BigDecimal actual = valueOf(metric, queries.ofEmployees(List.of(employeeId), from, to).get(metric));
        Optional<BigDecimal> target = Optional.ofNullable(targets.getIfUnique())
                .flatMap(t -> t.targetOfEmployee(employeeId, metric, from, to));
        return new Result(metric, actual, target.orElse(null));
    }

    public Result ofStore(Long storeId, PerformanceMetric metric, LocalDate from, LocalDate to) {
        BigDecimal actual = valueOf(metric, queries.ofStores(List.of(storeId), from, to).get(metric));
        Optional<BigDecimal> target = Optional.ofNullable(targets.getIfUnique())
                .flatMap(t -> t.targetOfStore(storeId, metric, from, to));
        return new Result(metric, actual, target.orElse(null));
    }

    /**
     * Each employee's results of these metrics (in their order), the same as {@link #ofEmployee} for each, in a few
     * queries for all of them; every employee asked for is in the map.
     */
    public Map<Long, List<Result>> ofEachEmployee(Collection<Long> employeeIds, List<PerformanceMetric> metrics,
            LocalDate from, LocalDate to) {
        Map<Long, Map<PerformanceMetric, BigDecimal>> planned = Optional.ofNullable(targets.getIfUnique())
                .map(t -> t.targetsOfEmployees(employeeIds, from, to)).orElse(Map.of());
        return results(employeeIds, metrics, queries.eachEmployee(employeeIds, from, to), planned);
    }

    /** Each store's results of these metrics (in their order), the same as {@link #ofStore} for each. */
    public Map<Long, List<Result>> ofEachStore(Collection<Long> storeIds, List<PerformanceMetric> metrics, LocalDate from,
            LocalDate to) {
        Map<Long, Map<PerformanceMetric, BigDecimal>> planned = Optional.ofNullable(targets.getIfUnique())
                .map(t -> t.targetsOfStores(storeIds, from, to)).orElse(Map.of());
        return results(storeIds, metrics, queries.eachStore(storeIds, from, to), planned);
    }

    private static Map<Long, List<Result>> results(Collection<Long> ids, List<PerformanceMetric> metrics,
            Map<Long, Map<PerformanceMetric, Figure>> actuals, Map<Long, Map<PerformanceMetric, BigDecimal>> planned) {
        Map<Long, List<Result>> results = new HashMap<>();
        for (Long id : ids) {
            Map<PerformanceMetric, Figure> figures = actuals.getOrDefault(id, Map.of());
            Map<PerformanceMetric, BigDecimal> target = planned.get(id);
            results.put(id, metrics.stream().map(m -> new Result(m, valueOf(m, figures.getOrDefault(m, Figure.ZERO)),
                    target == null ? null : target.getOrDefault(m, BigDecimal.ZERO))).toList());
        }
        return results;
    }

    /** Units (orders, deliveries, customers, leads, …) count quantities; revenue, margin and collections count money. */
    public static BigDecimal valueOf(PerformanceMetric metric, Figure figure) {
        return switch (metric) {
            case REVENUE, GROSS_MARGIN, COLLECTIONS -> figure.amount();
            case SATISFACTION -> figure.average();
            default -> figure.quantity();
        };
    }

    /** Actual and target (null: no plan); the rate in percent with one decimal, null without a positive target. */
    public record Result(PerformanceMetric metric, BigDecimal actual, BigDecimal target) {

        public BigDecimal percent() {
            if (target == null || target.signum() <= 0) {
                return null;
            }
            return actual.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
        }
    }
}
