package com.autosales.targets;

import com.autosales.performance.PerformanceMetric;
import java.math.BigDecimal;

/** A node whose children do not add up to it in a month: positive {@code difference} is unallocated, negative over. */
record Imbalance(PlanNode node, PerformanceMetric metric, int month, BigDecimal difference) {
}
