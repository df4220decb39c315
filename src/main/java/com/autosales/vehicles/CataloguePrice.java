package com.autosales.vehicles;

import com.autosales.shared.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** 价格记录 — one price of a trim or package from a day on; {@code validTo} (the last day) is set when the next price starts. */
@Entity
@Table(name = "catalogue_price")
class CataloguePrice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private PricedItem itemType;
    private Long itemId;
    private Money price;
    private Money cost;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String setBy;
    private Instant setAt;

    protected CataloguePrice() {
    }

    CataloguePrice(PricedItem itemType, Long itemId, Money price, Money cost, LocalDate validFrom, String setBy,
            Instant setAt) {
        this.itemType = itemType;
        this.itemId = itemId;
        this.price = price;
        this.cost = cost;
        this.validFrom = validFrom;
        this.setBy = setBy;
        this.setAt = setAt;
    }

    /** Ends this price the day before the next one starts. */
    void endBefore(LocalDate nextStart) {
        this.validTo = nextStart.minusDays(1);
    }

    boolean appliesOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    TrimPrice asPrice() {
        return new TrimPrice(price, cost, validFrom, validTo);
    }

    Long itemId() { return itemId; }
    LocalDate validFrom() { return validFrom; }
    LocalDate validTo() { return validTo; }
    String setBy() { return setBy; }
}
