package com.autosales.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.autosales.shared.DomainException;
import com.autosales.shared.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LeadStatusTest {

    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");

    private static Lead lead() {
        return new Lead(1L, "客户", 1L, 2L, new LeadDetails("途观L", Money.of(200_000), PaymentIntent.CASH, false, null,
                null, LeadSource.WALK_IN, null, LeadLevel.H), NOW);
    }

    @Test
    void anOpenLeadMayBeWonOrAskedToBeLostButNotLostDirectly() {
        assertThat(LeadStatus.OPEN.mayMoveTo(LeadStatus.WON)).isTrue();
        assertThat(LeadStatus.OPEN.mayMoveTo(LeadStatus.LOST_PENDING)).isTrue();
        assertThat(LeadStatus.OPEN.mayMoveTo(LeadStatus.LOST)).isFalse();
    }

    @Test
    void aLostRequestIsConfirmedOrRejectedAndWonAndLostAreFinal() {
        assertThat(LeadStatus.LOST_PENDING.mayMoveTo(LeadStatus.LOST)).isTrue();
        assertThat(LeadStatus.LOST_PENDING.mayMoveTo(LeadStatus.OPEN)).isTrue();
        for (LeadStatus next : LeadStatus.values()) {
            assertThat(LeadStatus.WON.mayMoveTo(next)).isFalse();
            assertThat(LeadStatus.LOST.mayMoveTo(next)).isFalse();
        }
        assertThat(LeadStatus.LOST_PENDING.isActive()).isTrue();
        assertThat(LeadStatus.LOST.isActive()).isFalse();
    }

    @Test
    void rejectingALostRequestReopensTheLeadAndForgetsTheReason() {
        Lead lead = lead();
        lead.requestLost(3L, "价格", NOW);
        assertThat(lead.status()).isEqualTo(LeadStatus.LOST_PENDING);
        lead.rejectLost(NOW);
        assertThat(lead.status()).isEqualTo(LeadStatus.OPEN);
        assertThat(lead.lostReasonId()).isNull();
    }

    @Test
    void aConfirmedLostLeadCanNeitherBeWonNorReopened() {
        Lead lead = lead();
        lead.requestLost(3L, null, NOW);
        lead.moveTo(LeadStatus.LOST, NOW);
        assertThatThrownBy(() -> lead.moveTo(LeadStatus.WON, NOW)).isInstanceOf(DomainException.class)
                .hasMessageContaining("leads.status-not-allowed");
        assertThatThrownBy(() -> lead.rejectLost(NOW)).isInstanceOf(DomainException.class);
        assertThatThrownBy(lead::requireActive).isInstanceOf(DomainException.class);
    }

    @Test
    void theSourceDetailIsKeptOnlyForOnlineAndReferralLeads() {
        Lead lead = lead();
        lead.apply(new LeadDetails("朗逸", null, PaymentIntent.LOAN, false, "旧车", null, LeadSource.EVENT, "车展", LeadLevel.B), NOW);
        assertThat(lead.details().sourceDetail()).isNull();
        assertThat(lead.details().tradeInDescription()).isNull();
        assertThatThrownBy(() -> LeadManagement.check(new LeadDetails("朗逸", null, PaymentIntent.LOAN, false, null, null,
                LeadSource.ONLINE, null, LeadLevel.B))).hasMessageContaining("leads.source-detail-required");
        assertThatThrownBy(() -> LeadManagement.check(new LeadDetails("朗逸", null, PaymentIntent.LOAN, true, null, null,
                LeadSource.WALK_IN, null, LeadLevel.B))).hasMessageContaining("leads.trade-in-description-required");
    }
}
