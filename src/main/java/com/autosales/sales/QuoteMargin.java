package com.autosales.sales;

import com.autosales.shared.Money;
import com.autosales.shared.Percentage;

/**
 * 毛利 — what the dealer earns on a quote: vehicle price after discount less the trim cost, packages less their cost,
 * the insurer's commission on the premium and the lender's commission on the financed amount (store percentages).
 * Only for readers who may see cost.
 */
public record QuoteMargin(Money vehicle, Money packages, Money insuranceCommission, Money financeCommission,
        Money total) {

    static QuoteMargin of(QuoteFigures figures, Money trimCost, Money packagesCost, Percentage insuranceRate,
            Percentage financeRate) {
        Money vehicle = figures.vehiclePrice().minus(trimCost);
        Money packages = figures.packagesTotal().minus(packagesCost);
        Money insurance = figures.insurance().times(insuranceRate);
        Money finance = figures.financedAmount() == null ? Money.ZERO : figures.financedAmount().times(financeRate);
        return new QuoteMargin(vehicle, packages, insurance, finance, vehicle.plus(packages).plus(insurance).plus(finance));
    }
}
