package com.autosales.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** 待办事项 — what the meeting decided someone does by a date. */
@Entity
@Table(name = "meeting_action")
class MeetingAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long meetingId;
    @Column(name = "action_text")
    private String text;
    private Long ownerEmployeeId;
    private String ownerName;
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    private ActionStatus status;
    private Instant doneAt;
    private String doneBy;
    private String note;
    private Instant createdAt;
    @Version
    private long version;

    protected MeetingAction() {
    }

    MeetingAction(Long meetingId, String text, Long ownerEmployeeId, String ownerName, LocalDate dueOn, Instant now) {
        this.meetingId = meetingId;
        this.text = text;
        this.ownerEmployeeId = ownerEmployeeId;
        this.ownerName = ownerName;
        this.dueOn = dueOn;
        this.status = ActionStatus.OPEN;
        this.createdAt = now;
    }

    void done(String by, String doneNote, Instant at) {
        if (status == ActionStatus.DONE) {
            return;
        }
        this.status = ActionStatus.DONE;
        this.doneBy = by;
        this.doneAt = at;
        this.note = doneNote;
    }

    void reopen() {
        this.status = ActionStatus.OPEN;
        this.doneBy = null;
        this.doneAt = null;
    }

    boolean overdue(LocalDate today) {
        return status == ActionStatus.OPEN && dueOn.isBefore(today);
    }

    Long id() { return id; }
    Long meetingId() { return meetingId; }
    String text() { return text; }
    Long ownerEmployeeId() { return ownerEmployeeId; }
    String ownerName() { return ownerName; }
    LocalDate dueOn() { return dueOn; }
    ActionStatus status() { return status; }
    Instant doneAt() { return doneAt; }
    String doneBy() { return doneBy; }
    String note() { return note; }
    long version() { return version; }
}
