package com.autosales.audit;

import java.util.Objects;

/** One field of a record, before and after a change ({@code null} when absent). */
public record FieldChange(String field, String before, String after) {

    public FieldChange {
        Objects.requireNonNull(field, "field");
    }

    public static FieldChange of(String field, Object before, Object after) {
        return new FieldChange(field, before == null ? null : before.toString(), after == null ? null : after.toString());
    }

    public boolean changed() {
        return !Objects.equals(before, after);
    }
}
