package com.autosales.scorecards;

import com.autosales.shared.DomainException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The arithmetic of a scorecard: weights are whole percents adding up to exactly 100; an indicator's weighted score is
 * score × weight / 100; the total is the sum of the weighted scores rounded once to one decimal (HALF_UP).
 */
final class Scoring {

    static final int TOTAL_WEIGHT = 100;
    static final BigDecimal MAX_MANUAL = BigDecimal.valueOf(100);

    private Scoring() {
    }

    /** Refuses a template that cannot be scored, naming the problem; the weights must add up to exactly 100. */
    static void requireValid(List<TemplateLine> lines) {
        if (lines.isEmpty()) {
            throw new DomainException("scorecards.no-indicators");
        }
        Set<Indicator> seen = EnumSet.noneOf(Indicator.class);
        int sum = 0;
        for (TemplateLine line : lines) {
            if (!seen.add(line.indicator())) {
                throw new DomainException("scorecards.indicator-twice", line.indicator().label());
            }
            if (line.weight() <= 0 || line.weight() > TOTAL_WEIGHT) {
                throw new DomainException("scorecards.weight-invalid", line.indicator().label());
            }
            if (!line.indicator().manual() && (line.target() == null || line.target().signum() <= 0)) {
                throw new DomainException("scorecards.target-required", line.indicator().label());
            }
            line.rule().validate(line.indicator());
            sum += line.weight();
        }
        if (sum != TOTAL_WEIGHT) {
            throw new DomainException("scorecards.weights-not-100", String.valueOf(sum));
        }
    }

    static BigDecimal weighted(BigDecimal score, int weight) {
        return score.multiply(BigDecimal.valueOf(weight)).divide(BigDecimal.valueOf(TOTAL_WEIGHT), 4, RoundingMode.HALF_UP);
    }

    static BigDecimal total(Collection<BigDecimal> weightedScores) {
        return weightedScores.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(1, RoundingMode.HALF_UP);
    }

    /** A manager's score of a manual indicator: 0 to 100. */
    static void requireManualScore(Indicator indicator, BigDecimal score) {
        if (score != null && (score.signum() < 0 || score.compareTo(MAX_MANUAL) > 0)) {
            throw new DomainException("scorecards.manual-score-invalid", indicator.label());
        }
    }
}
