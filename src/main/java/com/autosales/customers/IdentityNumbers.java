package com.autosales.customers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Identity numbers of a customer: the resident ID card number (居民身份证号码, GB 11643: 17 digits and a check
 * character 0-9/X) and the unified social credit code of an organisation (统一社会信用代码, GB 32100: 18 characters
 * from 0-9 and A-Y without I, O, S, V, Z, the last one a check character).
 */
final class IdentityNumbers {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private IdentityNumbers() {
    }

    /** Upper case, spaces removed; null when nothing was given. */
    static String normalise(String value) {
        if (value == null) {
            return null;
        }
        String compact = value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return compact.isEmpty() ? null : compact;
    }

    /** An 18-character ID card number with a valid birth date and check character. */
    static boolean isValidIdNumber(String value) {
        String id = normalise(value);
        if (id == null || !id.matches("\\d{17}[\\dX]")) {
            return false;
        }
        try {
            LocalDate born = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            if (born.getYear() < 1880) {
                return false;
            }
        } catch (DateTimeException e) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11) == id.charAt(17);
    }

    /** An 18-character unified social credit code in the GB 32100 format with a valid check character. */
    static boolean isValidCreditCode(String value) {
        String code = normalise(value);
        if (code == null || !code.matches("[1-9A-HJ-NPQRTUWXY][1-9A-HJ-NPQRTUWXY]\\d{6}[0-9A-HJ-NPQRTUWXY]{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC_CHARS.indexOf(code.charAt(i)) * USCC_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return USCC_CHARS.charAt(check) == code.charAt(17);
    }

    /** 110105********002X: the first six and the last four characters stay readable. */
    static String mask(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() <= 10) {
            return "****";
        }
        return value.substring(0, 6) + "*".repeat(value.length() - 10) + value.substring(value.length() - 4);
    }

    static boolean isMasked(String value) {
        return value != null && value.contains("*");
    }
}
