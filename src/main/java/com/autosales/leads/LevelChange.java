package com.autosales.leads;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A change of a lead's intention level, for the manager's view. */
@Entity
@Table(name = "lead_level_change")
class LevelChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long leadId;
    private Long storeId;
    private Long ownerEmployeeId;
    @Enumerated(EnumType.STRING)
    private LeadLevel levelBefore;
    @Enumerated(EnumType.STRING)
    private LeadLevel levelAfter;
    private Instant changedAt;
    private String changedBy;

    protected LevelChange() {
    }

    LevelChange(Lead lead, LeadLevel before, LeadLevel after, Instant at, String by) {
        this.leadId = lead.id();
        this.storeId = lead.storeId();
        this.ownerEmployeeId = lead.ownerEmployeeId();
        this.levelBefore = before;
        this.levelAfter = after;
        this.changedAt = at;
        this.changedBy = by;
    }

    Long leadId() { return leadId; }
    Long ownerEmployeeId() { return ownerEmployeeId; }
    LeadLevel levelBefore() { return levelBefore; }
    LeadLevel levelAfter() { return levelAfter; }
    Instant changedAt() { return changedAt; }
    String changedBy() { return changedBy; }
}
