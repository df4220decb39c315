package com.autosales.commission;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A statement with its lines, the totals per kind (in the order of {@link CommissionKind}) and the grand total.
 * {@code attainmentPercent} is null when there was no target (the tiers then paid 100 %); {@code hasTiers} says
 * whether a tier rule applied at all.
 */
public record StatementView(Long id, Long storeId, Long employeeId, String employeeName, String month,
        LocalDate periodStart, StatementStatus status, BigDecimal attainmentPercent, boolean hasTiers,
        List<LineView> lines, Map<CommissionKind, BigDecimal> totalsByKind, BigDecimal total, Instant calculatedAt,
        String calculatedBy, String submittedBy, Instant submittedAt, String decidedBy, Instant decidedAt,
        String returnComment, long version) {

    public boolean draft() {
        return status == StatementStatus.DRAFT;
    }
}
