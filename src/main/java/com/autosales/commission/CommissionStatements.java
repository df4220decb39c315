package com.autosales.commission;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Statements; readers' finders take their data scope (store; the employee for own-records scopes) and whether they
 * see drafts (only those who prepare statements do).
 */
interface CommissionStatements extends JpaRepository<CommissionStatement, Long> {

    String IN_SCOPE = "(:allStores = true or s.storeId in :storeIds) and (:allOwners = true or s.employeeId in :ownerIds)"
            + " and (:withDrafts = true or s.status <> com.autosales.commission.StatementStatus.DRAFT)";

    @Query("select s from CommissionStatement s where s.id = :id and " + IN_SCOPE)
    Optional<CommissionStatement> findVisible(Long id, boolean allStores, Collection<Long> storeIds, boolean allOwners,
            Collection<Long> ownerIds, boolean withDrafts);

    @Query("select s from CommissionStatement s where s.periodStart = :month and " + IN_SCOPE
            + " order by s.storeId, s.employeeName, s.id")
    List<CommissionStatement> ofMonth(LocalDate month, boolean allStores, Collection<Long> storeIds, boolean allOwners,
            Collection<Long> ownerIds, boolean withDrafts);

    Optional<CommissionStatement> findByEmployeeIdAndPeriodStart(Long employeeId, LocalDate periodStart);
}
