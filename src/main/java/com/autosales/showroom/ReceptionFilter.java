package com.autosales.showroom;

import com.autosales.shared.web.QueryString;
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
        return new QueryString().add("from", from).add("to", to).add("consultantId", consultantId)
                .add("source", source).add("kind", kind).toString();
    }
}
