package com.autosales.vehicles;

import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.shared.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** 价格历史 — sets a trim's or package's price from a day on (closing the previous one) and answers the price of a day. */
@Component
@Transactional
class CataloguePricing {

    private final CataloguePrices prices;
    private final AuditTrail audit;
    private final Clock clock;

    CataloguePricing(CataloguePrices prices, AuditTrail audit, Clock clock) {
        this.prices = prices;
        this.audit = audit;
        this.clock = clock;
    }

    void setPrice(PricedItem item, Long itemId, Money price, Money cost, LocalDate from, String by) {
        PriceTimeline timeline = timelineOf(item, itemId);
        Optional<CataloguePrice> closed = timeline.startNew(price, cost, from);
        CataloguePrice row = prices.save(new CataloguePrice(item, itemId, price, cost, from, by, clock.instant()));
        audit.record(AuditRecord.of(item == PricedItem.TRIM ? "vehicle-trim" : "accessory-package", itemId, "PRICE",
                "from " + from, FieldChange.of("price", closed.map(c -> c.asPrice().price()).orElse(null), price),
                FieldChange.of("cost", closed.map(c -> c.asPrice().cost()).orElse(null), cost),
                FieldChange.of("validFrom", closed.map(CataloguePrice::validFrom).orElse(null), row.validFrom())));
    }

    @Transactional(readOnly = true)
    Optional<TrimPrice> priceOn(PricedItem item, Long itemId, LocalDate day) {
        return timelineOf(item, itemId).on(day).map(CataloguePrice::asPrice);
    }

    @Transactional(readOnly = true)
    List<TrimPrice> history(PricedItem item, Long itemId) {
        return timelineOf(item, itemId).rows().stream().map(CataloguePrice::asPrice).toList();
    }

    /** The price of each item on a day, by item id (items without a price that day are missing). */
    @Transactional(readOnly = true)
    Map<Long, TrimPrice> pricesOn(PricedItem item, Collection<Long> itemIds, LocalDate day) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return prices.findApplyingOn(item, itemIds, day).stream()
                .collect(Collectors.toMap(CataloguePrice::itemId, CataloguePrice::asPrice, (a, b) -> a));
    }

    private PriceTimeline timelineOf(PricedItem item, Long itemId) {
        return new PriceTimeline(prices.findByItemTypeAndItemIdOrderByValidFromAsc(item, itemId));
    }
}
