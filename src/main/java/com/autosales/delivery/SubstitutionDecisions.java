package com.autosales.delivery;

import com.autosales.approvals.ApprovalGranted;
import com.autosales.approvals.ApprovalReturned;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Brings the sales manager's decision on a substitution from the approvals inbox back to the delivery. */
@Component
class SubstitutionDecisions {

    private final Deliveries deliveries;

    SubstitutionDecisions(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @ApplicationModuleListener
    void on(ApprovalGranted event) {
        if (DeliveryManagement.SUBSTITUTION_POLICY.equals(event.policyCode())) {
            deliveries.findById(event.recordId()).ifPresent(d -> d.substitutionDecided(true, null));
        }
    }

    @ApplicationModuleListener
    void on(ApprovalReturned event) {
        if (DeliveryManagement.SUBSTITUTION_POLICY.equals(event.policyCode())) {
            deliveries.findById(event.recordId()).ifPresent(d -> d.substitutionDecided(false, event.comment()));
        }
    }
}
