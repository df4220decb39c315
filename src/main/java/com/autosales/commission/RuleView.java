package com.autosales.commission;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A rule as pages and the API show it; amounts in yuan, rate and discount threshold in percent. */
public record RuleView(Long id, Long storeId, String positionCode, String positionName, String name, CommissionKind kind,
        BigDecimal amount, BigDecimal rate, BigDecimal discountAbove, String tiers, VehicleLevel vehicleLevel,
        Long vehicleRefId, String vehicleLabel, LocalDate validFrom, LocalDate validTo, String createdBy, long version) {

    /** The picker value of the vehicle choice, e.g. {@code SERIES:3}; empty for every car. */
    public String vehicle() {
        return vehicleLevel == null ? "" : vehicleLevel.name() + ":" + vehicleRefId;
    }
}
