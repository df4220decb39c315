package com.autosales.vehicles;

import com.autosales.shared.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * A catalogue price valid from a day to a day (inclusive; {@code validTo} {@code null} while it is the current price):
 * the MSRP (指导价) of a trim or the price of a package, and the dealer's cost.
 */
public record TrimPrice(Money price, @JsonInclude(JsonInclude.Include.NON_NULL) Money cost, LocalDate validFrom, LocalDate validTo) {

    /** The same price without the cost, for readers who may not see costs. */
    public TrimPrice withoutCost() {
        return new TrimPrice(price, null, validFrom, validTo);
    }
}
