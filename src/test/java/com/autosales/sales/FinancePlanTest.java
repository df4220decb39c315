package com.autosales.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.autosales.shared.DomainException;
import com.autosales.shared.Money;
import com.autosales.shared.Percentage;
import org.junit.jupiter.api.Test;

class FinancePlanTest {

    @Test
    void hundredThousandOverThirtySixMonthsAtFourPointFivePercentCosts2974_69AMonth() {
        FinancePlan plan = FinancePlan.of(Money.of(100_000), 36, Percentage.of("4.5"));
        assertThat(plan.monthlyPayment()).isEqualTo(Money.of("2974.69"));
        assertThat(plan.totalInterest()).isEqualTo(Money.of("7088.84"));
    }

    @Test
    void aZeroRateLoanSplitsThePrincipalEvenly() {
        FinancePlan plan = FinancePlan.of(Money.of(120_000), 36, Percentage.of("0"));
        assertThat(plan.monthlyPayment()).isEqualTo(Money.of("3333.33"));
        assertThat(plan.totalInterest()).isEqualTo(Money.ZERO);
    }

    @Test
    void twelveMonthsAtSixPercent() {
        // 60000 · 0.005 / (1 − 1.005^−12) = 5163.986…
        FinancePlan plan = FinancePlan.of(Money.of(60_000), 12, Percentage.of("6"));
        assertThat(plan.monthlyPayment()).isEqualTo(Money.of("5163.99"));
        assertThat(plan.totalInterest()).isEqualTo(Money.of("1967.88"));
    }

    @Test
    void halfAFenRoundsUp() {
        // 100.05 / 2 = 50.025 → 50.03 (HALF_UP, the one rule Money applies everywhere)
        assertThat(FinancePlan.of(Money.of("100.05"), 2, Percentage.of("0")).monthlyPayment()).isEqualTo(Money.of("50.03"));
        assertThat(Money.of("0.005")).isEqualTo(Money.of("0.01"));
        assertThat(Money.of("0.004")).isEqualTo(Money.ZERO);
    }

    @Test
    void refusesATermOutsideOneToTenYears() {
        assertThatThrownBy(() -> FinancePlan.of(Money.of(1000), 0, Percentage.of("3")))
                .isInstanceOf(DomainException.class).hasMessageContaining("sales.finance-term-invalid");
    }
}
