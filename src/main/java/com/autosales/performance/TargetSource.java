package com.autosales.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
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
}
