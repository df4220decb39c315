package com.autosales.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SourceReturnTest {

    @Test
    void ratiosRoundHalfUp() {
        // 7 leads, 2 deliveries, margin 10,000.00, cost 3,000.00
        SourceReturn r = new SourceReturn(7, 4, 3, 2, new BigDecimal("10000.00"), new BigDecimal("3000.00"));

        assertThat(r.conversionPercent()).isEqualTo(new BigDecimal("28.6")); // 2 / 7 = 28.571 %
        assertThat(r.costPerLead()).isEqualTo(new BigDecimal("428.57")); // 3000 / 7 = 428.571
        assertThat(r.costPerDelivery()).isEqualTo(new BigDecimal("1500.00"));
        assertThat(r.roiPercent()).isEqualTo(new BigDecimal("233.3")); // 7000 / 3000 = 233.33 %
    }

    @Test
    void halfwayRoundsUpAndALossIsNegative() {
        // 1 of 8 leads delivered = 12.5 %; margin 1,000.00 against a cost of 8,000.00: −87.5 %
        SourceReturn r = new SourceReturn(8, 0, 0, 1, new BigDecimal("1000.00"), new BigDecimal("8000.00"));
        assertThat(r.conversionPercent()).isEqualTo(new BigDecimal("12.5"));
        assertThat(r.roiPercent()).isEqualTo(new BigDecimal("-87.5"));
        // 1 of 16 = 6.25 % → 6.3; cost 1.00 over 8 leads = 0.125 → 0.13
        SourceReturn half = new SourceReturn(16, 0, 0, 1, BigDecimal.ZERO, new BigDecimal("2.00"));
        assertThat(half.conversionPercent()).isEqualTo(new BigDecimal("6.3"));
        assertThat(new SourceReturn(8, 0, 0, 0, BigDecimal.ZERO, new BigDecimal("1.00")).costPerLead())
                .isEqualTo(new BigDecimal("0.13"));
    }

    @Test
    void withoutACostThereIsNoCostFigureAndNoRoi() {
        SourceReturn r = new SourceReturn(5, 1, 1, 1, new BigDecimal("9000.00"), null);

        assertThat(r.costPerLead()).isNull();
        assertThat(r.costPerDelivery()).isNull();
        assertThat(r.roiPercent()).isNull();
        assertThat(r.conversionPercent()).isEqualTo(new BigDecimal("20.0"));
    }

    @Test
    void nothingToDivideByGivesNothing() {
        SourceReturn r = new SourceReturn(0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

        assertThat(r.conversionPercent()).isNull();
        assertThat(r.costPerLead()).isNull();
        assertThat(r.costPerDelivery()).isNull();
        assertThat(r.roiPercent()).as("a cost of zero has no return ratio").isNull();
    }

    @Test
    void sumsKeepTheKnownCosts() {
        SourceReturn a = new SourceReturn(2, 1, 1, 1, new BigDecimal("100.00"), null);
        SourceReturn b = new SourceReturn(3, 0, 0, 0, new BigDecimal("50.00"), new BigDecimal("40.00"));

        SourceReturn sum = SourceReturn.none().plus(a).plus(b);

        assertThat(sum.leads()).isEqualTo(5);
        assertThat(sum.margin()).isEqualByComparingTo("150.00");
        assertThat(sum.cost()).isEqualByComparingTo("40.00");
        assertThat(SourceReturn.none().plus(a).cost()).isNull();
    }
}
