package com.autosales.vehicles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrderSuggestionTest {

    @Test
    void ordersNextMonthsSalesAndOneMonthOfCoverLessWhatIsInStockOrOnItsWay() {
        // 9 sold in 3 months: 3 a month, 6 wanted, 2 in stock and 1 on its way
        assertThat(OrderSuggestion.quantity(9, 2, 1)).isEqualTo(3);
        assertThat(OrderSuggestion.quantity(9, 0, 0)).isEqualTo(6);
    }

    @Test
    void roundsAPartCarUp() {
        assertThat(OrderSuggestion.quantity(1, 0, 0)).isEqualTo(1);
        assertThat(OrderSuggestion.quantity(4, 0, 0)).isEqualTo(3);
    }

    @Test
    void neverSuggestsLessThanNothing() {
        assertThat(OrderSuggestion.quantity(3, 5, 2)).isZero();
        assertThat(OrderSuggestion.quantity(0, 0, 0)).isZero();
    }

    @Test
    void theSalesWindowIsTheThreeFullMonthsBeforeToday() {
        SalesWindow window = SalesWindow.before(LocalDate.of(2026, 12, 4));
        assertThat(window.from()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(window.to()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(SalesWindow.before(LocalDate.of(2027, 2, 28)).from()).isEqualTo(LocalDate.of(2026, 11, 1));
    }
}
