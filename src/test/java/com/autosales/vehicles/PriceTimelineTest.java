package com.autosales.vehicles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.autosales.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A trim's prices over time: each day has the price that started last before it; a new price closes the previous one. */
class PriceTimelineTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate APR = LocalDate.of(2026, 4, 1);

    private final List<CataloguePrice> rows = new ArrayList<>();

    private void setPrice(long msrp, long cost, LocalDate from) {
        new PriceTimeline(rows).startNew(Money.of(msrp), Money.of(cost), from);
        rows.add(new CataloguePrice(PricedItem.TRIM, 1L, Money.of(msrp), Money.of(cost), from, "clerk", Instant.EPOCH));
    }

    private Money msrpOn(LocalDate day) {
        return new PriceTimeline(rows).on(day).map(p -> p.asPrice().price()).orElse(null);
    }

    @Test
    void aNewPriceEndsThePreviousOneTheDayBefore() {
        setPrice(219_900, 201_000, JAN);
        setPrice(209_900, 193_500, APR);
        assertThat(rows.get(0).validTo()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(rows.get(1).validTo()).isNull();
    }

    @Test
    void answersThePriceValidOnEachDay() {
        setPrice(219_900, 201_000, JAN);
        setPrice(209_900, 193_500, APR);
        assertThat(msrpOn(LocalDate.of(2025, 12, 31))).isNull();
        assertThat(msrpOn(JAN)).isEqualTo(Money.of(219_900));
        assertThat(msrpOn(LocalDate.of(2026, 3, 31))).isEqualTo(Money.of(219_900));
        assertThat(msrpOn(APR)).isEqualTo(Money.of(209_900));
        assertThat(msrpOn(LocalDate.of(2030, 1, 1))).isEqualTo(Money.of(209_900));
    }

    @Test
    void refusesANewPriceThatDoesNotStartAfterTheLatestOne() {
        setPrice(219_900, 201_000, APR);
        assertThatThrownBy(() -> setPrice(209_900, 193_500, APR)).hasFieldOrPropertyWithValue("code",
                "vehicles.price-start-not-after");
        assertThatThrownBy(() -> setPrice(209_900, 193_500, JAN)).hasFieldOrPropertyWithValue("code",
                "vehicles.price-start-not-after");
        assertThat(rows.get(0).validTo()).isNull();
    }

    @Test
    void refusesAZeroPriceOrANegativeCost() {
        assertThatThrownBy(() -> setPrice(0, 0, JAN)).hasFieldOrPropertyWithValue("code", "vehicles.price-invalid");
        assertThatThrownBy(() -> setPrice(100, -1, JAN)).hasFieldOrPropertyWithValue("code", "vehicles.price-invalid");
    }
}
