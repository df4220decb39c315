package com.autosales.commission;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A statement line with what explains it: the contract, customer (when the reader may see the card) and vehicle, the
 * rule, the base, the rate (percent) or fixed amount, the tier multiplier (percent), the amount; for an adjustment who
 * added it, when and why.
 */
public record LineView(Long id, int position, CommissionKind kind, Long ruleId, String ruleName, Long contractId,
        String contractNumber, String customerName, String trimLabel, LocalDate deliveredOn, BigDecimal base,
        BigDecimal rate, BigDecimal unitAmount, BigDecimal multiplier, BigDecimal amount, String reason, String addedBy,
        Instant addedAt) {
}
