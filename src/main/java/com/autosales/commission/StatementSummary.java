package com.autosales.commission;

import java.math.BigDecimal;

/** A row of the month's list: one person's statement with its line count and total. */
public record StatementSummary(Long id, Long employeeId, String employeeName, String month, StatementStatus status,
        BigDecimal attainmentPercent, boolean hasTiers, int lines, BigDecimal total) {
}
