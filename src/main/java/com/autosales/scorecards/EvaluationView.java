package com.autosales.scorecards;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An evaluation as pages and the API show it: the period, the template version used, each indicator and the total. */
public record EvaluationView(Long id, Long employeeId, String employeeName, Long storeId, Period.Kind periodKind,
        String period, LocalDate from, LocalDate to, Long templateId, String templateName, int templateVersionNo,
        EvaluationStatus status, BigDecimal total, List<EvaluationLineView> lines, String managerComment,
        String employeeComment, String computedBy, Instant computedAt, String submittedBy, Instant submittedAt,
        Instant acknowledgedAt, long version) {
}
