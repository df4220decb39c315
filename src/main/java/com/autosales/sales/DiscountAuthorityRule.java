package com.autosales.sales;

import com.autosales.shared.Money;
import com.autosales.shared.Percentage;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One row of the discount authority table: a position's limits in a store, or the group default (no store). */
@Entity
@Table(name = "sales_discount_authority")
class DiscountAuthorityRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long storeId;
    private Long positionId;
    private BigDecimal maxPercent;
    private Money maxAmount;
    private String updatedBy;
    private Instant updatedAt;

    protected DiscountAuthorityRule() {
    }

    DiscountAuthorityRule(Long storeId, Long positionId) {
        this.storeId = storeId;
        this.positionId = positionId;
    }

    void change(DiscountAuthority authority, String by, Instant at) {
        maxPercent = authority.maxPercent() == null ? null : authority.maxPercent().value();
        maxAmount = authority.maxAmount();
        updatedBy = by;
        updatedAt = at;
    }

    DiscountAuthority authority() {
        return new DiscountAuthority(maxPercent == null ? null : Percentage.of(maxPercent), maxAmount);
    }

    Long storeId() { return storeId; }
    Long positionId() { return positionId; }
}
