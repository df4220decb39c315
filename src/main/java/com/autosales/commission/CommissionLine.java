package com.autosales.commission;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A computed line (a copy of {@link CalculatedLine}) or a manual adjustment with who, when and why. */
@Entity
@Table(name = "commission_line")
class CommissionLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int position;
    @Enumerated(EnumType.STRING)
    private CommissionKind kind;
    private Long ruleId;
    private String ruleName;
    private Long contractId;
    private String contractNumber;
    private Long customerId;
    private String trimLabel;
    private LocalDate deliveredOn;
    private BigDecimal base;
    private BigDecimal rate;
    private BigDecimal unitAmount;
    private BigDecimal multiplier;
    private Long tierRuleId;
    private BigDecimal amount;
    private String reason;
    private String addedBy;
    private Instant addedAt;

    protected CommissionLine() {
    }

    static CommissionLine of(CalculatedLine c) {
        CommissionLine l = new CommissionLine();
        l.kind = c.kind();
        l.ruleId = c.ruleId();
        l.ruleName = c.ruleName();
        l.contractId = c.contractId();
        l.contractNumber = c.contractNumber();
        l.customerId = c.customerId();
        l.trimLabel = c.trimLabel();
        l.deliveredOn = c.deliveredOn();
        l.base = c.base();
        l.rate = c.rate();
        l.unitAmount = c.unitAmount();
        l.multiplier = c.multiplier();
        l.tierRuleId = c.tierRuleId();
        l.amount = c.amount();
        return l;
    }

    static CommissionLine adjustment(BigDecimal amount, String reason, String by, Instant at) {
        CommissionLine l = new CommissionLine();
        l.kind = CommissionKind.ADJUSTMENT;
        l.amount = amount;
        l.reason = reason;
        l.addedBy = by;
        l.addedAt = at;
        return l;
    }

    void numbered(int position) {
        this.position = position;
    }

    LineView view(String customerName) {
        return new LineView(id, position, kind, ruleId, ruleName, contractId, contractNumber, customerName, trimLabel,
                deliveredOn, base, rate, unitAmount, multiplier, amount, reason, addedBy, addedAt);
    }

    CommissionKind kind() { return kind; }
    Long customerId() { return customerId; }
    BigDecimal amount() { return amount; }
    boolean isAdjustment() { return kind == CommissionKind.ADJUSTMENT; }
}
