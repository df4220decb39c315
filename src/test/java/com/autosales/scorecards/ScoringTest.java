package com.autosales.scorecards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.autosales.shared.DomainException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scoring rules and the weighted total, each figure worked out by hand. */
class ScoringTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void linearScoresValueOverTargetAndStopsAtTheCap() {
        ScoringRule rule = ScoringRule.linear(d("120"));
        assertThat(rule.score(d("3"), d("4"))).isEqualByComparingTo("75.00");        // 3 / 4 × 100
        assertThat(rule.score(d("2"), d("3"))).isEqualByComparingTo("66.67");        // 66.666… HALF_UP
        assertThat(rule.score(d("500000"), d("400000"))).isEqualByComparingTo("120"); // 125 capped at 120
        assertThat(rule.score(null, d("4"))).as("nothing measured").isEqualByComparingTo("0");
        assertThat(rule.score(d("3"), null)).as("no target").isEqualByComparingTo("0");
    }

    @Test
    void thresholdsGiveTheScoreOfTheHighestStepReached() {
        ScoringRule rule = ScoringRule.thresholds(Threshold.parse("80:80, 100:100"));
        assertThat(rule.score(d("100"), d("100"))).isEqualByComparingTo("100");
        assertThat(rule.score(d("17"), d("20"))).as("85 %").isEqualByComparingTo("80");
        assertThat(rule.score(d("79.9"), d("100"))).isEqualByComparingTo("0");
        assertThat(rule.thresholdsText()).isEqualTo("100:100, 80:80");
        assertThatThrownBy(() -> Threshold.parse("100-100")).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("scorecards.thresholds-invalid");
    }

    @Test
    void weightsMustAddUpToExactlyHundred() {
        List<TemplateLine> ninety = List.of(
                new TemplateLine(Indicator.DELIVERIES, 60, d("4"), ScoringRule.linear(d("120"))),
                new TemplateLine(Indicator.TEAMWORK, 30, null, ScoringRule.linear(d("100"))));
        assertThatThrownBy(() -> Scoring.requireValid(ninety)).isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).code()).isEqualTo("scorecards.weights-not-100");
                    assertThat(((DomainException) e).args()).containsExactly("90");
                });
        Scoring.requireValid(List.of(
                new TemplateLine(Indicator.DELIVERIES, 70, d("4"), ScoringRule.linear(d("120"))),
                new TemplateLine(Indicator.TEAMWORK, 30, null, ScoringRule.linear(d("100")))));
        assertThatThrownBy(() -> Scoring.requireValid(List.of(
                new TemplateLine(Indicator.DELIVERIES, 100, null, ScoringRule.linear(d("120"))))))
                .as("a measured indicator needs a target").isInstanceOf(DomainException.class);
    }

    @Test
    void theTotalIsTheSumOfWeightedScoresRoundedOnceToOneDecimal() {
        ScorecardTemplate template = new ScorecardTemplate("sales-consultant", 1, "顾问", List.of(
                new TemplateLine(Indicator.DELIVERIES, 15, d("3"), ScoringRule.linear(d("120"))),
                new TemplateLine(Indicator.NEW_LEADS, 45, d("8"), ScoringRule.linear(d("120"))),
                new TemplateLine(Indicator.TARGET_ATTAINMENT, 30, d("100"), ScoringRule.thresholds(Threshold.parse("100:100, 80:80"))),
                new TemplateLine(Indicator.TEAMWORK, 10, null, ScoringRule.linear(d("100")))), "李明", null);
        Evaluation evaluation = new Evaluation(1L, "张伟", 1L, Period.parse("2026-12"));
        evaluation.compute(template, java.util.Map.of(Indicator.DELIVERIES, d("2"), Indicator.NEW_LEADS, d("7"),
                Indicator.TARGET_ATTAINMENT, d("85.0")), "李明", null);
        // 2/3 → 66.67 × 15 % = 10.0005; 7/8 → 87.50 × 45 % = 39.375; 85 % → step 80 × 30 % = 24; teamwork not scored yet: 0
        assertThat(evaluation.total()).isEqualByComparingTo("73.4"); // 73.3755 → 73.4
        evaluation.enterManual(java.util.Map.of(Indicator.TEAMWORK, d("87")), "好");
        // + 87 × 10 % = 8.7 → 82.0755 → 82.1
        assertThat(evaluation.total()).isEqualByComparingTo("82.1");
        assertThat(evaluation.view().lines()).extracting(EvaluationLineView::weightedScore)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("10.0005"), d("39.375"), d("24"), d("8.7"));
    }

    @Test
    void periodsAreMonthsOrQuarters() {
        assertThat(Period.parse("2026-Q4")).isEqualTo(new Period(Period.Kind.QUARTER, "2026-Q4",
                java.time.LocalDate.of(2026, 10, 1), java.time.LocalDate.of(2026, 12, 31)));
        assertThat(Period.parse("2026-02").to()).isEqualTo(java.time.LocalDate.of(2026, 2, 28));
        assertThatThrownBy(() -> Period.parse("2026-13")).isInstanceOf(DomainException.class);
    }
}
