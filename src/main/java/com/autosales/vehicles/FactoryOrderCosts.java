package com.autosales.vehicles;

import com.autosales.shared.Money;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** What a factory order's units cost: the trim's catalogue cost valid on the first day of the order's month. */
@Component
class FactoryOrderCosts {

    private final CataloguePricing pricing;

    FactoryOrderCosts(CataloguePricing pricing) {
        this.pricing = pricing;
    }

    Optional<Money> unitCost(FactoryOrder order, Long trimId) {
        return pricing.priceOn(PricedItem.TRIM, trimId, order.month().atDay(1)).map(TrimPrice::cost);
    }

    /** The cost of every unit ordered; empty when a trim with units has no price for the month. */
    Optional<Money> total(FactoryOrder order) {
        Money total = Money.ZERO;
        for (FactoryOrderLine line : order.lines()) {
            if (line.quantity() == 0) {
                continue;
            }
            Optional<Money> unit = unitCost(order, line.trimId());
            if (unit.isEmpty()) {
                return Optional.empty();
            }
            total = total.plus(unit.get().times(BigDecimal.valueOf(line.quantity())));
        }
        return Optional.of(total);
    }
}
