package com.autosales.commission;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a statement as computed: which sale, which rule, the base it was computed on (units, gross margin,
 * insurance premium, financed amount, packages or the discount in percent), the rate (percent) or fixed amount, the
 * tier multiplier (percent; null when no tier rule applies) with the tier rule, and the amount, rounded once to the cent.
 */
public record CalculatedLine(CommissionKind kind, Long ruleId, String ruleName, Long contractId, String contractNumber,
        Long customerId, String trimLabel, LocalDate deliveredOn, BigDecimal base, BigDecimal rate, BigDecimal unitAmount,
        BigDecimal multiplier, Long tierRuleId, BigDecimal amount) {
}
