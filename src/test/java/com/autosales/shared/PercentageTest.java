package com.autosales.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentageTest {

    @Test
    void turnsIntoAFraction() {
        assertThat(Percentage.of("12.5").asFraction()).isEqualByComparingTo("0.125");
    }

    @Test
    void rejectsNegativeAndAbsurdValues() {
        assertThatThrownBy(() -> Percentage.of("-1")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Percentage.of("1000.01")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Percentage.of("abc")).isInstanceOf(DomainException.class);
    }
}
