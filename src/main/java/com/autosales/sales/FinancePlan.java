package com.autosales.sales;

import com.autosales.shared.DomainException;
import com.autosales.shared.Money;
import com.autosales.shared.Percentage;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * 分期方案 — a loan paid back in equal monthly instalments (the standard annuity formula
 * {@code M = P·r / (1 − (1 + r)^−n)}, r the monthly rate). The instalment is rounded once, by {@link Money}; the total
 * interest is what the rounded instalments pay beyond the principal, so the figures on the quote add up.
 */
public record FinancePlan(Money principal, int termMonths, Percentage annualRate, Money monthlyPayment,
        Money totalInterest) {

    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal MONTHS_TIMES_PERCENT = BigDecimal.valueOf(1200);

    public static FinancePlan of(Money principal, int termMonths, Percentage annualRate) {
        if (termMonths < 1 || termMonths > 120) {
            throw new DomainException("sales.finance-term-invalid", termMonths);
        }
        if (principal.isNegative()) {
            throw new DomainException("sales.finance-principal-negative");
        }
        Money monthly = Money.of(instalment(principal.amount(), termMonths, annualRate.value()));
        Money interest = monthly.times(BigDecimal.valueOf(termMonths)).minus(principal);
        return new FinancePlan(principal, termMonths, annualRate, monthly,
                interest.isNegative() ? Money.ZERO : interest);
    }

    private static BigDecimal instalment(BigDecimal principal, int months, BigDecimal annualPercent) {
        if (annualPercent.signum() == 0) {
            return principal.divide(BigDecimal.valueOf(months), PRECISION);
        }
        BigDecimal r = annualPercent.divide(MONTHS_TIMES_PERCENT, PRECISION);
        BigDecimal growth = BigDecimal.ONE.add(r).pow(months, PRECISION);
        BigDecimal discountFactor = BigDecimal.ONE.subtract(BigDecimal.ONE.divide(growth, PRECISION));
        return principal.multiply(r, PRECISION).divide(discountFactor, PRECISION);
    }
}
