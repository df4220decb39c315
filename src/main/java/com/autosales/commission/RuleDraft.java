package com.autosales.commission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A rule's terms after checking, ready to be saved; the vehicle label is kept so the rule reads well later. */
record RuleDraft(String positionCode, String name, CommissionKind kind, BigDecimal amount, BigDecimal rate,
        BigDecimal discountAbove, List<Tier> tiers, VehicleLevel vehicleLevel, Long vehicleRefId, String vehicleLabel,
        LocalDate validFrom, LocalDate validTo) {

    /** Whether a statement computed with the old terms would come out differently with these. */
    boolean changesCalculation(RuleDraft other) {
        return !(Objects.equals(positionCode, other.positionCode) && kind == other.kind && same(amount, other.amount)
                && same(rate, other.rate) && same(discountAbove, other.discountAbove)
                && Tier.format(tiers).equals(Tier.format(other.tiers)) && vehicleLevel == other.vehicleLevel
                && Objects.equals(vehicleRefId, other.vehicleRefId) && validFrom.equals(other.validFrom));
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
