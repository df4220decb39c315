package com.autosales.testdrives;

import java.util.Locale;

/** Customer initials for a calendar cell: the first character of a Chinese name, else the first letters of the words. */
final class Initials {

    private Initials() {
    }

    static String of(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String trimmed = name.trim();
        if (Character.UnicodeScript.of(trimmed.codePointAt(0)) == Character.UnicodeScript.HAN) {
            return new String(Character.toChars(trimmed.codePointAt(0)));
        }
        StringBuilder out = new StringBuilder();
        for (String word : trimmed.split("\\s+")) {
            if (!word.isEmpty() && out.length() < 3) {
                out.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append('.');
            }
        }
        return out.toString();
    }
}
