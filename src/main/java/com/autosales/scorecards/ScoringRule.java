package com.autosales.scorecards;

import com.autosales.shared.DomainException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * 计分规则 — "linear to cap" (value / target × 100, at most the cap) or "thresholds" (the score of the highest step the
 * attainment reaches, else 0). Scores have two decimals (HALF_UP); no value or no positive target scores 0.
 */
public record ScoringRule(RuleKind kind, BigDecimal cap, List<Threshold> thresholds) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ScoringRule {
        thresholds = thresholds == null ? List.of()
                : thresholds.stream().sorted(Comparator.comparing(Threshold::from).reversed()).toList();
    }

    static ScoringRule linear(BigDecimal cap) {
        return new ScoringRule(RuleKind.LINEAR_TO_CAP, cap, List.of());
    }

    static ScoringRule thresholds(List<Threshold> steps) {
        return new ScoringRule(RuleKind.THRESHOLDS, null, steps);
    }

    /** Refuses a rule that cannot score: no kind, a cap not above 0, no steps, or a negative step. */
    void validate(Indicator indicator) {
        if (kind == null) {
            throw new DomainException("scorecards.rule-required", indicator.label());
        }
        if (kind == RuleKind.LINEAR_TO_CAP && (cap == null || cap.signum() <= 0)) {
            throw new DomainException("scorecards.cap-invalid", indicator.label());
        }
        if (kind == RuleKind.THRESHOLDS && (thresholds.isEmpty()
                || thresholds.stream().anyMatch(t -> t.from().signum() < 0 || t.score().signum() < 0))) {
            throw new DomainException("scorecards.thresholds-invalid", indicator.label());
        }
    }

    BigDecimal score(BigDecimal value, BigDecimal target) {
        if (value == null || target == null || target.signum() <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal percent = value.multiply(HUNDRED).divide(target, 4, RoundingMode.HALF_UP);
        BigDecimal score = switch (kind) {
            case LINEAR_TO_CAP -> percent.max(BigDecimal.ZERO).min(cap);
            case THRESHOLDS -> thresholds.stream().filter(t -> percent.compareTo(t.from()) >= 0).findFirst()
                    .map(Threshold::score).orElse(BigDecimal.ZERO);
        };
        return score.setScale(2, RoundingMode.HALF_UP);
    }

    public String thresholdsText() {
        return Threshold.format(thresholds);
    }
}
