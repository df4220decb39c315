package com.autosales.sales;

import com.autosales.shared.DomainException;
import com.autosales.shared.Money;
import com.autosales.shared.Percentage;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 报价单 — one version of a quote for a lead; a newer version supersedes it once it was given to the customer. */
@Entity
@Table(name = "sales_quote")
class Quote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long rootId;
    private int versionNo;
    @Column(name = "is_current")
    private boolean current;
    @Enumerated(EnumType.STRING)
    private QuoteStatus status;
    private Long leadId;
    private Long customerId;
    private String customerName;
    private Long storeId;
    private Long ownerEmployeeId;
    private String ownerName;
    private Long trimId;
    private String trimLabel;
    private String exteriorColour;
    private String interiorColour;
    private String vin;
    private LocalDate quoteDate;
    private int validityDays;
    private LocalDate validUntil;
    private Money msrp;
    private Money trimCost;
    private Money discount;
    private Money insurance;
    private Money registrationFee;
    private String tradeInBrandModel;
    private String tradeInPlateOrVin;
    private Integer tradeInYear;
    private Integer tradeInMileageKm;
    private Money tradeInValue;
    @Enumerated(EnumType.STRING)
    private PaymentMethod paymentMethod;
    private BigDecimal downPaymentPercent;
    private Integer termMonths;
    private BigDecimal annualRate;
    private BigDecimal insuranceCommission;
    private BigDecimal financeCommission;
    private boolean needsApproval;
    private String requestComment;
    private String returnComment;
    private Instant issuedAt;
    private Instant acceptedAt;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sales_quote_package", joinColumns = @JoinColumn(name = "quote_id"))
    @OrderColumn(name = "position")
    private List<QuotePackage> packages = new ArrayList<>();

    protected Quote() {
    }

    Quote(QuoteOwner owner, QuoteContent content, QuoteTerms terms, Instant now) {
        this.versionNo = 1;
        this.current = true;
        this.leadId = owner.leadId();
        this.customerId = owner.customerId();
        this.customerName = owner.customerName();
        this.storeId = owner.storeId();
        this.ownerEmployeeId = owner.ownerEmployeeId();
        this.ownerName = owner.ownerName();
        this.createdAt = now;
        apply(content, terms, now);
    }

    /** The next version: same lead and owner, new content, starting as a draft. */
    Quote nextVersion(QuoteContent content, QuoteTerms terms, Instant now) {
        Quote next = new Quote(owner(), content, terms, now);
        next.rootId = rootId();
        next.versionNo = versionNo + 1;
        return next;
    }

    void rootIsSelf() {
        if (rootId == null) {
            rootId = id;
        }
    }

    void apply(QuoteContent c, QuoteTerms terms, Instant now) {
        trimId = c.trimId();
        trimLabel = c.trimLabel();
        exteriorColour = c.exteriorColour();
        interiorColour = c.interiorColour();
        vin = c.vin();
        msrp = c.msrp();
        trimCost = c.trimCost();
        discount = c.discount();
        insurance = c.insurance();
        registrationFee = c.registrationFee();
        TradeIn t = c.tradeIn();
        tradeInBrandModel = t == null ? null : t.brandModel();
        tradeInPlateOrVin = t == null ? null : t.plateOrVin();
        tradeInYear = t == null ? null : t.year();
        tradeInMileageKm = t == null ? null : t.mileageKm();
        tradeInValue = t == null ? null : t.appraisedValue();
        paymentMethod = c.paymentMethod();
        boolean finance = paymentMethod == PaymentMethod.FINANCE;
        downPaymentPercent = finance ? c.downPaymentPercent().value() : null;
        termMonths = finance ? c.termMonths() : null;
        annualRate = finance ? c.annualRate().value() : null;
        packages.clear();
        packages.addAll(c.packages());
        quoteDate = terms.quoteDate();
        validityDays = terms.validityDays();
        insuranceCommission = terms.insuranceCommission().value();
        financeCommission = terms.financeCommission().value();
        needsApproval = terms.needsApproval();
        requestComment = terms.comment();
        returnComment = null;
        status = QuoteStatus.DRAFT;
        updatedAt = now;
    }

    /** 提交审批 — only a draft beyond the consultant's authority goes for approval. */
    void submitForApproval(String comment, Instant now) {
        if (status != QuoteStatus.DRAFT || !needsApproval) {
            throw new DomainException("sales.quote.not-submittable");
        }
        requestComment = comment == null || comment.isBlank() ? requestComment : comment.trim();
        status = QuoteStatus.PENDING_APPROVAL;
        updatedAt = now;
    }

    void approvalGranted(Instant now) {
        if (status == QuoteStatus.PENDING_APPROVAL) {
            status = QuoteStatus.APPROVED;
            updatedAt = now;
        }
    }

    void approvalReturned(String comment, Instant now) {
        if (status == QuoteStatus.PENDING_APPROVAL) {
            status = QuoteStatus.DRAFT;
            returnComment = comment;
            updatedAt = now;
        }
    }

    /** 给客户 — within authority from a draft, beyond it only once approved; the validity starts today. */
    void issue(LocalDate today, Instant now) {
        boolean allowed = status == QuoteStatus.APPROVED || (status == QuoteStatus.DRAFT && !needsApproval);
        if (!allowed) {
            throw new DomainException(status == QuoteStatus.DRAFT || status == QuoteStatus.PENDING_APPROVAL
                    ? "sales.quote.needs-approval" : "sales.quote.not-issuable");
        }
        status = QuoteStatus.ISSUED;
        validUntil = today.plusDays(validityDays);
        issuedAt = now;
        updatedAt = now;
    }

    void accept(LocalDate today, Instant now) {
        if (statusOn(today) != QuoteStatus.ISSUED) {
            throw new DomainException(statusOn(today) == QuoteStatus.EXPIRED ? "sales.quote.expired" : "sales.quote.not-issued");
        }
        status = QuoteStatus.ACCEPTED;
        acceptedAt = now;
        updatedAt = now;
    }

    void supersede(Instant now) {
        current = false;
        if (status == QuoteStatus.ISSUED || status == QuoteStatus.DRAFT || status == QuoteStatus.APPROVED) {
            status = QuoteStatus.SUPERSEDED;
        }
        updatedAt = now;
    }

    /** The status as of a day: an issued quote past its validity has expired. */
    QuoteStatus statusOn(LocalDate day) {
        return status == QuoteStatus.ISSUED && validUntil != null && day.isAfter(validUntil) ? QuoteStatus.EXPIRED : status;
    }

    QuoteOwner owner() {
        return new QuoteOwner(leadId, customerId, customerName, storeId, ownerEmployeeId, ownerName);
    }

    TradeIn tradeIn() {
        return tradeInValue == null ? null
                : new TradeIn(tradeInBrandModel, tradeInPlateOrVin, tradeInYear, tradeInMileageKm, tradeInValue);
    }

    Money packagesTotal() {
        return packages.stream().map(QuotePackage::price).reduce(Money.ZERO, Money::plus);
    }

    Money packagesCost() {
        return packages.stream().map(QuotePackage::cost).reduce(Money.ZERO, Money::plus);
    }

    QuoteFigures figures() {
        return QuoteFigures.of(new QuoteFigures.Inputs(msrp, discount, packagesTotal(), insurance, registrationFee,
                tradeInValue == null ? Money.ZERO : tradeInValue, paymentMethod, percent(downPaymentPercent),
                termMonths, percent(annualRate)));
    }

    QuoteMargin margin() {
        return marginOf(figures());
    }

    /** The margin of these figures (a contract's, perhaps amended since) at this quote's costs and commission rates. */
    QuoteMargin marginOf(QuoteFigures agreed) {
        return QuoteMargin.of(agreed, trimCost, packagesCost(), percent(insuranceCommission), percent(financeCommission));
    }

    private static Percentage percent(BigDecimal value) {
        return value == null ? null : Percentage.of(value);
    }

    Long id() { return id; }
    Long rootId() { return rootId == null ? id : rootId; }
    int versionNo() { return versionNo; }
    boolean current() { return current; }
    QuoteStatus status() { return status; }
    Long leadId() { return leadId; }
    Long customerId() { return customerId; }
    String customerName() { return customerName; }
    Long storeId() { return storeId; }
    Long ownerEmployeeId() { return ownerEmployeeId; }
    String ownerName() { return ownerName; }
    Long trimId() { return trimId; }
    String trimLabel() { return trimLabel; }
    String exteriorColour() { return exteriorColour; }
    String interiorColour() { return interiorColour; }
    String vin() { return vin; }
    LocalDate quoteDate() { return quoteDate; }
    int validityDays() { return validityDays; }
    LocalDate validUntil() { return validUntil; }
    PaymentMethod paymentMethod() { return paymentMethod; }
    Percentage downPaymentPercent() { return percent(downPaymentPercent); }
    boolean needsApproval() { return needsApproval; }
    String requestComment() { return requestComment; }
    String returnComment() { return returnComment; }
    Instant issuedAt() { return issuedAt; }
    Instant acceptedAt() { return acceptedAt; }
    Instant updatedAt() { return updatedAt; }
    List<QuotePackage> packages() { return List.copyOf(packages); }
    long version() { return version; }
}
