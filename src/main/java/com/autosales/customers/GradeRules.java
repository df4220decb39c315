package com.autosales.customers;

import com.autosales.shared.Money;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 客户分级规则 — a store's thresholds on the last 12 months' revenue and gross margin (percent of revenue):
 * A when both A thresholds are met, else B when both B thresholds are met, else C.
 */
public record GradeRules(
        @NotNull(message = "{customer.credit.invalid.required}") @PositiveOrZero(message = "{customer.credit.invalid.amount}")
        @Digits(integer = 15, fraction = 2, message = "{customer.credit.invalid.amount}") BigDecimal revenueA,
        @NotNull(message = "{customer.credit.invalid.required}") @DecimalMin(value = "0", message = "{customer.credit.invalid.percent}")
        @DecimalMax(value = "100", message = "{customer.credit.invalid.percent}")
        @Digits(integer = 3, fraction = 2, message = "{customer.credit.invalid.percent}") BigDecimal marginA,
        @NotNull(message = "{customer.credit.invalid.required}") @PositiveOrZero(message = "{customer.credit.invalid.amount}")
        @Digits(integer = 15, fraction = 2, message = "{customer.credit.invalid.amount}") BigDecimal revenueB,
        @NotNull(message = "{customer.credit.invalid.required}") @DecimalMin(value = "0", message = "{customer.credit.invalid.percent}")
        @DecimalMax(value = "100", message = "{customer.credit.invalid.percent}")
        @Digits(integer = 3, fraction = 2, message = "{customer.credit.invalid.percent}") BigDecimal marginB) {

    /** Until a store sets its own: A from ¥1,000,000 and 8 %, B from ¥200,000, else C. */
    public static final GradeRules DEFAULT = new GradeRules(new BigDecimal("1000000.00"), new BigDecimal("8.00"),
            new BigDecimal("200000.00"), new BigDecimal("0.00"));

    /** The grade these rules give a customer with this 12-month revenue and margin. */
    public Grade gradeFor(Money revenue, Money margin) {
        BigDecimal percent = percent(revenue, margin, 6);
        if (revenue.amount().compareTo(revenueA) >= 0 && percent.compareTo(marginA) >= 0) {
            return Grade.A;
        }
        if (revenue.amount().compareTo(revenueB) >= 0 && percent.compareTo(marginB) >= 0) {
            return Grade.B;
        }
        return Grade.C;
    }

    /** Gross margin as a percent of revenue, two decimals; zero without revenue. */
    public static BigDecimal marginPercent(Money revenue, Money margin) {
        return percent(revenue, margin, 2);
    }

    private static BigDecimal percent(Money revenue, Money margin, int scale) {
        if (revenue == null || margin == null || revenue.amount().signum() <= 0) {
            return BigDecimal.ZERO.setScale(scale);
        }
        return margin.amount().multiply(BigDecimal.valueOf(100)).divide(revenue.amount(), scale, RoundingMode.HALF_UP);
    }

    /** Thresholds that make sense together: A asks at least as much as B. */
    public boolean consistent() {
        return revenueA.compareTo(revenueB) >= 0 && marginA.compareTo(marginB) >= 0;
    }
}
