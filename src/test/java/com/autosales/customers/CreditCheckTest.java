package com.autosales.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.autosales.shared.DomainException;
import com.autosales.shared.Money;
import org.junit.jupiter.api.Test;

class CreditCheckTest {

    @Test
    void anOrderWithinTheAvailableCreditPasses() {
        CreditCheck check = CreditCheck.of(1L, Money.of(500_000), Money.of(300_000), Money.of(200_000));
        assertThat(check.exceedsLimit()).isFalse();
        assertThat(check.available()).isEqualTo(Money.of(200_000));
        assertThat(check.excess()).isEqualTo(Money.ZERO);
    }

    @Test
    void anOrderTakingExposureOverTheLimitSaysByHowMuch() {
        CreditCheck check = CreditCheck.of(1L, Money.of(500_000), Money.of(300_000), Money.of("250000.50"));
        assertThat(check.exceedsLimit()).isTrue();
        assertThat(check.excess()).isEqualTo(Money.of("50000.50"));
        assertThat(check.available()).isEqualTo(Money.of(200_000));
    }

    @Test
    void whenExposureIsAlreadyOverTheLimitNothingIsAvailableAndAnyOrderExceeds() {
        CreditCheck check = CreditCheck.of(1L, Money.of(500_000), Money.of(560_000), Money.of(1));
        assertThat(check.available()).isEqualTo(Money.ZERO);
        assertThat(check.exceedsLimit()).isTrue();
        assertThat(check.excess()).isEqualTo(Money.of(60_001));
    }

    @Test
    void withoutALimitNothingIsCheckedAndTheCallerIsTold() {
        CreditCheck check = CreditCheck.of(1L, null, Money.of(10_000), Money.of(1_000_000));
        assertThat(check.limitSet()).isFalse();
        assertThat(check.exceedsLimit()).isFalse();
    }

    @Test
    void aZeroLimitMeansCashOnly() {
        CreditCheck check = CreditCheck.of(1L, Money.ZERO, Money.ZERO, Money.of(100));
        assertThat(check.exceedsLimit()).isTrue();
        assertThat(check.excess()).isEqualTo(Money.of(100));
        assertThat(CreditCheck.of(1L, Money.ZERO, Money.ZERO, Money.ZERO).exceedsLimit()).isFalse();
    }

    @Test
    void aNegativeOrderIsRefused() {
        assertThatThrownBy(() -> CreditCheck.of(1L, Money.of(1), Money.ZERO, Money.of(-1)))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void theCardsUsageBarIsThePercentOfTheLimitInUseCappedAtAHundred() {
        assertThat(CreditView.usage(Money.of(200_000), Money.of(50_000))).isEqualTo(25);
        assertThat(CreditView.usage(Money.of(200_000), Money.of(500_000))).isEqualTo(100);
        assertThat(CreditView.usage(Money.ZERO, Money.of(1))).isEqualTo(100);
        assertThat(CreditView.usage(null, Money.of(1))).isZero();
    }
}
