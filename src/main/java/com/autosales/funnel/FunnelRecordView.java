package com.autosales.funnel;

import java.time.Instant;

/**
 * A record counted at a funnel stage, as the drill-down lists it. The customer's name shows only when the reader may
 * see the card; {@code link} is the record's own page (null for a type without one).
 */
public record FunnelRecordView(FunnelStage stage, String recordType, Long recordId, Instant occurredAt,
        Long customerId, String customerName, Long consultantId, String consultantName, FunnelSource source,
        String link) {
}
