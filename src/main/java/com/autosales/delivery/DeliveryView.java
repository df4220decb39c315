package com.autosales.delivery;

import com.autosales.leads.FollowUpView;
import com.autosales.payments.PaymentClearance.Clearance;
import com.autosales.sales.ContractView;
import com.autosales.surveys.SurveyView;
import java.time.Instant;
import java.util.List;

/**
 * A delivery as its page, the API and the printed sheet show it: the contract and car, the appointment, the
 * substitution and release if any, the checklists, the customer's confirmation, the gate, and what follows delivery.
 */
public record DeliveryView(Long id, DeliveryStatus status, ContractView contract, Instant appointmentAt,
        String appointmentPlace, String appointmentNote, String substituteVin, String substitutionReason,
        SubstitutionState substitutionState, String substitutionComment, String releaseReason, String releasedBy,
        Instant releasedAt, String receiverName, boolean hasSignature, Instant confirmedAt, Instant deliveredAt,
        String deliveredBy, List<ChecklistGroup> checklists, DeliveryGate gate, Clearance clearance,
        List<FollowUpView> aftercareCalls, SurveyView survey, long version) {

    public boolean preparing() {
        return status == DeliveryStatus.PREPARING;
    }

    public boolean allocated() {
        return contract.vin() != null;
    }
}
