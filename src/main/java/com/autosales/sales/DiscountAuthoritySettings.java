package com.autosales.sales;

import com.autosales.access.CurrentUsers;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 折扣权限设置 — admins and the GM set, for their current store, each position's discount authority. */
@Service
@Transactional(readOnly = true)
class DiscountAuthoritySettings {

    /** A position of the store with its authority, and whether the store overrides the group default. */
    record Row(Long positionId, String positionName, DiscountAuthority authority, boolean storeOwn) {
    }

    private final DiscountAuthorityRules rules;
    private final OrgDirectory org;
    private final CurrentUsers currentUsers;
    private final AuditTrail audit;
    private final Clock clock;

    DiscountAuthoritySettings(DiscountAuthorityRules rules, OrgDirectory org, CurrentUsers currentUsers,
            AuditTrail audit, Clock clock) {
        this.rules = rules;
        this.org = org;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('sales:admin')")
    List<Row> table() {
        Long storeId = currentUsers.requireStore();
        Map<Long, String> positions = new TreeMap<>();
        org.currentEmployees().stream()
                .filter(e -> e.positionId() != null && e.unitId() != null
                        && org.storeOf(e.unitId()).map(storeId::equals).orElse(false))
                .sorted(Comparator.comparing(EmployeeView::positionId))
                .forEach(e -> positions.putIfAbsent(e.positionId(), e.positionName()));
        return positions.entrySet().stream().map(p -> {
            List<DiscountAuthorityRule> found = rules.forPosition(storeId, p.getKey());
            DiscountAuthority authority = found.isEmpty() ? DiscountAuthority.NONE : found.get(0).authority();
            boolean own = !found.isEmpty() && storeId.equals(found.get(0).storeId());
            return new Row(p.getKey(), p.getValue(), authority, own);
        }).toList();
    }

    @Transactional
    @PreAuthorize("hasAuthority('sales:admin')")
    void change(Long positionId, DiscountAuthority authority) {
        Long storeId = currentUsers.requireStore();
        DiscountAuthorityRule rule = rules.findByStoreIdAndPositionId(storeId, positionId)
                .orElseGet(() -> rules.save(new DiscountAuthorityRule(storeId, positionId)));
        DiscountAuthority before = rule.authority();
        rule.change(authority, currentUsers.current().username(), clock.instant());
        audit.record(AuditRecord.of("discount-authority", rule.positionId(), "UPDATE", String.valueOf(storeId),
                FieldChange.of("maxPercent", before.maxPercent(), authority.maxPercent()),
                FieldChange.of("maxAmount", before.maxAmount(), authority.maxAmount())));
    }
}
