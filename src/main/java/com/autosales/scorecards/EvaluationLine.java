package com.autosales.scorecards;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An indicator as evaluated: the template's weight, target and rule as they were, the value measured (or the
 * manager's score for a manual one), the score and the weighted score.
 */
@Embeddable
public class EvaluationLine {

    @Enumerated(EnumType.STRING)
    private Indicator indicator;
    private int weight;
    private BigDecimal target;
    @Enumerated(EnumType.STRING)
    private RuleKind ruleKind;
    @Column(name = "score_cap")
    private BigDecimal cap;
    private String thresholds;
    @Column(name = "measured")
    private BigDecimal value;
    private BigDecimal score;
    private BigDecimal weightedScore;

    protected EvaluationLine() {
    }

    /** Scores a template line: measured indicators by their rule, manual ones by the manager's score (0 until given). */
    static EvaluationLine scored(TemplateLine line, BigDecimal measured, BigDecimal manualScore) {
        EvaluationLine e = new EvaluationLine();
        e.indicator = line.indicator();
        e.weight = line.weight();
        e.target = line.target();
        ScoringRule rule = line.rule();
        e.ruleKind = rule.kind();
        e.cap = rule.cap();
        e.thresholds = rule.kind() == RuleKind.THRESHOLDS ? rule.thresholdsText() : null;
        if (line.indicator().manual()) {
            e.value = manualScore;
            e.score = manualScore == null ? BigDecimal.ZERO.setScale(2) : manualScore.setScale(2, RoundingMode.HALF_UP);
        } else {
            e.value = measured;
            e.score = rule.score(measured, line.target());
        }
        e.weightedScore = Scoring.weighted(e.score, e.weight);
        return e;
    }

    public Indicator indicator() { return indicator; }
    public int weight() { return weight; }
    public BigDecimal target() { return target; }
    public BigDecimal value() { return value; }
    public BigDecimal score() { return score; }
    public BigDecimal weightedScore() { return weightedScore; }

    ScoringRule rule() {
        return new ScoringRule(ruleKind, cap, Threshold.parse(thresholds));
    }

    EvaluationLineView view() {
        return new EvaluationLineView(indicator, indicator.manual(), weight, target, ruleKind, cap,
                thresholds, value, score, weightedScore);
    }
}
