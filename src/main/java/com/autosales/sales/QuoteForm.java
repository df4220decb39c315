package com.autosales.sales;

import com.autosales.shared.Money;
import com.autosales.shared.Percentage;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * The quote form (page and API): {@code leadId} on create only; {@code version} guards a revision. The trade-in counts
 * when its value is given.
 */
public record QuoteForm(Long leadId, @NotNull Long trimId, @NotBlank @Size(max = 40) String exteriorColour,
        @NotBlank @Size(max = 40) String interiorColour, @Size(max = 17) String vin,
        @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal discount, List<Long> packageIds,
        @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal insurance,
        @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal registrationFee,
        @Size(max = 100) String tradeInBrandModel, @Size(max = 20) String tradeInPlateOrVin,
        @Min(1950) @Max(2100) Integer tradeInYear, @Min(0) Integer tradeInMileageKm,
        @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal tradeInValue, PaymentMethod paymentMethod,
        @DecimalMin("0") @Digits(integer = 3, fraction = 2) BigDecimal downPaymentPercent,
        @Min(1) @Max(120) Integer termMonths, @DecimalMin("0") @Digits(integer = 3, fraction = 2) BigDecimal annualRate,
        @Size(max = 500) String comment, Long version) {

    public static QuoteForm forLead(Long leadId) {
        return new QuoteForm(leadId, null, null, null, null, BigDecimal.ZERO, List.of(), BigDecimal.ZERO,
                BigDecimal.ZERO, null, null, null, null, null, PaymentMethod.CASH, new BigDecimal("30"), 36,
                new BigDecimal("4.5"), null, null);
    }

    static QuoteForm of(QuoteView q) {
        TradeIn t = q.tradeIn();
        QuoteFigures f = q.figures();
        FinancePlan plan = f.financePlan();
        return new QuoteForm(q.leadId(), q.trimId(), q.exteriorColour(), q.interiorColour(), q.vin(),
                f.discount().amount(), q.packages().stream().map(QuoteView.PackageLine::packageId).toList(),
                f.insurance().amount(), f.registrationFee().amount(), t == null ? null : t.brandModel(),
                t == null ? null : t.plateOrVin(), t == null ? null : t.year(), t == null ? null : t.mileageKm(),
                t == null ? null : t.appraisedValue().amount(), q.paymentMethod(),
                plan == null ? new BigDecimal("30") : q.downPaymentPercent().value(),
                plan == null ? 36 : plan.termMonths(), plan == null ? new BigDecimal("4.5") : plan.annualRate().value(),
                q.requestComment(), q.version());
    }

    public QuoteRequest request() {
        TradeIn tradeIn = tradeInValue == null ? null
                : new TradeIn(tradeInBrandModel, tradeInPlateOrVin, tradeInYear, tradeInMileageKm, Money.of(tradeInValue));
        boolean finance = paymentMethod == PaymentMethod.FINANCE;
        return new QuoteRequest(trimId, exteriorColour, interiorColour, vin, money(discount), packageIds,
                money(insurance), money(registrationFee), tradeIn, paymentMethod,
                finance ? percent(downPaymentPercent) : null, finance ? termMonths : null,
                finance ? percent(annualRate) : null, comment);
    }

    private static Money money(BigDecimal value) {
        return value == null ? null : Money.of(value);
    }

    private static Percentage percent(BigDecimal value) {
        return value == null ? null : Percentage.of(value);
    }
}
