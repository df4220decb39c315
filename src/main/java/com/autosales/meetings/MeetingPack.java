package com.autosales.meetings;

import com.autosales.reports.PeriodKind;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** 例会资料 — the figures pack attached to a meeting: the report as a PDF and its headline figures. */
@Entity
@Table(name = "meeting_pack")
class MeetingPack {

    @Id
    private Long meetingId;
    private String reportCode;
    @Enumerated(EnumType.STRING)
    private PeriodKind periodKind;
    private LocalDate periodStart;
    private String headlines;
    @Basic(fetch = FetchType.LAZY)
    private byte[] pdf;
    private Instant generatedAt;

    protected MeetingPack() {
    }

    MeetingPack(Long meetingId, FiguresPack.Content content, Instant now) {
        this.meetingId = meetingId;
        replaceWith(content, now);
    }

    void replaceWith(FiguresPack.Content content, Instant now) {
        this.reportCode = content.reportCode();
        this.periodKind = content.periodKind();
        this.periodStart = content.periodStart();
        this.headlines = content.headlinesJson();
        this.pdf = content.pdf();
        this.generatedAt = now;
    }

    Long meetingId() { return meetingId; }
    String reportCode() { return reportCode; }
    PeriodKind periodKind() { return periodKind; }
    LocalDate periodStart() { return periodStart; }
    String headlines() { return headlines; }
    byte[] pdf() { return pdf; }
    Instant generatedAt() { return generatedAt; }
}
