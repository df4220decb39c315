package com.autosales.customers;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a user typed in the customer search, as LIKE patterns.
 * <ul>
 * <li>Three or more characters are looked for anywhere in the name and the full pinyin ({@code 华通汽车},
 * {@code zhang san} finds 张三); one or two only at the start ({@code 张}, {@code 王芳}, {@code zh}), which is
 * how people look up a person and what an index answers at a million cards.</li>
 * <li>The initials always from the start: {@code zs} finds 张三 and 张少华.</li>
 * <li>Digits match any part of a phone number when what was typed looks like one: 3 or more digits and nothing
 * but digits, spaces, + - ( ). A name with digits in it (车队2组) is searched as a name only. Extra phones and
 * contacts' phones count too.</li>
 * <li>An ID card number or unified social credit code from its start, 6 characters or more.</li>
 * </ul>
 */
record SearchTerms(String name, String pinyin, String initials, String digits, String code) {

    /** Phone digits never contain this, so the phone condition matches nothing. */
    private static final String NO_PHONE = "~";
    private static final Pattern PHONE_TYPED = Pattern.compile("[\\d\\s+()\\-]+");
    static final int ANYWHERE_FROM = 3;

    static SearchTerms of(String text) {
        String typed = escape(text == null ? "" : text.trim().toLowerCase(Locale.ROOT));
        String compact = typed.replaceAll("\\s+", "");
        String digits = typed.replaceFirst("^(\\+86|0086)", "").replaceAll("\\D", "");
        boolean phoneLike = PHONE_TYPED.matcher(typed).matches() && digits.length() >= 3;
        String anywhere = compact.codePointCount(0, compact.length()) >= ANYWHERE_FROM ? "%" : "";
        String code = compact.toUpperCase(Locale.ROOT);
        boolean codeLike = code.matches("[0-9A-Z]{6,18}") && code.matches(".*\\d.*");
        return new SearchTerms(anywhere + typed + "%", anywhere + compact + "%", compact + "%",
                phoneLike ? "%" + digits + "%" : NO_PHONE, codeLike ? code + "%" : NO_PHONE);
    }

    /** What was typed is taken literally: % and _ are not wildcards (LIKE ... escape '\'). */
    private static String escape(String typed) {
        return typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    boolean isBlank() {
        return initials.equals("%");
    }

    /** An ID card number or credit code, typed whole or its beginning (6+ letters and digits, some digits). */
    boolean searchesCode() {
        return !code.equals(NO_PHONE);
    }

    boolean searchesPhone() {
        return !digits.equals(NO_PHONE);
    }
}
