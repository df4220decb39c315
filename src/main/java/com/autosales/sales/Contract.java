package com.autosales.sales;

import com.autosales.shared.DomainException;
import com.autosales.shared.Money;
import com.autosales.shared.Percentage;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * 销售合同 — the sale as agreed with the customer, drawn up from an accepted quote. Each change of status is a named
 * method that refuses what the flow does not allow ({@code sales.contract.illegal-transition}).
 */
@Entity
@Table(name = "sales_contract")
class Contract {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String number;
    private Long quoteId;
    private Long activeQuoteId;
    private Long leadId;
    private Long customerId;
    private Long storeId;
    private Long ownerEmployeeId;
    private String ownerName;
    private String buyerName;
    private String buyerIdNumber;
    private String buyerPhone;
    private String buyerAddress;
    private Long trimId;
    private String trimLabel;
    private String exteriorColour;
    private String interiorColour;
    private String configuration;
    private String vin;
    private String activeVin;
    private Money msrp;
    private Money discount;
    private Money packagesTotal;
    private String packagesText;
    private Money insurance;
    private Money registrationFee;
    private Money tradeInValue;
    private String tradeInText;
    @Enumerated(EnumType.STRING)
    private PaymentMethod paymentMethod;
    private BigDecimal downPaymentPercent;
    private Integer termMonths;
    private BigDecimal annualRate;
    private Money depositAmount;
    private LocalDate deliveryDate;
    private String terms;
    @Enumerated(EnumType.STRING)
    private ContractStatus status;
    private String returnComment;
    private Money depositReceived;
    private String depositReference;
    private String cancelReason;
    private Money refundAmount;
    private String refundNote;
    private LocalDate signedOn;
    private Instant signedAt;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Contract() {
    }

    /** A draft from an accepted quote: the vehicle and every figure as the customer accepted them. */
    Contract(QuoteView quote, ContractDetails details, Instant now) {
        this.quoteId = quote.id();
        this.activeQuoteId = quote.id();
        this.leadId = quote.leadId();
        this.customerId = quote.customerId();
        this.storeId = quote.storeId();
        this.ownerEmployeeId = quote.ownerEmployeeId();
        this.ownerName = quote.ownerName();
        this.trimId = quote.trimId();
        this.trimLabel = quote.trimLabel();
        this.exteriorColour = quote.exteriorColour();
        this.interiorColour = quote.interiorColour();
        this.vin = quote.vin();
        QuoteFigures f = quote.figures();
        this.msrp = f.msrp();
        this.discount = f.discount();
        this.packagesTotal = f.packagesTotal();
        this.packagesText = quote.packages().stream().map(QuoteView.PackageLine::name).collect(Collectors.joining("、"));
        this.insurance = f.insurance();
        this.registrationFee = f.registrationFee();
        this.tradeInValue = f.tradeInValue();
        this.tradeInText = quote.tradeIn() == null ? null
                : (quote.tradeIn().brandModel() + " " + (quote.tradeIn().plateOrVin() == null ? "" : quote.tradeIn().plateOrVin())).strip();
        this.paymentMethod = quote.paymentMethod();
        if (f.financePlan() != null) {
            this.downPaymentPercent = quote.downPaymentPercent().value();
            this.termMonths = f.financePlan().termMonths();
            this.annualRate = f.financePlan().annualRate().value();
        }
        this.status = ContractStatus.DRAFT;
        this.createdAt = now;
        apply(details, now);
    }

    /** The number is the id, known once saved: HT + six digits. */
    void numberIsAssigned() {
        if (number == null) {
            number = "HT" + String.format("%06d", id);
        }
    }

    void apply(ContractDetails d, Instant now) {
        if (!status.editable()) {
            throw new DomainException("sales.contract.not-editable");
        }
        if (d.depositAmount().isGreaterThan(figures().amountDue())) {
            throw new DomainException("sales.contract.deposit-invalid");
        }
        buyerName = d.buyerName();
        buyerIdNumber = d.buyerIdNumber();
        buyerPhone = d.buyerPhone();
        buyerAddress = d.buyerAddress();
        configuration = d.configuration();
        depositAmount = d.depositAmount();
        deliveryDate = d.deliveryDate();
        terms = d.terms();
        updatedAt = now;
    }

    void submit(Instant now) {
        moveTo(ContractStatus.SUBMITTED, now);
        returnComment = null;
    }

    void approvalGranted(Instant now) {
        moveTo(ContractStatus.APPROVED, now);
    }

    void approvalReturned(String comment, Instant now) {
        moveTo(ContractStatus.RETURNED, now);
        returnComment = comment;
    }

