package com.autosales.funnel;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the funnel page, the drill-down and the API are asked for, every part optional: a period preset or dates
 * (default this month), one consultant, one source.
 */
public record FunnelFilter(PeriodPreset period,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        Long consultantId, FunnelSource source) {

    public static FunnelFilter none() {
        return new FunnelFilter(null, null, null, null, null);
    }

    /** The same filter for these exact days (so a link shows what was counted, also after midnight). */
    public FunnelFilter over(FunnelPeriod days) {
        return new FunnelFilter(null, days.from(), days.to(), consultantId, source);
    }

    public FunnelFilter withConsultant(Long id) {
        return new FunnelFilter(period, from, to, id, source);
    }

    public FunnelFilter withSource(FunnelSource value) {
        return new FunnelFilter(period, from, to, consultantId, value);
    }

    /** The same consultant and source over a preset period. */
    public FunnelFilter withPreset(PeriodPreset preset) {
        return new FunnelFilter(preset, null, null, consultantId, source);
    }

    /** The filter as a query string for links (no leading '?'). */
    public String query() {
        StringBuilder q = new StringBuilder();
        append(q, "period", period);
        append(q, "from", from);
        append(q, "to", to);
        append(q, "consultantId", consultantId);
        append(q, "source", source);
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
