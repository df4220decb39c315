package com.autosales.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A stage converts against the stage before it and against visits, in percent with one decimal; no base, no rate. */
class ConversionRatesTest {

    @Test
    void aRateIsCountOverBaseInPercentRoundedHalfUpToOneDecimal() {
        assertThat(Conversion.percent(1, 3)).isEqualByComparingTo("33.3");
        assertThat(Conversion.percent(2, 3)).isEqualByComparingTo("66.7");
        assertThat(Conversion.percent(1, 8)).isEqualByComparingTo("12.5");
        assertThat(Conversion.percent(1, 16)).isEqualByComparingTo("6.3");
        assertThat(Conversion.percent(5, 5)).isEqualByComparingTo("100.0");
        assertThat(Conversion.label(Conversion.percent(1, 8))).isEqualTo("12.5%");
        assertThat(Conversion.label(Conversion.percent(0, 4))).isEqualTo("0.0%");
    }

    @Test
    void aZeroBaseHasNoRateAndShowsADash() {
        assertThat(Conversion.percent(0, 0)).isNull();
        assertThat(Conversion.percent(3, 0)).isNull();
        assertThat(Conversion.label(null)).isEqualTo("—");
    }

    @Test
    void moreRecordsThanTheStageBeforeIsShownAsItIsAboveAHundredPercent() {
        assertThat(Conversion.percent(7, 4)).isEqualByComparingTo("175.0");
    }

    @Test
    void everyStageIsListedInFunnelOrderWithRatesAgainstThePreviousStageAndAgainstVisits() {
        List<StageFigure> figures = FunnelFigures.of(Map.of(FunnelStage.VISIT, 10L, FunnelStage.LEAD, 4L,
                FunnelStage.TEST_DRIVE, 3L));
        assertThat(figures).extracting(StageFigure::stage).containsExactly(FunnelStage.values());
        StageFigure visits = figures.get(0);
        assertThat(visits.count()).isEqualTo(10);
        assertThat(visits.rateFromPrevious()).isNull();
        assertThat(visits.rateFromVisits()).isNull();
        StageFigure drives = figures.get(2);
        assertThat(drives.rateFromPreviousLabel()).isEqualTo("75.0%");
        assertThat(drives.rateFromVisitsLabel()).isEqualTo("30.0%");
        StageFigure quotes = figures.get(3);
        assertThat(quotes.count()).isZero();
        assertThat(quotes.rateFromPrevious()).isEqualByComparingTo(BigDecimal.ZERO);
        StageFigure orders = figures.get(4);
        assertThat(orders.rateFromPreviousLabel()).as("no quotes, so no rate for orders").isEqualTo("—");
        assertThat(orders.rateFromVisitsLabel()).isEqualTo("0.0%");
    }

    @Test
    void withoutVisitsNoStageHasARateAgainstVisits() {
        List<StageFigure> figures = FunnelFigures.of(Map.of(FunnelStage.LEAD, 2L));
        assertThat(figures.get(1).rateFromPreviousLabel()).isEqualTo("—");
        assertThat(figures.get(1).rateFromVisitsLabel()).isEqualTo("—");
    }
}
