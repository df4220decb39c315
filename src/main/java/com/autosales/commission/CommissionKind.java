package com.autosales.commission;

/**
 * What a rule pays (or takes) and what a statement line is. Tiers produce no line of their own: they multiply the
 * per-unit and margin lines. Adjustments are the sales manager's manual lines, never a rule.
 */
public enum CommissionKind {
    PER_UNIT, MARGIN_PERCENT, TIERS, INSURANCE_PERCENT, FINANCE_BONUS, PACKAGES_PERCENT, DISCOUNT_PENALTY, ADJUSTMENT;

    public static final CommissionKind[] RULE_KINDS = {PER_UNIT, MARGIN_PERCENT, TIERS, INSURANCE_PERCENT, FINANCE_BONUS,
            PACKAGES_PERCENT, DISCOUNT_PENALTY};

    public String messageKey() {
        return "commission.kind." + name();
    }

    /** Kinds defined by a fixed amount (the others by a rate, tiers by their table). */
    public boolean byAmount() {
        return this == PER_UNIT || this == FINANCE_BONUS || this == DISCOUNT_PENALTY;
    }

    public boolean byRate() {
        return this == MARGIN_PERCENT || this == INSURANCE_PERCENT || this == PACKAGES_PERCENT;
    }

    /** Lines the attainment tier multiplies. */
    public boolean multipliedByTier() {
        return this == PER_UNIT || this == MARGIN_PERCENT;
    }
}
