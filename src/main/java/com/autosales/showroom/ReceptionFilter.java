package com.autosales.showroom;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The reception list's filters; every one optional (no dates: the last 7 days). */
public record ReceptionFilter(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        Long consultantId, ReceptionSource source, ReceptionKind kind) {

    static ReceptionFilter none() {
        return new ReceptionFilter(null, null, null, null, null);
    }

    /** The filter as a query string for links (pager, export). */
    public String query() {
        StringBuilder q = new StringBuilder();
        append(q, "from", from);
        append(q, "to", to);
        append(q, "consultantId", consultantId);
        append(q, "source", source);
        append(q, "kind", kind);
        return q.toString();
    }

    private static void append(StringBuilder q, String name, Object value) {
        if (value != null) {
            if (!q.isEmpty()) {
                q.append('&');
            }
            q.append(name).append('=').append(value);
        }
    }
}
