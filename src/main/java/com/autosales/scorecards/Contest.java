package com.autosales.scorecards;

import com.autosales.performance.PerformanceMetric;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 销售竞赛 — a store's contest between teams (units) or people on one metric over some days, with a prize. */
@Entity
@Table(name = "sales_contest")
class Contest {

    enum ParticipantKind { UNITS, PEOPLE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long storeId;
    private String name;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    @Enumerated(EnumType.STRING)
    private PerformanceMetric metric;
    private String prize;
    @Enumerated(EnumType.STRING)
    private ParticipantKind participantKind;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sales_contest_participant", joinColumns = @JoinColumn(name = "contest_id"))
    @OrderColumn(name = "seq")
    @Column(name = "participant_id")
    private List<Long> participants = new ArrayList<>();
    private String createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected Contest() {
    }

    Contest(Long storeId, String name, LocalDate from, LocalDate to, PerformanceMetric metric, String prize,
            ParticipantKind kind, List<Long> participants, String by, Instant at) {
        this.storeId = storeId;
        this.name = name;
        this.periodFrom = from;
        this.periodTo = to;
        this.metric = metric;
        this.prize = prize;
        this.participantKind = kind;
        this.participants.addAll(participants);
        this.createdBy = by;
        this.createdAt = at;
    }

    boolean runningOn(LocalDate day) {
        return !day.isBefore(periodFrom) && !day.isAfter(periodTo);
    }

    Long id() { return id; }
    Long storeId() { return storeId; }
    String name() { return name; }
    LocalDate periodFrom() { return periodFrom; }
    LocalDate periodTo() { return periodTo; }
    PerformanceMetric metric() { return metric; }
    String prize() { return prize; }
    ParticipantKind participantKind() { return participantKind; }
    List<Long> participants() { return List.copyOf(participants); }
    String createdBy() { return createdBy; }
}
