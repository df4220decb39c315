package com.autosales.customers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhonePatternTest {

    private static boolean accepted(String phone) {
        return phone.matches(CustomerDetails.PHONE);
    }

    @Test
    void acceptsMobilesAndLandlinesAsPeopleWriteThem() {
        assertThat(accepted("13912340001")).isTrue();
        assertThat(accepted("139-1234-0001")).isTrue();
        assertThat(accepted("+86 139 1234 0001")).isTrue();
        assertThat(accepted("021-58881234")).isTrue();
        assertThat(accepted("0512-6688 1234")).isTrue();
        assertThat(accepted("139****0001")).isTrue();
    }

    @Test
    void refusesWhatCannotBeAPhoneNumber() {
        assertThat(accepted("12345")).isFalse();
        assertThat(accepted("12912340001")).isFalse();
        assertThat(accepted("1391234000")).isFalse();
        assertThat(accepted("abc")).isFalse();
    }
}
