package com.autosales.customers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentityNumbersTest {

    @Test
    void anIdCardNumberWithTheRightCheckCharacterIsValid() {
        assertThat(IdentityNumbers.isValidIdNumber("11010519491231002X")).isTrue();
        assertThat(IdentityNumbers.isValidIdNumber("11010519491231002x")).isTrue();
        assertThat(IdentityNumbers.isValidIdNumber("440304199001011233")).isTrue();
    }

    @Test
    void aWrongCheckCharacterABadDateOrTheWrongLengthIsRefused() {
        assertThat(IdentityNumbers.isValidIdNumber("110105194912310021")).isFalse();
        assertThat(IdentityNumbers.isValidIdNumber("110105194913310024")).isFalse();
        assertThat(IdentityNumbers.isValidIdNumber("1101051949123100")).isFalse();
        assertThat(IdentityNumbers.isValidIdNumber("11010519491231002Y")).isFalse();
    }

    @Test
    void aCreditCodeWithTheRightCheckCharacterIsValid() {
        assertThat(IdentityNumbers.isValidCreditCode("91350100M000100Y43")).isTrue();
        assertThat(IdentityNumbers.isValidCreditCode("91110000600037341L")).isTrue();
        assertThat(IdentityNumbers.isValidCreditCode(" 91350100m000100y43 ")).isTrue();
    }

    @Test
    void aCreditCodeWithAWrongCheckOrForbiddenLettersIsRefused() {
        assertThat(IdentityNumbers.isValidCreditCode("91350100M000100Y44")).isFalse();
        assertThat(IdentityNumbers.isValidCreditCode("91350100M0001O0Y43")).isFalse();
        assertThat(IdentityNumbers.isValidCreditCode("91350100M000100Y4")).isFalse();
    }

    @Test
    void maskedNumbersKeepTheirFirstSixAndLastFourCharacters() {
        assertThat(IdentityNumbers.mask("11010519491231002X")).isEqualTo("110105********002X");
    }
}
