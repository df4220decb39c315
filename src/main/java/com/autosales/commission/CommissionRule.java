package com.autosales.commission;

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
import java.util.List;

@Entity
@Table(name = "commission_rule")
class CommissionRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long storeId;
    private String positionCode;
    private String name;
    @Enumerated(EnumType.STRING)
    private CommissionKind kind;
    private BigDecimal amount;
    private BigDecimal rate;
    private BigDecimal discountAbove;
    private String tiers;
    @Enumerated(EnumType.STRING)
    private VehicleLevel vehicleLevel;
    private Long vehicleRefId;
    private String vehicleLabel;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected CommissionRule() {
    }

    CommissionRule(Long storeId, RuleDraft draft, String by, Instant at) {
        this.storeId = storeId;
        this.createdBy = by;
        this.createdAt = at;
        apply(draft);
    }

    void apply(RuleDraft d) {
        this.positionCode = d.positionCode();
        this.name = d.name();
        this.kind = d.kind();
        this.amount = d.amount();
        this.rate = d.rate();
        this.discountAbove = d.discountAbove();
        this.tiers = d.tiers().isEmpty() ? null : Tier.format(d.tiers());
        this.vehicleLevel = d.vehicleLevel();
        this.vehicleRefId = d.vehicleRefId();
        this.vehicleLabel = d.vehicleLabel();
        this.validFrom = d.validFrom();
        this.validTo = d.validTo();
    }

    /** Ends the rule the day before a successor takes over. */
    void endOn(LocalDate lastDay) {
        this.validTo = lastDay;
    }

    RuleTerms terms() {
        return new RuleTerms(id, name, kind, amount, rate, discountAbove, tiers == null ? List.of() : Tier.parse(tiers),
                vehicleLevel, vehicleRefId, validFrom, validTo);
    }

    RuleDraft draft() {
        return new RuleDraft(positionCode, name, kind, amount, rate, discountAbove,
                tiers == null ? List.of() : Tier.parse(tiers), vehicleLevel, vehicleRefId, vehicleLabel, validFrom, validTo);
    }

    RuleView view(String positionName) {
        return new RuleView(id, storeId, positionCode, positionName, name, kind, amount, rate, discountAbove, tiers,
                vehicleLevel, vehicleRefId, vehicleLabel, validFrom, validTo, createdBy, version);
    }

    Long id() { return id; }
    Long storeId() { return storeId; }
    String positionCode() { return positionCode; }
    String name() { return name; }
    CommissionKind kind() { return kind; }
    LocalDate validFrom() { return validFrom; }
    LocalDate validTo() { return validTo; }
    long version() { return version; }
}
