package com.autosales.sales;

import com.autosales.shared.DomainException;
import com.autosales.shared.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** 合同变更单 — a change asked for on a signed contract; it changes the contract only once the manager approves. */
@Entity
@Table(name = "sales_contract_amendment")
class ContractAmendment {

    enum Status { PENDING, APPROVED, RETURNED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long contractId;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;
    private String reason;
    private Money newDiscount;
    private LocalDate newDeliveryDate;
    private String newExteriorColour;
    private String newInteriorColour;
    private String summary;
    private String requestedBy;
    private String returnComment;
    private Instant createdAt;
    private Instant decidedAt;
    @Version
    private long version;

    protected ContractAmendment() {
    }

    ContractAmendment(Long contractId, AmendmentRequest request, String summary, String requestedBy, Instant now) {
        if (request.reason() == null || request.reason().isBlank()) {
            throw new DomainException("sales.amendment.reason-required");
        }
        if (request.isEmpty()) {
            throw new DomainException("sales.amendment.nothing-changed");
        }
        this.contractId = contractId;
        this.status = Status.PENDING;
        this.reason = request.reason().strip();
        this.newDiscount = request.newDiscount();
        this.newDeliveryDate = request.newDeliveryDate();
        this.newExteriorColour = request.newExteriorColour();
        this.newInteriorColour = request.newInteriorColour();
        this.summary = summary;
        this.requestedBy = requestedBy;
        this.createdAt = now;
    }

    void approved(Instant now) {
        status = Status.APPROVED;
        decidedAt = now;
    }

    void returned(String comment, Instant now) {
        status = Status.RETURNED;
        returnComment = comment;
        decidedAt = now;
    }

    AmendmentView view() {
        return new AmendmentView(id, status.name(), reason, summary, requestedBy, returnComment, createdAt, decidedAt);
    }

    Long id() { return id; }
    Long contractId() { return contractId; }
    Status status() { return status; }
    String reason() { return reason; }
    Money newDiscount() { return newDiscount; }
    LocalDate newDeliveryDate() { return newDeliveryDate; }
    String newExteriorColour() { return newExteriorColour; }
    String newInteriorColour() { return newInteriorColour; }
    String summary() { return summary; }
}
