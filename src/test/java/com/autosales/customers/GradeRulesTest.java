package com.autosales.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.shared.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GradeRulesTest {

    private final GradeRules rules = GradeRules.DEFAULT;

    @Test
    void aCustomerWithAMillionInRevenueAndEightPercentMarginIsGradeA() {
        assertThat(rules.gradeFor(Money.of(1_000_000), Money.of(80_000))).isEqualTo(Grade.A);
        assertThat(rules.gradeFor(Money.of(3_000_000), Money.of(300_000))).isEqualTo(Grade.A);
    }

    @Test
    void aMillionInRevenueAtAThinMarginIsOnlyGradeB() {
        assertThat(rules.gradeFor(Money.of(1_000_000), Money.of(79_999))).isEqualTo(Grade.B);
    }

    @Test
    void twoHundredThousandIsGradeBAndLessIsGradeC() {
        assertThat(rules.gradeFor(Money.of(200_000), Money.ZERO)).isEqualTo(Grade.B);
        assertThat(rules.gradeFor(Money.of("199999.99"), Money.of(50_000))).isEqualTo(Grade.C);
        assertThat(rules.gradeFor(Money.ZERO, Money.ZERO)).isEqualTo(Grade.C);
    }

    @Test
    void aStoreMayAskForAMarginForGradeBToo() {
        GradeRules strict = new GradeRules(new BigDecimal("500000"), new BigDecimal("10"), new BigDecimal("100000"),
                new BigDecimal("5"));
        assertThat(strict.gradeFor(Money.of(150_000), Money.of(6_000))).isEqualTo(Grade.C);
        assertThat(strict.gradeFor(Money.of(150_000), Money.of(7_500))).isEqualTo(Grade.B);
        assertThat(strict.gradeFor(Money.of(600_000), Money.of(60_000))).isEqualTo(Grade.A);
    }

    @Test
    void theMarginIsAPercentOfRevenueAndZeroWithoutRevenue() {
        assertThat(GradeRules.marginPercent(Money.of(1_200_000), Money.of(101_800))).isEqualByComparingTo("8.48");
        assertThat(GradeRules.marginPercent(Money.ZERO, Money.of(100))).isEqualByComparingTo("0");
        assertThat(GradeRules.marginPercent(Money.of(100), Money.of(-5))).isEqualByComparingTo("-5");
    }

    @Test
    void gradeAMayNotAskLessThanGradeB() {
        assertThat(rules.consistent()).isTrue();
        assertThat(new GradeRules(new BigDecimal("100"), new BigDecimal("8"), new BigDecimal("200"), BigDecimal.ZERO)
                .consistent()).isFalse();
        assertThat(new GradeRules(new BigDecimal("300"), new BigDecimal("2"), new BigDecimal("200"), new BigDecimal("3"))
                .consistent()).isFalse();
    }
}
