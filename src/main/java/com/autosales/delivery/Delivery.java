package com.autosales.delivery;

import com.autosales.shared.DomainException;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** 交车单 — one per signed contract: appointment, substitution request, release, customer confirmation, handover. */
@Entity
@Table(name = "delivery")
class Delivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long contractId;
    private String contractNumber;
    private Long leadId;
    private Long customerId;
    private String customerName;
    private Long storeId;
    private Long ownerEmployeeId;
    private String ownerName;
    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;
    private Instant appointmentAt;
    private String appointmentPlace;
    private String appointmentNote;
    private String substituteVin;
    private String substitutionReason;
    @Enumerated(EnumType.STRING)
    private SubstitutionState substitutionState;
    private String substitutionComment;
    private String releaseReason;
    private String releasedBy;
    private Instant releasedAt;
    private String receiverName;
    @Basic(fetch = FetchType.LAZY)
    private byte[] signature;
    private Instant confirmedAt;
    private Instant deliveredAt;
    private String deliveredBy;
    private Instant createdAt;
    @Version
    private long version;

    protected Delivery() {
    }

    Delivery(ContractFacts contract, Instant now) {
        this.contractId = contract.contractId();
        this.contractNumber = contract.number();
        this.leadId = contract.leadId();
        this.customerId = contract.customerId();
        this.customerName = contract.customerName();
        this.storeId = contract.storeId();
        this.ownerEmployeeId = contract.ownerEmployeeId();
        this.ownerName = contract.ownerName();
        this.status = DeliveryStatus.PREPARING;
        this.createdAt = now;
    }

    void schedule(Instant at, String place, String note) {
        requirePreparing();
        this.appointmentAt = at;
        this.appointmentPlace = place;
        this.appointmentNote = note;
    }

    void requestSubstitution(String vin, String reason) {
        requirePreparing();
        if (substitutionState == SubstitutionState.PENDING) {
            throw new DomainException("delivery.substitution-pending");
        }
        this.substituteVin = vin;
        this.substitutionReason = reason;
        this.substitutionState = SubstitutionState.PENDING;
        this.substitutionComment = null;
    }

    void substitutionDecided(boolean approved, String comment) {
        if (substitutionState == SubstitutionState.PENDING) {
            this.substitutionState = approved ? SubstitutionState.APPROVED : SubstitutionState.RETURNED;
            this.substitutionComment = comment;
        }
    }

    /** Whether the manager approved delivering exactly this car instead of one of the contract's trim and colours. */
    boolean substitutionApprovedFor(String vin) {
        return substitutionState == SubstitutionState.APPROVED && vin.equals(substituteVin);
    }

    void release(String reason, String by, Instant at) {
        requirePreparing();
        this.releaseReason = reason;
        this.releasedBy = by;
        this.releasedAt = at;
    }

    void confirm(String receiver, byte[] signaturePng, Instant at) {
        requirePreparing();
        this.receiverName = receiver;
        this.signature = signaturePng;
        this.confirmedAt = at;
    }

    void delivered(String by, Instant at) {
        requirePreparing();
        this.status = DeliveryStatus.DELIVERED;
        this.deliveredBy = by;
        this.deliveredAt = at;
    }

    void cancel() {
        if (status == DeliveryStatus.PREPARING) {
            this.status = DeliveryStatus.CANCELLED;
        }
    }

    void requirePreparing() {
        if (status != DeliveryStatus.PREPARING) {
            throw new DomainException("delivery.not-preparing");
        }
    }

    Long id() { return id; }
    Long contractId() { return contractId; }
    String contractNumber() { return contractNumber; }
    Long leadId() { return leadId; }
    Long customerId() { return customerId; }
    String customerName() { return customerName; }
    Long storeId() { return storeId; }
    Long ownerEmployeeId() { return ownerEmployeeId; }
    String ownerName() { return ownerName; }
    DeliveryStatus status() { return status; }
    Instant appointmentAt() { return appointmentAt; }
    String appointmentPlace() { return appointmentPlace; }
    String appointmentNote() { return appointmentNote; }
    String substituteVin() { return substituteVin; }
    String substitutionReason() { return substitutionReason; }
    SubstitutionState substitutionState() { return substitutionState; }
    String substitutionComment() { return substitutionComment; }
    String releaseReason() { return releaseReason; }
    String releasedBy() { return releasedBy; }
    Instant releasedAt() { return releasedAt; }
    String receiverName() { return receiverName; }
    byte[] signature() { return signature; }
    boolean signed() { return confirmedAt != null; }
    Instant confirmedAt() { return confirmedAt; }
    Instant deliveredAt() { return deliveredAt; }
    String deliveredBy() { return deliveredBy; }
    long version() { return version; }
}
