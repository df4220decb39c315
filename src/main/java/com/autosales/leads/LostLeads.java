package com.autosales.leads;

import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.shared.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 战败 — a consultant asks for a lead to be closed as lost with a reason from the list; the sales manager confirms
 * (LOST, open tasks dropped) or rejects it (OPEN again with a fresh task). The consultant is told either way.
 */
@Service
@Transactional(readOnly = true)
public class LostLeads {

    private final LeadManagement management;
    private final FollowUps followUps;
    private final LeadSettings settings;
    private final LeadNotices notices;
    private final AuditTrail audit;
    private final Clock clock;

    LostLeads(LeadManagement management, FollowUps followUps, LeadSettings settings, LeadNotices notices,
            AuditTrail audit, Clock clock) {
        this.management = management;
        this.followUps = followUps;
        this.settings = settings;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** 战败申请 — the consultant gives a reason from the list; the lead waits for the sales manager (LOST_PENDING). */
    @Transactional
    @PreAuthorize("hasAuthority('leads:edit')")
    public void requestLost(Long id, Long reasonId, String note) {
        Lead lead = management.visible(id);
        if (reasonId == null) {
            throw new DomainException("leads.lost-reason-required");
        }
        LostReason reason = settings.activeReason(reasonId);
        String why = note == null || note.isBlank() ? null : note.trim();
        if (why != null && why.length() > 500) {
            throw new DomainException("leads.lost-note-too-long");
        }
        LeadStatus before = lead.status();
        lead.requestLost(reason.getId(), why, clock.instant());
        audit.record(AuditRecord.of("lead", id, "LOST_REQUESTED", why,
                FieldChange.of("status", before, lead.status()), FieldChange.of("lostReason", null, reason.getCode())));
    }

    /** The sales manager confirms a lost lead: LOST, its open follow-up tasks are dropped, the owner is told. */
    @Transactional
    @PreAuthorize("hasAuthority('leads:approve')")
    public void confirmLost(Long id) {
        Lead lead = management.visible(id);
        if (lead.status() != LeadStatus.LOST_PENDING) {
            throw new DomainException("leads.status-not-allowed", lead.status().name(), LeadStatus.LOST.name());
        }
        lead.moveTo(LeadStatus.LOST, clock.instant());
        followUps.openOfLeads(List.of(id)).forEach(FollowUp::cancel);
        audit.record(AuditRecord.of("lead", id, "LOST_CONFIRMED", lead.customerName(),
                FieldChange.of("status", LeadStatus.LOST_PENDING, LeadStatus.LOST)));
        notices.tell(lead.ownerEmployeeId(), "lead-lost-confirmed", "leads.notice.lost-confirmed", lead);
    }

    /** The sales manager rejects a lost request: the lead is OPEN again with a fresh follow-up task. */
    @Transactional
    @PreAuthorize("hasAuthority('leads:approve')")
    public void rejectLost(Long id) {
        Lead lead = management.visible(id);
        Instant now = clock.instant();
        lead.rejectLost(now);
        followUps.openOfLeads(List.of(id)).forEach(FollowUp::cancel);
        followUps.save(new FollowUp(lead, FollowUpRules.nextDue(management.today(), lead.level(), settings.rulesOf(lead.storeId()),
                null), now));
        audit.record(AuditRecord.of("lead", id, "LOST_REJECTED", lead.customerName(),
                FieldChange.of("status", LeadStatus.LOST_PENDING, LeadStatus.OPEN)));
        notices.tell(lead.ownerEmployeeId(), "lead-lost-rejected", "leads.notice.lost-rejected", lead);
    }
}
