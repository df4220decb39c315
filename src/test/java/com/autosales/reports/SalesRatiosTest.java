package com.autosales.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SalesRatiosTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void percentRoundsHalfUpToOneDecimalAndHasNoValueOnAZeroBase() {
        assertThat(SalesRatios.percent(1, 3)).isEqualByComparingTo("33.3");
        assertThat(SalesRatios.percent(2, 3)).isEqualByComparingTo("66.7");
        assertThat(SalesRatios.percent(d("21500"), d("430000"))).isEqualByComparingTo("5.0");
        assertThat(SalesRatios.percent(d("1"), d("8"))).isEqualByComparingTo("12.5"); // 12.5 exactly, kept
        assertThat(SalesRatios.percent(d("1"), d("16"))).isEqualByComparingTo("6.3"); // 6.25 rounds up
        assertThat(SalesRatios.percent(5, 0)).isNull();
    }

    @Test
    void changeIsInPercentOfThePreviousFigure() {
        assertThat(SalesRatios.change(d("3"), d("2"))).isEqualByComparingTo("50.0");
        assertThat(SalesRatios.change(d("2"), d("3"))).isEqualByComparingTo("-33.3");
        assertThat(SalesRatios.change(d("0"), d("4"))).isEqualByComparingTo("-100.0");
        assertThat(SalesRatios.change(d("7"), BigDecimal.ZERO)).as("nothing to compare with").isNull();
        assertThat(SalesRatios.change(d("-1"), d("-2"))).as("a negative base (net cancellations)").isEqualByComparingTo("50.0");
    }

    @Test
    void aRateChangesInPointsAndAnAverageIsPerUnit() {
        assertThat(SalesRatios.points(d("8.0"), d("10.0"))).isEqualByComparingTo("-2.0");
        assertThat(SalesRatios.points(d("8.0"), null)).isNull();
        assertThat(SalesRatios.average(d("10000"), 3)).isEqualByComparingTo("3333.33");
        assertThat(SalesRatios.average(d("10000"), 0)).isNull();
    }

    @Test
    void theMorningPackDefaultsToYesterdayAndComparesWithThePeriodBefore() {
        SalesSummaryReport summary = new SalesSummaryReport(null, null, null);
        LocalDate monday = LocalDate.of(2026, 12, 7);
        assertThat(summary.defaultDay(monday)).isEqualTo(LocalDate.of(2026, 12, 6));
        ReportPeriod week = ReportPeriod.of(PeriodKind.WEEK, summary.defaultDay(monday));
        assertThat(week.start()).as("on Monday the week is last week").isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(week.previous().start()).isEqualTo(LocalDate.of(2026, 11, 23));
        ReportPeriod march = ReportPeriod.of(PeriodKind.MONTH, LocalDate.of(2019, 3, 15));
        assertThat(march.previous().start()).isEqualTo(LocalDate.of(2019, 2, 1));
        assertThat(march.sameLastYear().start()).isEqualTo(LocalDate.of(2018, 3, 1));
    }

    @Test
    void totalsOfSalesAddUpAndGiveTheirRates() {
        SalesTotals a = new SalesTotals(1, d("200000"), d("10000"), d("5000"));
        SalesTotals b = new SalesTotals(2, d("300000"), d("30000"), d("4000"));
        SalesTotals sum = a.plus(b);
        assertThat(sum.units()).isEqualTo(3);
        assertThat(sum.marginPercent()).isEqualByComparingTo("8.0"); // 40000 / 500000
        assertThat(sum.averageDiscount()).isEqualByComparingTo("3000.00"); // 9000 / 3
        assertThat(SalesTotals.ZERO.marginPercent()).isNull();
    }
}
