package com.autosales.sales;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.shared.Money;
import com.autosales.shared.Percentage;
import org.junit.jupiter.api.Test;

class QuoteFiguresTest {

    private static QuoteFigures.Inputs financed() {
        return new QuoteFigures.Inputs(Money.of(200_000), Money.of(10_000), Money.of(5_000), Money.of(6_000),
                Money.of(1_500), Money.of(30_000), PaymentMethod.FINANCE, Percentage.of("30"), 36, Percentage.of("4.5"));
    }

    @Test
    void theAmountDueIsTheVehicleAfterDiscountPlusExtrasLessTheTradeIn() {
        QuoteFigures f = QuoteFigures.of(financed());
        assertThat(f.vehiclePrice()).isEqualTo(Money.of(190_000));
        assertThat(f.discountPercent()).isEqualTo(Percentage.of("5"));
        assertThat(f.amountDue()).isEqualTo(Money.of(172_500));
        assertThat(f.downPayment()).isEqualTo(Money.of(57_000));
        assertThat(f.financedAmount()).isEqualTo(Money.of(133_000));
        assertThat(f.dueBeforeLoan()).isEqualTo(Money.of(39_500));
        assertThat(f.financePlan().termMonths()).isEqualTo(36);
    }

    @Test
    void theMarginCountsVehiclePackagesAndCommissions() {
        QuoteFigures f = QuoteFigures.of(financed());
        QuoteMargin m = QuoteMargin.of(f, Money.of(180_000), Money.of(2_000), Percentage.of("10"), Percentage.of("2"));
        assertThat(m.vehicle()).isEqualTo(Money.of(10_000));
        assertThat(m.packages()).isEqualTo(Money.of(3_000));
        assertThat(m.insuranceCommission()).isEqualTo(Money.of(600));
        assertThat(m.financeCommission()).isEqualTo(Money.of(2_660));
        assertThat(m.total()).isEqualTo(Money.of(16_260));
    }
}
