package com.autosales.meetings;

import com.autosales.shared.DomainException;
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

/** 例会记录 — one meeting of a store. */
@Entity
@Table(name = "meeting")
class Meeting {

    static final int MAX_MINUTES = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long storeId;
    @Enumerated(EnumType.STRING)
    private MeetingKind kind;
    private LocalDate heldOn;
    private String title;
    private Long chairEmployeeId;
    private String chairName;
    private String minutes;
    @Enumerated(EnumType.STRING)
    private MeetingStatus status;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Meeting() {
    }

    Meeting(Long storeId, MeetingKind kind, LocalDate heldOn, String title, Long chairEmployeeId, String chairName,
            String createdBy, Instant now) {
        this.storeId = storeId;
        this.kind = kind;
        this.heldOn = heldOn;
        this.title = title;
        this.chairEmployeeId = chairEmployeeId;
        this.chairName = chairName;
        this.status = MeetingStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void writeMinutes(String text, Instant now) {
        requireDraft();
        if (text != null && text.length() > MAX_MINUTES) {
            throw new DomainException("meetings.minutes-too-long", MAX_MINUTES);
        }
        this.minutes = text == null || text.isBlank() ? null : text.strip();
        this.updatedAt = now;
    }

    /** Marks the meeting changed (attendance, pack), so a form read before the change is refused as stale. */
    void touched(Instant now) {
        requireDraft();
        this.updatedAt = now;
    }

    void close(Instant now) {
        requireDraft();
        this.status = MeetingStatus.CLOSED;
        this.updatedAt = now;
    }

    void requireDraft() {
        if (status != MeetingStatus.DRAFT) {
            throw new DomainException("meetings.closed");
        }
    }

    boolean draft() {
        return status == MeetingStatus.DRAFT;
    }

    Long id() { return id; }
    Long storeId() { return storeId; }
    MeetingKind kind() { return kind; }
    LocalDate heldOn() { return heldOn; }
    String title() { return title; }
    Long chairEmployeeId() { return chairEmployeeId; }
    String chairName() { return chairName; }
    String minutes() { return minutes; }
    MeetingStatus status() { return status; }
    String createdBy() { return createdBy; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
    long version() { return version; }
}
