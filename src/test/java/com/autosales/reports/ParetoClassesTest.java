package com.autosales.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.reports.ParetoClasses.Entry;
import com.autosales.reports.ParetoClasses.Grade;
import com.autosales.reports.ParetoClasses.Ranked;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParetoClassesTest {

    private static Entry customer(long id, int revenue) {
        return new Entry(id, "C" + id, BigDecimal.valueOf(revenue));
    }

    private static List<Grade> grades(List<Ranked> ranked) {
        return ranked.stream().map(Ranked::grade).toList();
    }

    @Test
    void theCustomerWhoseRevenueCrossesTheEightyPercentLineIsStillClassA() {
        // total 1000: 500 (0 → 50 %), 200 (50 → 70 %), 150 (70 → 85 %: crosses 80 %, so A), 100 (85 → 95 %: B),
        // 30 (95 → 98 %: starts at the 95 % line, so C), 20 (C)
        List<Ranked> ranked = ParetoClasses.rank(List.of(customer(6, 20), customer(3, 150), customer(1, 500),
                customer(5, 30), customer(2, 200), customer(4, 100)));

        assertThat(ranked).extracting(r -> r.entry().customerId()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(grades(ranked)).containsExactly(Grade.A, Grade.A, Grade.A, Grade.B, Grade.C, Grade.C);
        assertThat(ranked).extracting(Ranked::cumulativePercent).containsExactly(new BigDecimal("50.0"),
                new BigDecimal("70.0"), new BigDecimal("85.0"), new BigDecimal("95.0"), new BigDecimal("98.0"),
                new BigDecimal("100.0"));
    }

    @Test
    void aCustomerStartingExactlyAtTheEightyPercentLineIsClassB() {
        // total 100: 80 (0 → 80 %: A), 10 (starts at 80 %: B), 6 (starts at 90 %: B, crosses 95 %), 4 (starts at 96 %: C)
        List<Ranked> ranked = ParetoClasses.rank(List.of(customer(1, 80), customer(2, 10), customer(3, 6), customer(4, 4)));

        assertThat(grades(ranked)).containsExactly(Grade.A, Grade.B, Grade.B, Grade.C);
    }

    @Test
    void oneBigCustomerIsClassAAloneAndTiesRankByCustomerId() {
        List<Ranked> ranked = ParetoClasses.rank(List.of(customer(9, 5), customer(7, 900), customer(8, 5)));

        assertThat(ranked).extracting(r -> r.entry().customerId()).containsExactly(7L, 8L, 9L);
        assertThat(grades(ranked)).containsExactly(Grade.A, Grade.C, Grade.C);
        // 900 / 910 = 98.90 % → 98.9; 905 / 910 = 99.45 % → 99.5 (half up)
        assertThat(ranked.get(0).cumulativePercent()).isEqualByComparingTo("98.9");
        assertThat(ranked.get(1).cumulativePercent()).isEqualByComparingTo("99.5");
    }

    @Test
    void noRevenueNoClasses() {
        assertThat(ParetoClasses.rank(List.of())).isEmpty();
        assertThat(grades(ParetoClasses.rank(List.of(customer(1, 0))))).containsExactly(Grade.C);
    }
}
