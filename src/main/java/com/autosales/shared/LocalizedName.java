package com.autosales.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;

/** A name kept in both UI languages (columns {@code name_zh}, {@code name_en}); a missing English name is the Chinese one. */
@Embeddable
public record LocalizedName(@Column(name = "name_zh") String zh, @Column(name = "name_en") String en) {

    public LocalizedName {
        Objects.requireNonNull(zh, "zh");
        en = en == null || en.isBlank() ? zh : en;
    }

    public static LocalizedName of(String zh, String en) {
        return new LocalizedName(zh, en);
    }

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : zh;
    }
}
