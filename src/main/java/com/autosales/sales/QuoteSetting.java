package com.autosales.sales;

import com.autosales.shared.Percentage;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A store's quote terms (or the default, without store): commissions counted in the margin, validity days. */
@Entity
@Table(name = "sales_quote_setting")
class QuoteSetting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long storeId;
    private BigDecimal insuranceCommission;
    private BigDecimal financeCommission;
    private int validityDays;

    protected QuoteSetting() {
    }

    /** The store's own terms, starting from the ones it had (the group's default). */
    QuoteSetting(Long storeId, QuoteSetting from) {
        this.storeId = storeId;
        change(from.validityDays, from.insuranceCommission(), from.financeCommission());
    }

    void change(int days, Percentage insurance, Percentage finance) {
        validityDays = days;
        insuranceCommission = insurance.value();
        financeCommission = finance.value();
    }

    Long storeId() { return storeId; }
    Percentage insuranceCommission() { return Percentage.of(insuranceCommission); }
    Percentage financeCommission() { return Percentage.of(financeCommission); }
    int validityDays() { return validityDays; }
}
