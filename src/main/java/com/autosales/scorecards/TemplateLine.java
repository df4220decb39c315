package com.autosales.scorecards;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One indicator of a template: its weight (of 100), its target and its scoring rule. Manual ones need no target. */
@Embeddable
public class TemplateLine {

    @Enumerated(EnumType.STRING)
    private Indicator indicator;
    private int weight;
    private BigDecimal target;
    @Enumerated(EnumType.STRING)
    private RuleKind ruleKind;
    @Column(name = "score_cap")
    private BigDecimal cap;
    private String thresholds;

    protected TemplateLine() {
    }

    public TemplateLine(Indicator indicator, int weight, BigDecimal target, ScoringRule rule) {
        this.indicator = indicator;
        this.weight = weight;
        this.target = indicator.manual() ? null : target;
        this.ruleKind = rule.kind();
        this.cap = rule.kind() == RuleKind.LINEAR_TO_CAP ? rule.cap() : null;
        this.thresholds = rule.kind() == RuleKind.THRESHOLDS ? rule.thresholdsText() : null;
    }

    public Indicator indicator() { return indicator; }
    public int weight() { return weight; }
    public BigDecimal target() { return target; }

    public ScoringRule rule() {
        return new ScoringRule(ruleKind, cap, Threshold.parse(thresholds));
    }

    /** The same line as a value, to tell whether a template changed. */
    String describe() {
        return indicator + " " + weight + "% target " + (target == null ? "-" : target.stripTrailingZeros().toPlainString())
                + " " + ruleKind + (cap == null ? "" : " cap " + cap.stripTrailingZeros().toPlainString())
                + (thresholds == null ? "" : " [" + thresholds + "]");
    }
}
