package com.autosales.showroom;

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

/** 来店/来电登记 — one visit or call; only the time out changes afterwards ("left"). */
@Entity
@Table(name = "showroom_reception")
class Reception {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long storeId;
    private Long consultantEmployeeId;
    private Long customerId;
    @Enumerated(EnumType.STRING)
    private ReceptionKind kind;
    private Instant timeIn;
    private Instant timeOut;
    private LocalDate visitDay;
    private int people;
    @Enumerated(EnumType.STRING)
    private ReceptionSource source;
    private String sourceDetail;
    private String models;
    private boolean firstVisit;
    private String visitorName;
    private String visitorPhone;
    private String recordedBy;
    private Instant createdAt;
    @Version
    private long version;

    protected Reception() {
    }

    Reception(Long storeId, Long consultantEmployeeId, Long customerId, ReceptionForm form, Instant timeIn,
            Instant timeOut, LocalDate visitDay, boolean firstVisit, String recordedBy, Instant now) {
        this.storeId = storeId;
        this.consultantEmployeeId = consultantEmployeeId;
        this.customerId = customerId;
        this.kind = form.kind();
        this.timeIn = timeIn;
        this.timeOut = timeOut;
        this.visitDay = visitDay;
        this.people = form.people();
        this.source = form.source();
        this.sourceDetail = form.source().needsDetail() ? form.sourceDetail() : null;
        this.models = form.models();
        this.firstVisit = firstVisit;
        this.visitorName = form.customerName();
        this.visitorPhone = form.customerPhone();
        this.recordedBy = recordedBy;
        this.createdAt = now;
    }

    /** The visitor left (or the call ended) now; once only. */
    void leave(Instant at) {
        if (timeOut != null) {
            throw new DomainException("showroom.already-left");
        }
        timeOut = at.isBefore(timeIn) ? timeIn : at;
    }

    void repointCustomer(Long survivorId) {
        customerId = survivorId;
    }

    Long id() { return id; }
    Long storeId() { return storeId; }
    Long consultantEmployeeId() { return consultantEmployeeId; }
    Long customerId() { return customerId; }
    ReceptionKind kind() { return kind; }
    Instant timeIn() { return timeIn; }
    Instant timeOut() { return timeOut; }
    LocalDate visitDay() { return visitDay; }
    int people() { return people; }
    ReceptionSource source() { return source; }
    String sourceDetail() { return sourceDetail; }
    String models() { return models; }
    boolean firstVisit() { return firstVisit; }
    String visitorName() { return visitorName; }
    String visitorPhone() { return visitorPhone; }
    String recordedBy() { return recordedBy; }
    long version() { return version; }
}
