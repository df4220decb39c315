package com.autosales.customers;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a user typed in the customer search, as LIKE patterns: the name as typed, the same without
 * spaces for pinyin ({@code zhang san} finds 张三), and its digits for phones when what was typed
 * looks like (part of) a phone number: 3 or more digits and nothing but digits, spaces, + - ( ).
 * A name with digits in it (车队2组) is searched as a name only.
 */
record SearchTerms(String name, String pinyin, String digits, String code) {

    /** Phone digits never contain this, so the phone condition matches nothing. */
    private static final String NO_PHONE = "~";
    private static final Pattern PHONE_TYPED = Pattern.compile("[\\d\\s+()\\-]+");

    static SearchTerms of(String text) {
        String typed = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        String compact = typed.replaceAll("\\s+", "");
        String digits = typed.replaceFirst("^(\\+86|0086)", "").replaceAll("\\D", "");
        boolean phoneLike = PHONE_TYPED.matcher(typed).matches() && digits.length() >= 3;
        // customers: contacts — an ID card number or credit code, typed whole or its beginning (6+ characters)
        String code = compact.toUpperCase(Locale.ROOT);
        boolean codeLike = code.matches("[0-9A-Z]{6,18}") && code.matches(".*\\d.*");
        return new SearchTerms("%" + typed + "%", "%" + compact + "%", phoneLike ? "%" + digits + "%" : NO_PHONE,
                codeLike ? code + "%" : NO_PHONE);
    }
}
