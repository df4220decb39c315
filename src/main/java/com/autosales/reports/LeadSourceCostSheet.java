package com.autosales.reports;

import com.autosales.funnel.FunnelSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** A store's marketing spend of a month, one line per lead source (amount {@code null}: not entered; version -1). */
public record LeadSourceCostSheet(Long storeId, YearMonth month, List<Line> lines) {

    public record Line(FunnelSource source, BigDecimal amount, String note, long version, String updatedBy,
            Instant updatedAt) {
    }

    public BigDecimal total() {
        return lines.stream().map(Line::amount).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
