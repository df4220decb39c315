package com.autosales.sales;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.shared.Money;
import com.autosales.shared.Percentage;
import org.junit.jupiter.api.Test;

class DiscountAuthorityTest {

    private final DiscountAuthority consultant = new DiscountAuthority(Percentage.of("3"), Money.of(5000));

    @Test
    void aConsultantMayGiveUpToThreePercentAndFiveThousandYuan() {
        assertThat(consultant.covers(Money.of(5000), Percentage.of("3"))).isTrue();
        assertThat(consultant.covers(Money.of(4000), Percentage.of("2.5"))).isTrue();
    }

    @Test
    void eitherLimitExceededNeedsApproval() {
        assertThat(consultant.covers(Money.of("5000.01"), Percentage.of("2"))).isFalse();
        assertThat(consultant.covers(Money.of(3000), Percentage.of("3.01"))).isFalse();
    }

    @Test
    void aLimitLeftEmptyDoesNotApply() {
        DiscountAuthority percentOnly = new DiscountAuthority(Percentage.of("8"), null);
        assertThat(percentOnly.covers(Money.of(50_000), Percentage.of("8"))).isTrue();
        assertThat(DiscountAuthority.UNLIMITED.covers(Money.of(1_000_000), Percentage.of("90"))).isTrue();
        assertThat(DiscountAuthority.NONE.covers(Money.of("0.01"), Percentage.of("0.01"))).isFalse();
    }
}
