package com.autosales.leads;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** 回访 — a planned follow-up task (OPEN) that becomes the record of the follow-up once its result is entered. */
@Entity
@Table(name = "lead_follow_up")
class FollowUp {

    enum State { OPEN, DONE, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long leadId;
    private Long storeId;
    private Long ownerEmployeeId;
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private State state;
    @Enumerated(EnumType.STRING)
    private FollowUpChannel channel;
    private String summary;
    @Enumerated(EnumType.STRING)
    private LeadLevel levelBefore;
    @Enumerated(EnumType.STRING)
    private LeadLevel levelAfter;
    private Instant doneAt;
    private String doneBy;
    private Instant createdAt;
    @Enumerated(EnumType.STRING)
    private AftercarePurpose purpose;

    protected FollowUp() {
    }

    FollowUp(Lead lead, LocalDate dueDate, Instant now) {
        this.leadId = lead.id();
        this.storeId = lead.storeId();
        this.ownerEmployeeId = lead.ownerEmployeeId();
        this.dueDate = dueDate;
        this.state = State.OPEN;
        this.createdAt = now;
    }

    /** A call after delivery (交车后回访): it belongs to the won lead and plans nothing after it. */
    static FollowUp aftercare(Lead lead, AftercarePurpose purpose, LocalDate dueDate, Instant now) {
        FollowUp task = new FollowUp(lead, dueDate, now);
        task.purpose = purpose;
        return task;
    }

    void complete(FollowUpChannel channel, String summary, LeadLevel before, LeadLevel after, Instant at, String by) {
        this.state = State.DONE;
        this.channel = channel;
        this.summary = summary;
        this.levelBefore = before;
        this.levelAfter = after;
        this.doneAt = at;
        this.doneBy = by;
    }

    void cancel() {
        this.state = State.CANCELLED;
    }

    void reassignTo(Long owner) {
        this.ownerEmployeeId = owner;
    }

    Long id() { return id; }
    Long leadId() { return leadId; }
    Long ownerEmployeeId() { return ownerEmployeeId; }
    LocalDate dueDate() { return dueDate; }
    State state() { return state; }
    FollowUpChannel channel() { return channel; }
    String summary() { return summary; }
    LeadLevel levelBefore() { return levelBefore; }
    LeadLevel levelAfter() { return levelAfter; }
    Instant doneAt() { return doneAt; }
    String doneBy() { return doneBy; }
    AftercarePurpose purpose() { return purpose; }
}
