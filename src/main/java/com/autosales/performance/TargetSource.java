package com.autosales.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.Optional;

/**
 * Where targets come from — the sales plans (the targets module implements this). A target covers whole months;
 * for a period it is the sum of the months the period covers, from the plan version in force (approved).
 */
public interface TargetSource {

    /** The employee's target of a metric for the months from {@code from} to {@code to}, if a plan gives one. */
    Optional<BigDecimal> targetOfEmployee(Long employeeId, PerformanceMetric metric, LocalDate from, LocalDate to);

    /** The store's target of a metric for the months from {@code from} to {@code to}, if a plan gives one. */
    Optional<BigDecimal> targetOfStore(Long storeId, PerformanceMetric metric, LocalDate from, LocalDate to);

    /**
     * Every metric's target of each of these employees for the months from {@code from} to {@code to}: an employee no
     * plan covers is absent, a planned one has a figure for each metric his plan gives (a missing metric is zero).
     * The same as {@link #targetOfEmployee} for each, in a few queries for a whole store's or group's people.
     */
    default Map<Long, Map<PerformanceMetric, BigDecimal>> targetsOfEmployees(Collection<Long> employeeIds, LocalDate from,
            LocalDate to) {
        return each(employeeIds, (id, metric) -> targetOfEmployee(id, metric, from, to));
    }

    /** Every metric's target of each of these stores, as {@link #targetsOfEmployees} for people. */
    default Map<Long, Map<PerformanceMetric, BigDecimal>> targetsOfStores(Collection<Long> storeIds, LocalDate from,
            LocalDate to) {
        return each(storeIds, (id, metric) -> targetOfStore(id, metric, from, to));
    }

    private static Map<Long, Map<PerformanceMetric, BigDecimal>> each(Collection<Long> ids,
            BiFunction<Long, PerformanceMetric, Optional<BigDecimal>> target) {
        Map<Long, Map<PerformanceMetric, BigDecimal>> result = new HashMap<>();
        for (Long id : ids) {
            for (PerformanceMetric metric : PerformanceMetric.values()) {
                target.apply(id, metric).ifPresent(t -> result.computeIfAbsent(id, k -> new EnumMap<>(PerformanceMetric.class))
                        .put(metric, t));
            }
        }
        return result;
    }
}
