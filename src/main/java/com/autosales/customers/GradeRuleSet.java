package com.autosales.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** 客户分级规则 of one store. */
@Entity
@Table(name = "customer_grade_rules")
class GradeRuleSet {

    @Id
    private Long storeId;

    @Column(name = "revenue_a")
    private BigDecimal revenueA;
    @Column(name = "margin_a")
    private BigDecimal marginA;
    @Column(name = "revenue_b")
    private BigDecimal revenueB;
    @Column(name = "margin_b")
    private BigDecimal marginB;
    private Instant updatedAt;

    @Version
    private Long version;

    protected GradeRuleSet() {
    }

    GradeRuleSet(Long storeId) {
        this.storeId = storeId;
    }

    static long versionOf(GradeRuleSet set) {
        return set == null || set.version == null ? -1 : set.version;
    }

    GradeRules rules() {
        return new GradeRules(revenueA, marginA, revenueB, marginB);
    }

    void replace(GradeRules rules, Instant now) {
        this.revenueA = rules.revenueA();
        this.marginA = rules.marginA();
        this.revenueB = rules.revenueB();
        this.marginB = rules.marginB();
        this.updatedAt = now;
    }
}
