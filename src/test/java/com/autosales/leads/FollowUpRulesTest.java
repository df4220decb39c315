package com.autosales.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.autosales.shared.DomainException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FollowUpRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static Map<LeadLevel, LevelRule> defaults() {
        Map<LeadLevel, LevelRule> rules = new EnumMap<>(LeadLevel.class);
        for (LeadLevel l : LeadLevel.values()) {
            rules.put(l, LevelRule.defaultFor(l));
        }
        return rules;
    }

    @Test
    void theNextFollowUpFallsDueAfterTheDefaultCadenceOfTheNewLevel() {
        assertThat(FollowUpRules.nextDue(TODAY, LeadLevel.H, defaults(), null)).isEqualTo(TODAY.plusDays(1));
        assertThat(FollowUpRules.nextDue(TODAY, LeadLevel.A, defaults(), null)).isEqualTo(TODAY.plusDays(3));
        assertThat(FollowUpRules.nextDue(TODAY, LeadLevel.B, defaults(), null)).isEqualTo(TODAY.plusDays(7));
        assertThat(FollowUpRules.nextDue(TODAY, LeadLevel.C, defaults(), null)).isEqualTo(TODAY.plusDays(15));
    }

    @Test
    void aStoresOwnCadenceReplacesTheDefault() {
        Map<LeadLevel, LevelRule> rules = defaults();
        rules.put(LeadLevel.A, new LevelRule(10, 2));
        assertThat(FollowUpRules.nextDue(TODAY, LeadLevel.A, rules, null)).isEqualTo(TODAY.plusDays(2));
    }

    @Test
    void aChosenDateWinsOverTheCadenceButMayNotBeInThePast() {
        assertThat(FollowUpRules.nextDue(TODAY, LeadLevel.C, defaults(), TODAY.plusDays(2))).isEqualTo(TODAY.plusDays(2));
        assertThat(FollowUpRules.nextDue(TODAY, LeadLevel.C, defaults(), TODAY)).isEqualTo(TODAY);
        assertThatThrownBy(() -> FollowUpRules.nextDue(TODAY, LeadLevel.H, defaults(), TODAY.minusDays(1)))
                .isInstanceOf(DomainException.class).hasMessageContaining("leads.next-date-past");
    }

    @Test
    void settingsOutsideSensibleRangesAreRefused() {
        assertThatThrownBy(() -> FollowUpRules.checkRule(new LevelRule(7, 0))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> FollowUpRules.checkRule(new LevelRule(0, 1))).isInstanceOf(DomainException.class);
        FollowUpRules.checkRule(new LevelRule(7, 1));
    }
}
