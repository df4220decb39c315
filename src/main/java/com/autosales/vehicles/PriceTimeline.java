package com.autosales.vehicles;

import com.autosales.shared.DomainException;
import com.autosales.shared.Money;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 价格有效期 — the price rows of one trim or package in date order: which one applies on a day, and the rule for a
 * new price (it starts after the latest one, which then ends the day before). Pure logic over the rows.
 */
final class PriceTimeline {

    private final List<CataloguePrice> rows;

    PriceTimeline(List<CataloguePrice> rows) {
        this.rows = rows.stream().sorted(Comparator.comparing(CataloguePrice::validFrom)).toList();
    }

    Optional<CataloguePrice> on(LocalDate day) {
        return rows.stream().filter(r -> r.appliesOn(day)).findFirst();
    }

    Optional<CataloguePrice> latest() {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1));
    }

    /** Checks a new price starting on {@code from} and ends the latest price the day before; returns the row it closed. */
    Optional<CataloguePrice> startNew(Money price, Money cost, LocalDate from) {
        checkAmounts(price, cost);
        Optional<CataloguePrice> latest = latest();
        if (latest.isPresent() && !from.isAfter(latest.get().validFrom())) {
            throw new DomainException("vehicles.price-start-not-after", latest.get().validFrom().toString());
        }
        latest.ifPresent(r -> r.endBefore(from));
        return latest;
    }

    static void checkAmounts(Money price, Money cost) {
        if (price == null || cost == null || price.compareTo(Money.ZERO) <= 0 || cost.isNegative()) {
            throw new DomainException("vehicles.price-invalid");
        }
    }

    List<CataloguePrice> rows() {
        return rows;
    }
}
