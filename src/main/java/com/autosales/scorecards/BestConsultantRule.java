package com.autosales.scorecards;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 最佳销售代表 — the month's best consultant: the highest total of a finished (submitted or acknowledged) monthly
 * scorecard; ties go to more units delivered, then more gross margin, then the lower employee number. Without any
 * finished scorecard of the month: the most units delivered, then more gross margin, then the lower employee number.
 * Nobody without a scorecard or a delivery is picked. The pages print this rule (scorecards.best.rule).
 */
final class BestConsultantRule {

    /** Who may be picked and the figures the rule looks at; {@code scorecardTotal} null without a finished scorecard. */
    record Candidate(Long employeeId, String employeeNo, String name, BigDecimal scorecardTotal, BigDecimal units,
            BigDecimal margin) {
    }

    enum Basis { SCORECARD, UNITS }

    record Pick(Candidate winner, Basis basis) {
    }

    private static final Comparator<Candidate> BY_UNITS_THEN_MARGIN = Comparator
            .comparing(Candidate::units, Comparator.reverseOrder())
            .thenComparing(Candidate::margin, Comparator.reverseOrder())
            .thenComparing(Candidate::employeeNo, Comparator.nullsLast(Comparator.naturalOrder()));

    private BestConsultantRule() {
    }

    static Optional<Pick> pick(List<Candidate> candidates) {
        if (candidates.stream().anyMatch(c -> c.scorecardTotal() != null)) {
            return candidates.stream().filter(c -> c.scorecardTotal() != null)
                    .sorted(Comparator.comparing(Candidate::scorecardTotal, Comparator.reverseOrder())
                            .thenComparing(BY_UNITS_THEN_MARGIN))
                    .findFirst().map(c -> new Pick(c, Basis.SCORECARD));
        }
        return candidates.stream().filter(c -> c.units().signum() > 0).sorted(BY_UNITS_THEN_MARGIN).findFirst()
                .map(c -> new Pick(c, Basis.UNITS));
    }
}
