package com.autosales.org;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/** One item of a position's duties (岗位职责), in Chinese and (optionally) English. */
@Embeddable
public record Duty(@Column(name = "text_zh") String zh, @Column(name = "text_en") String en) {

    /** The text in the reader's language; English falls back to Chinese. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : zh;
    }
}
