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
import java.util.function.Function;
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
            return sum(stores, id -> source.targetOfStore(id, metric, from, to));
        }
        return sum(scope.ownerIds(), id -> source.targetOfEmployee(id, metric, from, to));
    }

    /** One employee's target (the consultant rows of a report). */
    Optional<BigDecimal> ofEmployee(Long employeeId, PerformanceMetric metric, LocalDate from, LocalDate to) {
        TargetSource source = targets.getIfUnique();
        return source == null ? Optional.empty() : source.targetOfEmployee(employeeId, metric, from, to);
    }

    private static Optional<BigDecimal> sum(Collection<Long> ids, Function<Long, Optional<BigDecimal>> target) {
        Optional<BigDecimal> total = Optional.empty();
        for (Long id : ids) {
            Optional<BigDecimal> one = target.apply(id);
            if (one.isPresent()) {
                total = Optional.of(total.orElse(BigDecimal.ZERO).add(one.get()));
            }
        }
        return total;
    }
}
