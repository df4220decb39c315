package com.autosales.sales;

import com.autosales.shared.Money;
import com.autosales.shared.Percentage;
import java.util.List;

/**
 * What the consultant puts into a quote (the form and the API send the same): the vehicle, discount, chosen packages,
 * insurance, registration service fee (上牌服务费), an optional trade-in and the payment. Prices come from the
 * catalogue, never from the request.
 *
 * @param vin          optional: a vehicle in the store's stock of this trim
 * @param packageIds   accessory/decoration packages (精品/装饰包) of the trim's series
 * @param comment      the consultant's reason, sent with an approval request
 */
public record QuoteRequest(Long trimId, String exteriorColour, String interiorColour, String vin, Money discount,
        List<Long> packageIds, Money insurance, Money registrationFee, TradeIn tradeIn, PaymentMethod paymentMethod,
        Percentage downPaymentPercent, Integer termMonths, Percentage annualRate, String comment) {

    public QuoteRequest {
        packageIds = packageIds == null ? List.of() : List.copyOf(packageIds);
        discount = discount == null ? Money.ZERO : discount;
        insurance = insurance == null ? Money.ZERO : insurance;
        registrationFee = registrationFee == null ? Money.ZERO : registrationFee;
        paymentMethod = paymentMethod == null ? PaymentMethod.CASH : paymentMethod;
        vin = vin == null || vin.isBlank() ? null : vin.trim().toUpperCase();
        comment = comment == null || comment.isBlank() ? null : comment.trim();
    }
}
