package com.autosales.customers;

import com.autosales.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * 客户等级 — the effective grade and how it was reached, so the card can explain it: a manager's override (who,
 * when, why), or the store's rules on the last 12 months' revenue and margin, or set by hand on the customer form
 * before any sale was reported.
 */
public record GradeView(Long customerId, Grade grade, Source source, Grade ruleGrade, Money revenue, Money margin,
        BigDecimal marginPercent, LocalDate windowFrom, LocalDate windowTo, Instant computedAt, String overrideByName,
        String overrideReason, Instant overrideAt, GradeRules rules, long version) {

    public enum Source {
        /** a manager's override, which wins until cleared */
        MANUAL,
        /** the store's rules on the last 12 months */
        RULE,
        /** as entered on the customer form; no sale reported yet */
        FORM
    }
}