    void sign(LocalDate today, Instant now) {
        moveTo(ContractStatus.SIGNED, now);
        signedOn = today;
        signedAt = now;
    }

    void depositReceived(Money amount, String reference, Instant now) {
        if (amount == null || amount.isNegative() || amount.amount().signum() == 0 || amount.isGreaterThan(figures().amountDue())) {
            throw new DomainException("sales.contract.deposit-received-invalid");
        }
        moveTo(ContractStatus.DEPOSIT_RECEIVED, now);
        depositReceived = amount;
        depositReference = reference == null || reference.isBlank() ? null : reference.strip();
    }

    /** 配车 — the VIN must be of the contract's trim and colours (checked by the caller against stock). */
    void allocate(String allocatedVin, Instant now) {
        moveTo(ContractStatus.ALLOCATED, now);
        vin = allocatedVin;
        activeVin = allocatedVin;
    }

    void deliver(Instant now) {
        moveTo(ContractStatus.DELIVERED, now);
    }

    void close(Instant now) {
        moveTo(ContractStatus.CLOSED, now);
        activeQuoteId = null;
        activeVin = null;
    }

    /** 作废 — with a reason; what was received is refunded (at most the deposit received). */
    void cancel(String reason, Money refund, String note, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("sales.contract.cancel-reason-required");
        }
        Money received = depositReceived == null ? Money.ZERO : depositReceived;
        Money refunded = refund == null ? Money.ZERO : refund;
        if (refunded.isNegative() || refunded.isGreaterThan(received)) {
            throw new DomainException("sales.contract.refund-invalid", received.toString());
        }
        moveTo(ContractStatus.CANCELLED, now);
        cancelReason = reason.strip();
        refundAmount = refunded;
        refundNote = note == null || note.isBlank() ? null : note.strip();
        activeQuoteId = null;
        activeVin = null;
    }

    /** An approved amendment changes the signed contract's price, delivery date or colours. */
    void amend(ContractAmendment amendment, Instant now) {
        if (!status.signed() || status == ContractStatus.CLOSED) {
            throw new DomainException("sales.contract.not-amendable");
        }
        if (amendment.newDiscount() != null) {
            discount = amendment.newDiscount();
            figures();
        }
        if (amendment.newDeliveryDate() != null) {
            deliveryDate = amendment.newDeliveryDate();
        }
        if (amendment.newExteriorColour() != null) {
            exteriorColour = amendment.newExteriorColour();
        }
        if (amendment.newInteriorColour() != null) {
            interiorColour = amendment.newInteriorColour();
        }
        updatedAt = now;
    }

    private void moveTo(ContractStatus next, Instant now) {
        if (!status.canMoveTo(next)) {
            throw new DomainException("sales.contract.illegal-transition", status.name(), next.name());
        }
        status = next;
        updatedAt = now;
    }

    QuoteFigures figures() {
        return QuoteFigures.of(new QuoteFigures.Inputs(msrp, discount, packagesTotal, insurance, registrationFee,
                tradeInValue, paymentMethod, percent(downPaymentPercent), termMonths, percent(annualRate)));
    }

    private static Percentage percent(BigDecimal value) {
        return value == null ? null : Percentage.of(value);
    }

    Long id() { return id; }
    String number() { return number; }
    Long quoteId() { return quoteId; }
    Long leadId() { return leadId; }
    Long customerId() { return customerId; }
    Long storeId() { return storeId; }
    Long ownerEmployeeId() { return ownerEmployeeId; }
    String ownerName() { return ownerName; }
    String buyerName() { return buyerName; }
    String buyerIdNumber() { return buyerIdNumber; }
    String buyerPhone() { return buyerPhone; }
    String buyerAddress() { return buyerAddress; }
    Long trimId() { return trimId; }
    String trimLabel() { return trimLabel; }
    String exteriorColour() { return exteriorColour; }
    String interiorColour() { return interiorColour; }
    String configuration() { return configuration; }
    String vin() { return vin; }
    String packagesText() { return packagesText; }
    String tradeInText() { return tradeInText; }
    PaymentMethod paymentMethod() { return paymentMethod; }
    Money depositAmount() { return depositAmount; }
    LocalDate deliveryDate() { return deliveryDate; }
    String terms() { return terms; }
    ContractStatus status() { return status; }
    String returnComment() { return returnComment; }
    Money depositReceived() { return depositReceived; }
    String depositReference() { return depositReference; }
    String cancelReason() { return cancelReason; }
    Money refundAmount() { return refundAmount; }
    String refundNote() { return refundNote; }
    LocalDate signedOn() { return signedOn; }
    Instant signedAt() { return signedAt; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
    long version() { return version; }
}
