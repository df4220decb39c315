package com.autosales.sales;

import com.autosales.shared.Money;
import com.autosales.shared.Percentage;
import java.util.List;

/** A request priced on its quote date: what a quote version stores. */
record QuoteContent(Long trimId, String trimLabel, String exteriorColour, String interiorColour, String vin,
        Money msrp, Money trimCost, Money discount, List<QuotePackage> packages, Money insurance,
        Money registrationFee, TradeIn tradeIn, PaymentMethod paymentMethod, Percentage downPaymentPercent,
        Integer termMonths, Percentage annualRate, QuoteFigures figures) {
}
