package com.autosales.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** VINs are 17 characters of the VIN alphabet with the ISO 3779 check digit at position 9, for Chinese VINs too. */
class VinTest {

    @ParameterizedTest
    @ValueSource(strings = {"1M8GDM9AXKP042788", "11111111111111111", "LSVAU218XN2183294", "LFV2A21K3J4123456",
        "LVGBE40K6NG012345"})
    void acceptsVinsWithTheRightCheckDigit(String text) {
        assertThat(Vin.of(text).value()).isEqualTo(text);
    }

    @Test
    void trimsAndUpperCasesTheInput() {
        assertThat(Vin.of("  1m8gdm9axkp042788 ")).isEqualTo(Vin.of("1M8GDM9AXKP042788"));
    }

    @Test
    void checkDigitTenIsWrittenX() {
        assertThat(Vin.checkDigitOf("1M8GDM9A0KP042788")).isEqualTo('X');
        assertThat(Vin.checkDigitOf("11111111111111111")).isEqualTo('1');
    }

    @Test
    void refusesAChineseVinWhoseCheckDigitIsWrongAndSaysWhichDigitFits() {
        // LSVAU2180N2183294 is often quoted as an example, but its digits call for X at position 9
        assertThatThrownBy(() -> Vin.of("LSVAU2180N2183294")).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo("vin.check-digit");
            assertThat(e.args()).containsExactly("LSVAU2180N2183294", "X");
        });
    }

    @Test
    void refusesOneChangedCharacter() {
        assertThatThrownBy(() -> Vin.of("1M8GDM9AXKP042789")).hasFieldOrPropertyWithValue("code", "vin.check-digit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1M8GDM9AXKP04278", "1M8GDM9AXKP0427888"})
    void refusesAnotherLength(String text) {
        assertThatThrownBy(() -> Vin.of(text)).hasFieldOrPropertyWithValue("code", "vin.length");
    }

    @Test
    void refusesNothingAtAll() {
        assertThatThrownBy(() -> Vin.of(null)).hasFieldOrPropertyWithValue("code", "vin.length");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1M8GDM9AXKP04278O", "IM8GDM9AXKP042788", "1M8GDM9AXKQ042788", "1M8GDM9AXKP0427-8"})
    void refusesLettersIOQAndPunctuation(String text) {
        assertThatThrownBy(() -> Vin.of(text)).hasFieldOrPropertyWithValue("code", "vin.characters");
    }

    @Test
    void knowsTheManufacturer() {
        assertThat(Vin.of("LSVAU218XN2183294").manufacturer()).isEqualTo("LSV");
    }
}
