package com.autosales.leads;

import com.autosales.shared.DomainException;
import com.autosales.shared.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;

/** 意向客户 — a customer's intention to buy, worked by one consultant of a store. */
@Entity
@Table(name = "sales_lead")
@DynamicUpdate // the first-contact watch marks escalations with bulk updates; saving a lead must not undo them
class Lead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long customerId;
    private String customerName;
    private Long storeId;
    private Long ownerEmployeeId;
    private String models;
    private Money budget;
    @Enumerated(EnumType.STRING)
    private PaymentIntent paymentIntent;
    private boolean tradeIn;
    private String tradeInDescription;
    private String competitorModels;
    @Enumerated(EnumType.STRING)
    private LeadSource source;
    private String sourceDetail;
    @Enumerated(EnumType.STRING)
    private LeadLevel level;
    @Enumerated(EnumType.STRING)
    private LeadStatus status;
    private Long lostReasonId;
    private String lostNote;
    private Instant lastFollowUpAt;
    private Instant responseStartedAt;
    private Instant firstContactDueAt;
    private Instant reassignOfferAt;
    private Instant firstContactAt;
    private Integer firstResponseMinutes;
    private Instant responseEscalatedAt;
    private Instant reassignOfferedAt;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Lead() {
    }

    Lead(Long customerId, String customerName, Long storeId, Long ownerEmployeeId, LeadDetails details, Instant now) {
        this.customerId = customerId;
        this.customerName = customerName;
        this.storeId = storeId;
        this.ownerEmployeeId = ownerEmployeeId;
        this.status = LeadStatus.OPEN;
        this.createdAt = now;
        apply(details, now);
    }

    void apply(LeadDetails d, Instant now) {
        this.models = d.models();
        this.budget = d.budget();
        this.paymentIntent = d.paymentIntent();
        this.tradeIn = d.tradeIn();
        this.tradeInDescription = d.tradeIn() ? d.tradeInDescription() : null;
        this.competitorModels = d.competitorModels();
        this.source = d.source();
        this.sourceDetail = d.source() != null && d.source().needsDetail() ? d.sourceDetail() : null;
        this.level = d.level();
        this.updatedAt = now;
    }

    /** Moves to the next status if the status machine allows it (leads.status-not-allowed otherwise). */
    void moveTo(LeadStatus next, Instant now) {
        if (!status.mayMoveTo(next)) {
            throw new DomainException("leads.status-not-allowed", status.name(), next.name());
        }
        this.status = next;
        this.updatedAt = now;
    }

    void requestLost(Long reasonId, String note, Instant now) {
        moveTo(LeadStatus.LOST_PENDING, now);
        this.lostReasonId = reasonId;
        this.lostNote = note;
    }

    void rejectLost(Instant now) {
        if (status != LeadStatus.LOST_PENDING) {
            throw new DomainException("leads.status-not-allowed", status.name(), LeadStatus.OPEN.name());
        }
        moveTo(LeadStatus.OPEN, now);
        this.lostReasonId = null;
        this.lostNote = null;
    }

    void requireActive() {
        if (!status.isActive()) {
            throw new DomainException("leads.closed");
        }
    }

    LeadLevel changeLevel(LeadLevel next, Instant now) {
        LeadLevel before = level;
        this.level = next;
        this.updatedAt = now;
        return before;
    }

    Long reassignTo(Long owner, Instant now) {
        Long before = ownerEmployeeId;
        this.ownerEmployeeId = owner;
        this.updatedAt = now;
        return before;
    }

    void followedUp(Instant at) {
        this.lastFollowUpAt = at;
        this.updatedAt = at;
    }

    /** Starts (or, after a reassignment, restarts) the first-contact clock. */
    void awaitFirstContact(Instant start, Instant due, Instant reassignOffer) {
        this.responseStartedAt = start;
        this.firstContactAt = null;
        this.firstResponseMinutes = null;
        this.firstContactDueAt = due;
        this.reassignOfferAt = reassignOffer;
        this.responseEscalatedAt = null;
        this.reassignOfferedAt = null;
    }

    /** The consultant talked to the customer when the lead was created (walk-in, own call): nothing to wait for. */
    void contactedAtCreation(Instant at) {
        this.firstContactAt = at;
    }

    /** The first follow-up result ends the wait; {@code openMinutes} is the response time in opening hours. */
    boolean firstContact(Instant at, long openMinutes) {
        if (firstContactAt != null) {
            return false;
        }
        this.firstContactAt = at;
        this.firstResponseMinutes = (int) Math.min(openMinutes, Integer.MAX_VALUE);
        return true;
    }

    boolean awaitingFirstContact() {
        return firstContactAt == null && firstContactDueAt != null;
    }

    ResponseState responseState(Instant now) {
        return ResponseState.of(firstContactDueAt, firstContactAt, reassignOfferAt, now);
    }

    LeadDetails details() {
        return new LeadDetails(models, budget, paymentIntent, tradeIn, tradeInDescription, competitorModels, source,
                sourceDetail, level);
    }

    Long id() { return id; }
    Long customerId() { return customerId; }
    String customerName() { return customerName; }
    Long storeId() { return storeId; }
    Long ownerEmployeeId() { return ownerEmployeeId; }
    LeadLevel level() { return level; }
    LeadStatus status() { return status; }
    Long lostReasonId() { return lostReasonId; }
    String lostNote() { return lostNote; }
    Instant lastFollowUpAt() { return lastFollowUpAt; }
    Instant createdAt() { return createdAt; }
    Instant responseStartedAt() { return responseStartedAt; }
    Instant firstContactDueAt() { return firstContactDueAt; }
    Instant reassignOfferAt() { return reassignOfferAt; }
    Instant firstContactAt() { return firstContactAt; }
    Integer firstResponseMinutes() { return firstResponseMinutes; }
    Instant responseEscalatedAt() { return responseEscalatedAt; }
    long version() { return version; }
}
