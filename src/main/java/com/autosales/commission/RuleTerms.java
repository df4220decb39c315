package com.autosales.commission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a rule says, as the calculation reads it: amounts in yuan, rates and thresholds in percent, a per-unit rule
 * optionally only for one series, model or trim; valid from / to (both days included, no end when {@code validTo} is
 * null).
 */
public record RuleTerms(Long id, String name, CommissionKind kind, BigDecimal amount, BigDecimal rate,
        BigDecimal discountAbove, List<Tier> tiers, VehicleLevel vehicleLevel, Long vehicleRefId, LocalDate validFrom,
        LocalDate validTo) {

    public RuleTerms {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
    }

    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return (validTo == null || !validTo.isBefore(from)) && (to == null || !validFrom.isAfter(to));
    }
}
