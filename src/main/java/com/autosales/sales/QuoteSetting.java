package com.autosales.sales;

import com.autosales.shared.Percentage;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A store's quote terms (or the default, without store): commissions counted in the margin, validity days. */
@Entity
@Table(name = "sales_quote_setting")
class QuoteSetting {

    @Id
    private Long id;
    private Long storeId;
    private BigDecimal insuranceCommission;
    private BigDecimal financeCommission;
    private int validityDays;

    protected QuoteSetting() {
    }

    Long storeId() { return storeId; }
    Percentage insuranceCommission() { return Percentage.of(insuranceCommission); }
    Percentage financeCommission() { return Percentage.of(financeCommission); }
    int validityDays() { return validityDays; }
}
