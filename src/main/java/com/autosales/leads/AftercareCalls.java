package com.autosales.leads;

import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 交车后回访 — after delivery the consultant calls the customer after 1, 7 and 30 days. The delivery module plans them
 * when the car is handed over; they appear on the consultant's call list like any follow-up and are recorded there,
 * without changing the (won) lead's level or planning another call.
 */
@Service
@Transactional
public class AftercareCalls {

    private final FollowUps followUps;
    private final Leads leads;
    private final LeadViews views;
    private final AuditTrail audit;
    private final Clock clock;

    AftercareCalls(FollowUps followUps, Leads leads, LeadViews views, AuditTrail audit, Clock clock) {
        this.followUps = followUps;
        this.leads = leads;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    /** Plans the three calls of a delivery (once: calls already planned for the lead stay as they are). */
    public List<FollowUpView> schedule(Long leadId, LocalDate deliveredOn, String reference) {
        Lead lead = leads.findById(leadId).orElseThrow(() -> new RecordNotFoundException("lead", leadId));
        if (followUps.aftercareOf(leadId).isEmpty()) {
            for (AftercarePurpose purpose : AftercarePurpose.values()) {
                followUps.save(FollowUp.aftercare(lead, purpose, deliveredOn.plusDays(purpose.days()), clock.instant()));
            }
            audit.record(AuditRecord.of("lead", leadId, "AFTERCARE_PLANNED", reference));
        }
        return planned(leadId);
    }

    /** The calls planned after the delivery of this lead's car, done or not, first due first. */
    @Transactional(readOnly = true)
    public List<FollowUpView> planned(Long leadId) {
        List<FollowUp> calls = followUps.aftercareOf(leadId);
        return calls.isEmpty() ? List.of() : views.followUpViews(calls, Map.of());
    }
}
