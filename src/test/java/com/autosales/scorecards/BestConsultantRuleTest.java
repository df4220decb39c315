package com.autosales.scorecards;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.scorecards.BestConsultantRule.Basis;
import com.autosales.scorecards.BestConsultantRule.Candidate;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 最佳销售代表: the rule printed on the leaderboard, with its ties. */
class BestConsultantRuleTest {

    private static Candidate c(long id, String no, String total, int units, String margin) {
        return new Candidate(id, no, "E" + id, total == null ? null : new BigDecimal(total), BigDecimal.valueOf(units),
                new BigDecimal(margin));
    }

    @Test
    void theHighestScorecardTotalWinsEvenWithFewerUnits() {
        var pick = BestConsultantRule.pick(List.of(c(1, "E1", "88.0", 5, "9000"), c(2, "E2", "91.5", 2, "3000"),
                c(3, "E3", null, 9, "20000"))).orElseThrow();
        assertThat(pick.winner().employeeId()).isEqualTo(2L);
        assertThat(pick.basis()).isEqualTo(Basis.SCORECARD);
    }

    @Test
    void equalTotalsGoToMoreUnitsThenMoreMarginThenTheLowerEmployeeNumber() {
        assertThat(BestConsultantRule.pick(List.of(c(1, "E1", "90.0", 3, "9000"), c(2, "E2", "90.0", 4, "1000")))
                .orElseThrow().winner().employeeId()).isEqualTo(2L);
        assertThat(BestConsultantRule.pick(List.of(c(1, "E1", "90.0", 4, "9000"), c(2, "E2", "90.0", 4, "9500")))
                .orElseThrow().winner().employeeId()).isEqualTo(2L);
        assertThat(BestConsultantRule.pick(List.of(c(2, "E2", "90.0", 4, "9000"), c(1, "E1", "90.0", 4, "9000")))
                .orElseThrow().winner().employeeId()).isEqualTo(1L);
    }

    @Test
    void withoutScorecardsTheMostUnitsWinThenTheMargin() {
        var pick = BestConsultantRule.pick(List.of(c(1, "E1", null, 3, "9000"), c(2, "E2", null, 3, "12000"),
                c(3, "E3", null, 1, "50000"))).orElseThrow();
        assertThat(pick.winner().employeeId()).isEqualTo(2L);
        assertThat(pick.basis()).isEqualTo(Basis.UNITS);
    }

    @Test
    void nobodyWinsAMonthWithoutScorecardsOrDeliveries() {
        assertThat(BestConsultantRule.pick(List.of(c(1, "E1", null, 0, "0")))).isEmpty();
    }
}
