package com.autosales.reports;

import com.autosales.access.RecordScope;
import com.autosales.org.OrgDirectory;
import com.autosales.org.UnitView;
import com.autosales.performance.PerformanceMetric;
import com.autosales.performance.TargetSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The approved sales plans' targets for what a reader sees: the stores' targets when he sees whole stores, else the
 * sum of the targets of the people he sees. Empty when no approved plan covers any of them.
 */
@Component
class SalesTargets {

    private final ObjectProvider<TargetSource> targets;
    private final OrgDirectory org;

    SalesTargets(ObjectProvider<TargetSource> targets, OrgDirectory org) {
        this.targets = targets;
        this.org = org;
    }

    Optional<BigDecimal> of(RecordScope scope, PerformanceMetric metric, LocalDate from, LocalDate to) {
        TargetSource source = targets.getIfUnique();
        if (source == null) {
            return Optional.empty();
        }
        if (scope.allOwners()) {
            Collection<Long> stores = scope.allStores() ? org.stores().stream().map(UnitView::id).toList() : scope.storeIds();
            return sum(source.targetsOfStores(stores, from, to), metric);
        }
        return sum(source.targetsOfEmployees(scope.ownerIds(), from, to), metric);
    }

    /** Each of these employees' target (the consultant rows of a report); an employee without a plan is absent. */
    Map<Long, BigDecimal> ofEmployees(Collection<Long> employeeIds, PerformanceMetric metric, LocalDate from, LocalDate to) {
        TargetSource source = targets.getIfUnique();
        Map<Long, BigDecimal> result = new HashMap<>();
        if (source != null) {
            source.targetsOfEmployees(employeeIds, from, to)
                    .forEach((id, planned) -> result.put(id, planned.getOrDefault(metric, BigDecimal.ZERO)));
        }
        return result;
    }

    /** The sum of the planned ones' targets, empty when none is planned. */
    private static Optional<BigDecimal> sum(Map<Long, Map<PerformanceMetric, BigDecimal>> planned, PerformanceMetric metric) {
        return planned.values().stream().map(p -> p.getOrDefault(metric, BigDecimal.ZERO)).reduce(BigDecimal::add);
    }
}
