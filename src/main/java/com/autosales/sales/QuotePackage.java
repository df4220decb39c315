package com.autosales.sales;

import com.autosales.shared.Money;
import jakarta.persistence.Embeddable;

/** A package on a quote, with the price and cost valid on the quote date. */
@Embeddable
class QuotePackage {

    private Long packageId;
    private String name;
    private Money price;
    private Money cost;

    protected QuotePackage() {
    }

    QuotePackage(Long packageId, String name, Money price, Money cost) {
        this.packageId = packageId;
        this.name = name;
        this.price = price;
        this.cost = cost;
    }

    Long packageId() { return packageId; }
    String name() { return name; }
    Money price() { return price; }
    Money cost() { return cost; }
}
