package com.autosales.funnel;

import java.time.Instant;

/** One record at one stage of the funnel, as stored in {@code funnel_entry}. */
record FunnelEntry(FunnelStage stage, String recordType, Long recordId, Long storeId, Long consultantEmployeeId,
        Long customerId, Long leadId, FunnelSource source, Instant occurredAt) {
}
