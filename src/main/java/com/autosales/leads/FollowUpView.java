package com.autosales.leads;

import java.time.Instant;
import java.time.LocalDate;

/** A follow-up task (open) or a recorded follow-up (done) of a lead. */
public record FollowUpView(Long id, Long leadId, String customerName, String models, LeadLevel leadLevel,
        LeadStatus leadStatus, Long ownerEmployeeId, String ownerName, LocalDate dueDate, boolean done, boolean overdue,
        FollowUpChannel channel, String summary, LeadLevel levelBefore, LeadLevel levelAfter, Instant doneAt,
        String doneBy, AftercarePurpose purpose) {

    public boolean aftercare() {
        return purpose != null;
    }
}
