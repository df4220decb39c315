package com.autosales.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.autosales.shared.DomainException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FirstContactDeadlineTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ResponseRule RULE = ResponseRule.DEFAULT; // 30 / 60 minutes, 09:00–18:00

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void aLeadArrivingInOpeningHoursIsDueThirtyMinutesLater() {
        assertThat(RULE.firstContactDue(at("2026-12-04T10:15:00"), SHANGHAI)).isEqualTo(at("2026-12-04T10:45:00"));
        assertThat(RULE.reassignOfferAt(at("2026-12-04T10:15:00"), SHANGHAI)).isEqualTo(at("2026-12-04T11:15:00"));
    }

    @Test
    void aLeadArrivingAtNightIsDueHalfAnHourAfterOpening() {
        assertThat(RULE.firstContactDue(at("2026-12-04T22:40:00"), SHANGHAI)).isEqualTo(at("2026-12-05T09:30:00"));
        assertThat(RULE.firstContactDue(at("2026-12-05T06:00:00"), SHANGHAI)).isEqualTo(at("2026-12-05T09:30:00"));
    }

    @Test
    void minutesLeftAtClosingCarryOverToTheNextMorning() {
        assertThat(RULE.firstContactDue(at("2026-12-04T17:50:00"), SHANGHAI)).isEqualTo(at("2026-12-05T09:20:00"));
        assertThat(RULE.reassignOfferAt(at("2026-12-04T17:50:00"), SHANGHAI)).isEqualTo(at("2026-12-05T09:50:00"));
    }

    @Test
    void responseTimeCountsOnlyOpeningMinutes() {
        OpeningHours hours = RULE.hours(SHANGHAI);
        assertThat(hours.openMinutesBetween(at("2026-12-04T17:50:00"), at("2026-12-05T09:20:00"))).isEqualTo(30);
        assertThat(hours.openMinutesBetween(at("2026-12-04T10:00:00"), at("2026-12-04T10:12:30"))).isEqualTo(12);
        assertThat(hours.openMinutesBetween(at("2026-12-04T20:00:00"), at("2026-12-05T08:00:00"))).isZero();
        assertThat(hours.openMinutesBetween(at("2026-12-04T10:00:00"), at("2026-12-04T09:00:00"))).isZero();
    }

    @Test
    void onlineLeadsAndLeadsGivenBySomeoneElseWaitForAFirstContact() {
        assertThat(ResponseRule.applies(LeadSource.ONLINE, 7L, 7L)).isTrue();
        assertThat(ResponseRule.applies(LeadSource.WALK_IN, 3L, 7L)).isTrue();
        assertThat(ResponseRule.applies(LeadSource.PHONE, null, 7L)).isTrue();
        assertThat(ResponseRule.applies(LeadSource.WALK_IN, 7L, 7L)).isFalse();
        assertThat(ResponseRule.applies(LeadSource.REFERRAL, 7L, 7L)).isFalse();
    }

    @Test
    void theStateMovesFromCountdownToOverdueToReassignment() {
        Instant due = at("2026-12-04T10:45:00");
        Instant reassign = at("2026-12-04T11:15:00");
        assertThat(ResponseState.of(null, null, null, due)).isEqualTo(ResponseState.NONE);
        assertThat(ResponseState.of(due, null, reassign, at("2026-12-04T10:44:59"))).isEqualTo(ResponseState.WAITING);
        assertThat(ResponseState.of(due, null, reassign, at("2026-12-04T10:45:00"))).isEqualTo(ResponseState.OVERDUE);
        assertThat(ResponseState.of(due, null, reassign, at("2026-12-04T11:15:00"))).isEqualTo(ResponseState.REASSIGN);
        assertThat(ResponseState.of(due, at("2026-12-04T10:40:00"), reassign, at("2026-12-04T12:00:00")))
                .isEqualTo(ResponseState.CONTACTED_ON_TIME);
        assertThat(ResponseState.of(due, at("2026-12-04T10:50:00"), reassign, at("2026-12-04T12:00:00")))
                .isEqualTo(ResponseState.CONTACTED_LATE);
    }

    @Test
    void aRuleWithTheSecondLimitBeforeTheFirstOrHoursBackwardsIsRefused() {
        assertThatThrownBy(() -> new ResponseRule(30, 30, LocalTime.of(9, 0), LocalTime.of(18, 0)).check())
                .isInstanceOf(DomainException.class).hasMessageContaining("leads.response.minutes-out-of-range");
        assertThatThrownBy(() -> new ResponseRule(0, 60, LocalTime.of(9, 0), LocalTime.of(18, 0)).check())
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new ResponseRule(30, 60, LocalTime.of(18, 0), LocalTime.of(9, 0)).check())
                .isInstanceOf(DomainException.class).hasMessageContaining("leads.response.hours-invalid");
        new ResponseRule(15, 45, LocalTime.of(8, 30), LocalTime.of(20, 0)).check();
    }
}
