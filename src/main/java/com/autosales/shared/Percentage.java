package com.autosales.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A percentage such as a discount or a rate, kept with two decimals (12.50 means 12.5 %). */
public record Percentage(BigDecimal value) {

    public Percentage {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw new DomainException("percentage.out-of-range", value.toPlainString());
        }
        value = value.setScale(2, RoundingMode.HALF_UP);
    }

    public static Percentage of(String value) {
        try {
            return new Percentage(new BigDecimal(value.trim()));
        } catch (NumberFormatException e) {
            throw new DomainException("percentage.invalid", value);
        }
    }

    public static Percentage of(BigDecimal value) {
        return new Percentage(value);
    }

    public BigDecimal asFraction() {
        return value.divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return value.toPlainString() + "%";
    }
}
