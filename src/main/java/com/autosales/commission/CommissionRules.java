package com.autosales.commission;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommissionRules extends JpaRepository<CommissionRule, Long> {

    @Query("select r from CommissionRule r where (:allStores = true or r.storeId in :storeIds)"
            + " order by r.storeId, r.positionCode, r.kind, r.validFrom desc, r.id")
    List<CommissionRule> inStores(boolean allStores, Collection<Long> storeIds);

    List<CommissionRule> findByStoreIdAndPositionCodeAndKind(Long storeId, String positionCode, CommissionKind kind);

    /** The store's rules in force on some day of the period. */
    @Query("select r from CommissionRule r where r.storeId = :storeId and r.validFrom <= :to"
            + " and (r.validTo is null or r.validTo >= :from) order by r.id")
    List<CommissionRule> inForce(Long storeId, LocalDate from, LocalDate to);

    /** The last day of the latest approved month whose statement used the rule (as a line or as its tier), or null. */
    @Query("select max(s.periodStart) from CommissionStatement s join s.lines l"
            + " where s.status = com.autosales.commission.StatementStatus.APPROVED"
            + " and (l.ruleId = :ruleId or l.tierRuleId = :ruleId)")
    LocalDate lastApprovedMonthUsing(Long ruleId);
}
