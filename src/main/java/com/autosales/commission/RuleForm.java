package com.autosales.commission;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A rule as the form and the API send it. {@code vehicle} is a picker value such as {@code SERIES:3} (empty: every
 * car); {@code tiers} reads "0:0; 80:100; 100:120". {@code effectiveFrom} is needed only to change a rule an approved
 * statement used: the change then becomes a new rule from that day.
 */
public class RuleForm {

    private String positionCode;
    private String name;
    private CommissionKind kind;
    private BigDecimal amount;
    private BigDecimal rate;
    private BigDecimal discountAbove;
    private String tiers;
    private String vehicle;
    private LocalDate validFrom;
    private LocalDate validTo;
    private LocalDate effectiveFrom;
    private Long version;

    static RuleForm of(RuleView r) {
        RuleForm f = new RuleForm();
        f.positionCode = r.positionCode();
        f.name = r.name();
        f.kind = r.kind();
        f.amount = r.amount();
        f.rate = r.rate();
        f.discountAbove = r.discountAbove();
        f.tiers = r.tiers();
        f.vehicle = r.vehicle();
        f.validFrom = r.validFrom();
        f.validTo = r.validTo();
        f.version = r.version();
        return f;
    }

    public String getPositionCode() { return positionCode; }
    public void setPositionCode(String positionCode) { this.positionCode = positionCode; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public CommissionKind getKind() { return kind; }
    public void setKind(CommissionKind kind) { this.kind = kind; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public BigDecimal getRate() { return rate; }
    public void setRate(BigDecimal rate) { this.rate = rate; }
    public BigDecimal getDiscountAbove() { return discountAbove; }
    public void setDiscountAbove(BigDecimal discountAbove) { this.discountAbove = discountAbove; }
    public String getTiers() { return tiers; }
    public void setTiers(String tiers) { this.tiers = tiers; }
    public String getVehicle() { return vehicle; }
    public void setVehicle(String vehicle) { this.vehicle = vehicle; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
