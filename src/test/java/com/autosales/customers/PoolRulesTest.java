package com.autosales.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.autosales.shared.DomainException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PoolRulesTest {

    private static final PoolRule GRADE_B = new PoolRule("B", 15, 90, 3);
    private static final LocalDate CREATED = LocalDate.of(2026, 1, 10);
    private static final PoolLimits LIMITS = new PoolLimits(50, 5, 30);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void aCustomerNeverFollowedUpReturnsTheConfiguredDaysAfterRegistrationWithAReminderBefore() {
        PoolForecast f = PoolRules.forecast(GRADE_B, CREATED, null, null, null).orElseThrow();
        assertThat(f.dueDate()).isEqualTo(LocalDate.of(2026, 1, 25));
        assertThat(f.kind()).isEqualTo(PoolRuleKind.NO_CONTACT);
        assertThat(f.days()).isEqualTo(15);
        assertThat(f.grade()).isEqualTo("B");
        assertThat(f.reminderDate()).isEqualTo(LocalDate.of(2026, 1, 22));
    }

    @Test
    void theLastFollowUpRestartsTheClockAndTheDealRuleWinsWhenItFallsDueFirst() {
        LocalDate contact = LocalDate.of(2026, 11, 20);
        PoolForecast f = PoolRules.forecast(GRADE_B, LocalDate.of(2026, 8, 1), contact, null, null).orElseThrow();
        assertThat(f.kind()).isEqualTo(PoolRuleKind.NO_DEAL);
        assertThat(f.dueDate()).isEqualTo(LocalDate.of(2026, 10, 30));
        PoolForecast followedUp = PoolRules.forecast(GRADE_B, LocalDate.of(2026, 10, 1), contact, null, null).orElseThrow();
        assertThat(followedUp.kind()).isEqualTo(PoolRuleKind.NO_CONTACT);
        assertThat(followedUp.dueDate()).isEqualTo(LocalDate.of(2026, 12, 5));
    }

    @Test
    void aFreshClaimIsNotDueAtOnceBecauseTheClockStartsWhenTheOwnerGotTheCustomer() {
        LocalDate claimed = LocalDate.of(2026, 11, 24);
        PoolForecast f = PoolRules.forecast(GRADE_B, CREATED, LocalDate.of(2026, 2, 1), null, claimed).orElseThrow();
        assertThat(f.dueDate()).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(f.dueOn(TODAY)).isFalse();
    }

    @Test
    void dueAndReminderDaysAreInclusiveAndTheReminderStopsOnceDue() {
        PoolForecast f = new PoolForecast(LocalDate.of(2026, 12, 3), PoolRuleKind.NO_CONTACT, 15, "B", LocalDate.of(2026, 11, 30));
        assertThat(f.remindOn(LocalDate.of(2026, 11, 29))).isFalse();
        assertThat(f.remindOn(LocalDate.of(2026, 11, 30))).isTrue();
        assertThat(f.remindOn(LocalDate.of(2026, 12, 3))).isFalse();
        assertThat(f.dueOn(LocalDate.of(2026, 12, 2))).isFalse();
        assertThat(f.dueOn(LocalDate.of(2026, 12, 3))).isTrue();
    }

    @Test
    void aGradeWithEveryRuleOffNeverReturnsAndAZeroReminderSendsNone() {
        assertThat(PoolRules.forecast(new PoolRule("A", 0, 0, 0), CREATED, null, null, null)).isEmpty();
        assertThat(PoolRules.forecast(new PoolRule("C", 7, 0, 0), CREATED, null, null, null).orElseThrow().reminderDate()).isNull();
    }

    @Test
    void claimsAreRefusedAtTheOwnedCapTheDailyCapAndWithinTheCooldown() {
        assertThatCode(() -> PoolRules.checkClaim(LIMITS, 49, 4, null, TODAY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> PoolRules.checkClaim(LIMITS, 50, 0, null, TODAY))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", "customer.pool-cap-owned");
        assertThatThrownBy(() -> PoolRules.checkClaim(LIMITS, 0, 5, null, TODAY))
                .hasFieldOrPropertyWithValue("code", "customer.pool-cap-claims");
        assertThatThrownBy(() -> PoolRules.checkClaim(LIMITS, 0, 0, TODAY.minusDays(29), TODAY))
                .hasFieldOrPropertyWithValue("code", "customer.pool-cooldown");
        assertThatCode(() -> PoolRules.checkClaim(LIMITS, 0, 0, TODAY.minusDays(30), TODAY)).doesNotThrowAnyException();
        assertThatCode(() -> PoolRules.checkClaim(new PoolLimits(50, 5, 0), 0, 0, TODAY, TODAY)).doesNotThrowAnyException();
    }

    @Test
    void settingsOutOfRangeOrAReminderNotBeforeTheReturnAreRefused() {
        assertThatThrownBy(() -> PoolRules.validate(new PoolRule("B", 15, 90, 15)))
                .hasFieldOrPropertyWithValue("code", "customer.pool-reminder-too-late");
        assertThatThrownBy(() -> PoolRules.validate(new PoolRule("B", -1, 90, 0)))
                .hasFieldOrPropertyWithValue("code", "customer.pool-days-out-of-range");
        assertThatThrownBy(() -> PoolRules.validate(new PoolLimits(0, 5, 30)))
                .hasFieldOrPropertyWithValue("code", "customer.pool-limits-out-of-range");
        assertThatCode(() -> PoolRules.validate(new PoolRule("NONE", 0, 60, 59))).doesNotThrowAnyException();
    }
}
