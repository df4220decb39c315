package com.autosales.funnel;

import java.util.List;

/**
 * The funnel of a period within the reader's data scope (optionally of one consultant or source): every stage with
 * its conversion rates, and the same per consultant (those with any record) and per source (all of them).
 */
public record FunnelOverview(FunnelPeriod period, Long consultantId, FunnelSource source, List<StageFigure> stages,
        List<ConsultantFunnel> byConsultant, List<SourceFunnel> bySource) {

    /** Whether any record was counted at all. */
    public boolean hasRecords() {
        return stages.stream().anyMatch(s -> s.count() > 0);
    }
}
