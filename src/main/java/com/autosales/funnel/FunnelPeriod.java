package com.autosales.funnel;

import com.autosales.shared.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The days a funnel covers, both included, in the dealership's time zone. */
public record FunnelPeriod(PeriodPreset preset, LocalDate from, LocalDate to) {

    public FunnelPeriod {
        if (from.isAfter(to)) {
            throw new DomainException("funnel.period-reversed", from, to);
        }
    }

    /**
     * The period a filter asks for: a preset other than CUSTOM wins; otherwise the dates given (a missing end is
     * today, a missing start the first day of the end's month), named after the preset with the same days;
     * nothing at all means this month.
     */
    public static FunnelPeriod resolve(PeriodPreset preset, LocalDate from, LocalDate to, LocalDate today) {
        if (preset != null && preset != PeriodPreset.CUSTOM) {
            return new FunnelPeriod(preset, preset.firstDay(today), preset.lastDay(today));
        }
        if (from == null && to == null && preset == null) {
            return resolve(PeriodPreset.THIS_MONTH, null, null, today);
        }
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfMonth(1) : from;
        for (PeriodPreset p : PeriodPreset.values()) {
            if (p != PeriodPreset.CUSTOM && p.firstDay(today).equals(start) && p.lastDay(today).equals(end)) {
                return new FunnelPeriod(p, start, end);
            }
        }
        return new FunnelPeriod(PeriodPreset.CUSTOM, start, end);
    }

    /** The first instant of the period. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
