package com.autosales.targets;

import com.autosales.performance.PerformanceMetric;
import java.math.BigDecimal;
import java.util.List;

/**
 * A plan's progress for one metric up to a month: each visible node's month, quarter and year to date, and the twelve
 * months of one node for the chart (actuals only for months begun).
 */
public record ProgressView(PlanSummary plan, PerformanceMetric metric, int month, int quarter, List<Row> rows,
        Long chartNodeId, String chartNodeName, List<BigDecimal> chartTargets, List<BigDecimal> chartActuals) {

    /** Target, actual and the rate in percent (one decimal; null without a positive target). */
    public record Period(BigDecimal target, BigDecimal actual, BigDecimal percent) {
    }

    public record Row(Long nodeId, NodeKind kind, String name, int depth, Period month, Period quarter, Period yearToDate) {
    }
}
