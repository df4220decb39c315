package com.autosales.performance;

import java.math.BigDecimal;

/** A metric's total over a period: how many (quantity) and how much (amount, in yuan where it is money). */
public record Figure(BigDecimal quantity, BigDecimal amount) {

    public static final Figure ZERO = new Figure(BigDecimal.ZERO, BigDecimal.ZERO);

    public Figure plus(Figure other) {
        return new Figure(quantity.add(other.quantity), amount.add(other.amount));
    }

    /** The average amount per counted item (e.g. the mean satisfaction score), zero when nothing was counted. */
    public BigDecimal average() {
        return quantity.signum() == 0 ? BigDecimal.ZERO
                : amount.divide(quantity, 2, java.math.RoundingMode.HALF_UP);
    }
}
