package com.autosales.scorecards;

import java.math.BigDecimal;

/**
 * An indicator of an evaluation as pages and the API show it; {@code value} null means nothing to measure against
 * (no target plan, no leads, no survey) or, for a manual one, not scored yet.
 */
public record EvaluationLineView(Indicator indicator, boolean manual, int weight, BigDecimal target, RuleKind rule,
        BigDecimal cap, String thresholds, BigDecimal value, BigDecimal score, BigDecimal weightedScore) {

    public String valueText() {
        return manual ? (value == null ? "—" : value.stripTrailingZeros().toPlainString()) : indicator.format(value);
    }

    public String targetText() {
        return indicator.format(target);
    }

    /** The rule in short: "≤ 120" for linear to cap, the steps "100:100, 80:80" for thresholds. */
    public String ruleText() {
        if (manual) {
            return "0–100";
        }
        return rule == RuleKind.LINEAR_TO_CAP ? "≤ " + cap.stripTrailingZeros().toPlainString() : thresholds;
    }
}
