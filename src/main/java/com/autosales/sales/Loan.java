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

/**
 * 分期申请 — one loan application of a financed contract to one lender. Each step is a named method that refuses what
 * the flow does not allow ({@code sales.loan.illegal-transition}); the terms are checked against the contract.
 */
@Entity
@Table(name = "sales_loan")
class Loan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long contractId;
    private Long activeContractId;
    private String contractNumber;
    private Long customerId;
    private Long storeId;
    private Long ownerEmployeeId;
    private String ownerName;
    private String buyerName;
    private String lender;
    private Money amount;
    private int termMonths;
    private BigDecimal annualRate;
    private Money monthlyPayment;
    @Enumerated(EnumType.STRING)
    private LoanStatus status;
    private LocalDate submittedOn;
    private LocalDate decidedOn;
    private LocalDate disbursedOn;
    private Money disbursedAmount;
    private String lenderReference;
    private String rejectReason;
    private String cancelReason;
    private String note;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Loan() {
    }

    /** A new application collecting documents, for a financed contract, with terms within the contract's loan. */
    Loan(ContractView contract, LoanTerms terms, Instant now) {
        this.contractId = contract.id();
        this.activeContractId = contract.id();
        this.contractNumber = contract.number();
        this.customerId = contract.customerId();
        this.storeId = contract.storeId();
        this.ownerEmployeeId = contract.ownerEmployeeId();
        this.ownerName = contract.ownerName();
        this.buyerName = contract.buyerName();
        this.status = LoanStatus.COLLECTING;
        this.createdAt = now;
        applyTerms(terms, contract.figures().financedAmount(), now);
    }

    /** Lender and terms, while documents are being collected; the instalment follows from them. */
    void applyTerms(LoanTerms terms, Money financed, Instant now) {
        if (terms.amount().amount().signum() <= 0 || terms.amount().isGreaterThan(financed)) {
            throw new DomainException("sales.loan.amount-invalid", financed.toString());
        }
        this.lender = terms.lender();
        this.amount = terms.amount();
        this.termMonths = terms.termMonths();
        this.annualRate = terms.annualRate().value();
        this.monthlyPayment = FinancePlan.of(amount, termMonths, terms.annualRate()).monthlyPayment();
        this.note = terms.note();
        this.updatedAt = now;
    }

    void submit(LocalDate today, Instant now) {
        moveTo(LoanStatus.SUBMITTED, now);
        submittedOn = today;
    }

    /** 审批通过 — with the lender's reference; the lender may grant less, or another term or rate, than applied for. */
    void approve(String lenderReference, LoanTerms granted, LocalDate today, Instant now) {
        if (granted.amount().amount().signum() <= 0 || granted.amount().isGreaterThan(amount)) {
            throw new DomainException("sales.loan.approved-amount-invalid", amount.toString());
        }
        String reference = blankToNull(lenderReference);
        moveTo(LoanStatus.APPROVED, now);
        amount = granted.amount();
        termMonths = granted.termMonths();
        annualRate = granted.annualRate().value();
        monthlyPayment = FinancePlan.of(amount, termMonths, granted.annualRate()).monthlyPayment();
        this.lenderReference = reference;
        decidedOn = today;
    }

    void reject(String reason, LocalDate today, Instant now) {
        String why = required(reason, "sales.loan.reason-required");
        moveTo(LoanStatus.REJECTED, now);
        rejectReason = why;
        decidedOn = today;
        activeContractId = null;
    }

    /** 放款 — the lender paid out: on a day not in the future nor before the approval, at most the approved amount. */
    void disburse(LocalDate on, Money paid, LocalDate today, Instant now) {
        if (on == null || on.isAfter(today) || (decidedOn != null && on.isBefore(decidedOn))) {
            throw new DomainException("sales.loan.disbursed-on-invalid");
        }
        if (paid == null || paid.amount().signum() <= 0 || paid.isGreaterThan(amount)) {
            throw new DomainException("sales.loan.disbursed-amount-invalid", amount.toString());
        }
        moveTo(LoanStatus.DISBURSED, now);
        disbursedOn = on;
        disbursedAmount = paid;
    }

    /** 撤销 — withdrawn with a reason; the contract may get a new application. */
    void cancel(String reason, Instant now) {
        String why = required(reason, "sales.loan.reason-required");
        moveTo(LoanStatus.CANCELLED, now);
        cancelReason = why;
        activeContractId = null;
    }

    /** A document ticked or unticked changes the application (and its version) too. */
    void documentsChanged(Instant now) {
        if (!status.editable()) {
            throw new DomainException("sales.loan.not-collecting");
        }
        updatedAt = now;
    }

    private void moveTo(LoanStatus next, Instant now) {
        if (!status.canMoveTo(next)) {
            throw new DomainException("sales.loan.illegal-transition", status.name(), next.name());
        }
        status = next;
        updatedAt = now;
    }

    private static String required(String text, String code) {
        if (text == null || text.isBlank()) {
            throw new DomainException(code);
        }
        return limited(text, 500);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : limited(text, 60);
    }

    private static String limited(String text, int max) {
        if (text.strip().length() > max) {
            throw new DomainException("sales.loan.text-too-long", max);
        }
        return text.strip();
    }

    Long id() { return id; }
    Long contractId() { return contractId; }
    String contractNumber() { return contractNumber; }
    Long customerId() { return customerId; }
    Long storeId() { return storeId; }
    Long ownerEmployeeId() { return ownerEmployeeId; }
    String ownerName() { return ownerName; }
    String buyerName() { return buyerName; }
    String lender() { return lender; }
    Money amount() { return amount; }
    int termMonths() { return termMonths; }
    Percentage annualRate() { return Percentage.of(annualRate); }
    Money monthlyPayment() { return monthlyPayment; }
    LoanStatus status() { return status; }
    LocalDate submittedOn() { return submittedOn; }
    LocalDate decidedOn() { return decidedOn; }
    LocalDate disbursedOn() { return disbursedOn; }
    Money disbursedAmount() { return disbursedAmount; }
    String lenderReference() { return lenderReference; }
    String rejectReason() { return rejectReason; }
    String cancelReason() { return cancelReason; }
    String note() { return note; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
    long version() { return version; }
}
