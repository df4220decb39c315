package com.autosales.scorecards;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Evaluations; readers' finders take their data scope (store, and the evaluated employee for own/team scopes). */
interface Evaluations extends JpaRepository<Evaluation, Long> {

    String IN_SCOPE = "(:allStores = true or e.storeId in :storeIds) and (:allOwners = true or e.employeeId in :ownerIds)";

    boolean existsByTemplateIdAndStatusNot(Long templateId, EvaluationStatus status);

    Optional<Evaluation> findByEmployeeIdAndPeriodKindAndPeriodFrom(Long employeeId, Period.Kind kind, LocalDate from);

    @Query("select e from Evaluation e where e.id = :id and " + IN_SCOPE)
    Optional<Evaluation> findVisible(Long id, boolean allStores, Collection<Long> storeIds, boolean allOwners,
            Collection<Long> ownerIds);

    @Query("select e from Evaluation e where " + IN_SCOPE + " and (:employeeId is null or e.employeeId = :employeeId)"
            + " and (:period is null or e.periodLabel = :period) order by e.periodFrom desc, e.employeeName, e.id")
    Page<Evaluation> list(boolean allStores, Collection<Long> storeIds, boolean allOwners, Collection<Long> ownerIds,
            Long employeeId, String period, Pageable page);

    /** The month's finished (submitted or acknowledged) monthly evaluations of a store, for the best consultant. */
    default List<Evaluation> finishedOfMonth(Long storeId, LocalDate from) {
        return findByStoreIdAndPeriodKindAndPeriodFromAndStatusNot(storeId, Period.Kind.MONTH, from, EvaluationStatus.DRAFT);
    }

    List<Evaluation> findByStoreIdAndPeriodKindAndPeriodFromAndStatusNot(Long storeId, Period.Kind kind, LocalDate from,
            EvaluationStatus status);
}
