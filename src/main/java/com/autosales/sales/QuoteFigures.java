package com.autosales.sales;

import com.autosales.shared.DomainException;
import com.autosales.shared.Money;
import com.autosales.shared.Percentage;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The price breakdown of a quote: vehicle after discount, packages, insurance and fees, minus the trade-in, gives the
 * amount due; with a loan, the down payment (a share of the vehicle price) and the financed rest with its plan.
 * {@code dueBeforeLoan} is what the customer pays themselves: the amount due less the financed amount.
 */
public record QuoteFigures(Money msrp, Money discount, Percentage discountPercent, Money vehiclePrice,
        Money packagesTotal, Money insurance, Money registrationFee, Money tradeInValue, Money amountDue,
        @JsonInclude(JsonInclude.Include.NON_NULL) Money downPayment,
        @JsonInclude(JsonInclude.Include.NON_NULL) Money financedAmount,
        @JsonInclude(JsonInclude.Include.NON_NULL) FinancePlan financePlan, Money dueBeforeLoan) {

    /** What the figures are computed from. */
    record Inputs(Money msrp, Money discount, Money packagesTotal, Money insurance, Money registrationFee,
            Money tradeInValue, PaymentMethod payment, Percentage downPaymentPercent, Integer termMonths,
            Percentage annualRate) {
    }

    static QuoteFigures of(Inputs in) {
        if (in.discount().isNegative() || in.discount().isGreaterThan(in.msrp())) {
            throw new DomainException("sales.discount-invalid");
        }
        if (in.insurance().isNegative() || in.registrationFee().isNegative() || in.tradeInValue().isNegative()) {
            throw new DomainException("sales.amount-negative");
        }
        Money vehicle = in.msrp().minus(in.discount());
        Money due = vehicle.plus(in.packagesTotal()).plus(in.insurance()).plus(in.registrationFee())
                .minus(in.tradeInValue());
        if (in.payment() != PaymentMethod.FINANCE) {
            return new QuoteFigures(in.msrp(), in.discount(), percentOf(in.discount(), in.msrp()), vehicle,
                    in.packagesTotal(), in.insurance(), in.registrationFee(), in.tradeInValue(), due, null, null, null,
                    due);
        }
        if (in.downPaymentPercent() == null || in.termMonths() == null || in.annualRate() == null
                || in.downPaymentPercent().value().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new DomainException("sales.finance-incomplete");
        }
        Money down = vehicle.times(in.downPaymentPercent());
        Money financed = vehicle.minus(down);
        FinancePlan plan = FinancePlan.of(financed, in.termMonths(), in.annualRate());
        return new QuoteFigures(in.msrp(), in.discount(), percentOf(in.discount(), in.msrp()), vehicle,
                in.packagesTotal(), in.insurance(), in.registrationFee(), in.tradeInValue(), due, down, financed, plan,
                due.minus(financed));
    }

    static Percentage percentOf(Money part, Money whole) {
        if (whole.amount().signum() == 0) {
            return Percentage.of(BigDecimal.ZERO);
        }
        return Percentage.of(part.amount().multiply(BigDecimal.valueOf(100)).divide(whole.amount(), 2, RoundingMode.HALF_UP));
    }
}
