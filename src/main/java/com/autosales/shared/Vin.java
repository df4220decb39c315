package com.autosales.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * 车架号 — a vehicle identification number: 17 characters of the VIN alphabet (digits and letters without
 * I, O, Q) with the ISO 3779 / North-American check digit at position 9, which Chinese VINs (GB 16735) use too.
 * Bad input is refused with a stable code: {@code vin.length}, {@code vin.characters}, {@code vin.check-digit}.
 */
public record Vin(@JsonValue String value) {

    public static final int LENGTH = 17;
    private static final int CHECK_POSITION = 8;
    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    /** Transliteration of A…Z; 0 marks the letters a VIN may not contain (I, O, Q). */
    private static final int[] LETTER_VALUES = {1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4, 5, 0, 7, 0, 9, 2, 3, 4, 5, 6, 7, 8, 9};

    public Vin {
        if (value == null || value.length() != LENGTH) {
            throw new DomainException("vin.length", value == null ? 0 : value.length());
        }
        for (int i = 0; i < LENGTH; i++) {
            if (valueOf(value.charAt(i)) < 0) {
                throw new DomainException("vin.characters", value);
            }
        }
        char expected = checkDigitOf(value);
        if (value.charAt(CHECK_POSITION) != expected) {
            throw new DomainException("vin.check-digit", value, String.valueOf(expected));
        }
    }

    /** Trims and upper-cases the input, then checks it. */
    @JsonCreator
    public static Vin of(String text) {
        return new Vin(text == null ? null : text.trim().toUpperCase(Locale.ROOT));
    }

    /** The check digit the other 16 characters call for ('0'–'9' or 'X'); the input must use the VIN alphabet. */
    public static char checkDigitOf(String seventeen) {
        int sum = 0;
        for (int i = 0; i < LENGTH; i++) {
            sum += valueOf(seventeen.charAt(i)) * WEIGHTS[i];
        }
        int remainder = sum % 11;
        return remainder == 10 ? 'X' : (char) ('0' + remainder);
    }

    /** The transliterated value of a VIN character, or -1 when it is not allowed (the check digit's X counts 0 here). */
    private static int valueOf(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            int v = LETTER_VALUES[c - 'A'];
            return v == 0 ? -1 : v;
        }
        return -1;
    }

    /** World manufacturer identifier: the first three characters (e.g. LSV for SAIC Volkswagen). */
    public String manufacturer() {
        return value.substring(0, 3);
    }

    @Override
    public String toString() {
        return value;
    }
}
