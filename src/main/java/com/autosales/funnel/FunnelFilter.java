package com.autosales.funnel;

import com.autosales.shared.web.QueryString;
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
        return new QueryString().add("period", period).add("from", from).add("to", to)
                .add("consultantId", consultantId).add("source", source).toString();
    }
}
