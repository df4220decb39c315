package com.autosales.shared.web;

import java.util.Locale;

/** The languages AutoSales speaks: simplified Chinese (default) and English. */
public final class SupportedLanguages {

    public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

    private SupportedLanguages() {
    }

    public static Locale closest(Locale requested) {
        if (requested != null && "en".equals(requested.getLanguage())) {
            return Locale.ENGLISH;
        }
        return DEFAULT;
    }
}
