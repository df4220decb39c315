package com.autosales.customers;

import java.util.Locale;

/**
 * What a user typed in the customer search, as LIKE patterns: the name as typed, the same without
 * spaces for pinyin ({@code zhang san} finds 张三), and its digits for phones (3 or more digits).
 */
record SearchTerms(String name, String pinyin, String digits) {

    /** Phone digits never contain this, so the phone condition matches nothing. */
    private static final String NO_PHONE = "~";

    static SearchTerms of(String text) {
        String typed = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        String compact = typed.replaceAll("\\s+", "");
        String digits = typed.replaceAll("\\D", "");
        return new SearchTerms("%" + typed + "%", "%" + compact + "%",
                digits.length() >= 3 ? "%" + digits + "%" : NO_PHONE);
    }
}
