package com.autosales.sales;

import com.autosales.shared.DomainException;
import com.autosales.shared.Money;

/** 置换 — the customer's old car, appraised; its value is deducted from the amount due. */
public record TradeIn(String brandModel, String plateOrVin, Integer year, Integer mileageKm, Money appraisedValue) {

    public TradeIn {
        if (appraisedValue == null || appraisedValue.isNegative() || brandModel == null || brandModel.isBlank()) {
            throw new DomainException("sales.trade-in-incomplete");
        }
        brandModel = brandModel.trim();
        plateOrVin = plateOrVin == null || plateOrVin.isBlank() ? null : plateOrVin.trim().toUpperCase();
    }
}
