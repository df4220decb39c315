package com.autosales.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsTwoDecimalsRoundingHalfUp() {
        assertThat(Money.of("199999.995").amount()).isEqualByComparingTo("200000.00");
        assertThat(Money.of("0.004").amount()).isEqualByComparingTo("0.00");
        assertThat(Money.of(5).amount().scale()).isEqualTo(2);
    }

    @Test
    void addsAndSubtractsWithoutFloatingPointDrift() {
        Money sum = Money.of("0.10").plus(Money.of("0.20"));
        assertThat(sum).isEqualTo(Money.of("0.30"));
        assertThat(Money.of(100).minus(Money.of("0.01"))).isEqualTo(Money.of("99.99"));
    }

    @Test
    void appliesAPercentage() {
        assertThat(Money.of(158800).times(Percentage.of("3.5"))).isEqualTo(Money.of("5558.00"));
    }

    @Test
    void rejectsTextThatIsNotAnAmount() {
        assertThatThrownBy(() -> Money.of("12,000"))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("money.invalid");
    }

    @Test
    void comparesByValueNotByScale() {
        assertThat(Money.of(new BigDecimal("10.5"))).isEqualTo(Money.of("10.50"));
        assertThat(Money.of(10).isGreaterThan(Money.of("9.99"))).isTrue();
    }

    @Test
    void travelsInJsonAsAPlainAmountWithTwoDecimals() {
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        assertThat(json.writeValueAsString(Money.of("1234.5"))).isEqualTo("1234.50");
        assertThat(json.readValue("99.9", Money.class)).isEqualTo(Money.of("99.90"));
    }
}
