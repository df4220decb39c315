package com.autosales.reports;

import java.math.BigDecimal;

/** Delivered units with their revenue (amount due), gross margin and discounts, and the ratios the analysis prints. */
record SalesTotals(long units, BigDecimal revenue, BigDecimal margin, BigDecimal discount) {

    static final SalesTotals ZERO = new SalesTotals(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    static SalesTotals of(SalesAnalysisQueries.Sale sale) {
        return new SalesTotals(1, sale.revenue(), sale.margin(), sale.discount());
    }

    SalesTotals plus(SalesTotals o) {
        return new SalesTotals(units + o.units, revenue.add(o.revenue), margin.add(o.margin), discount.add(o.discount));
    }

    BigDecimal marginPercent() {
        return SalesRatios.percent(margin, revenue);
    }

    BigDecimal averageDiscount() {
        return SalesRatios.average(discount, units);
    }
}
