package com.autosales.funnel;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that a record reached a stage of the sales funnel. Visits, leads and completed test drives are recorded by
 * this module from {@code ReceptionLogged}, {@code LeadCreated} and {@code TestDriveCompleted}. The sales module
 * records quotes, orders and deliveries by calling {@link #record(FunnelStage, String, Long, Long, Long, Long, Long,
 * Instant)} from its service or from an {@code @ApplicationModuleListener} on its own events, e.g.
 * {@code recorder.record(FunnelStage.ORDER, "contract", contractId, storeId, consultantId, customerId, leadId, signedAt)};
 * the drill-down links a record type to its page in {@code RecordLinks} (add the new types there).
 *
 * <p>Needs no signed-in user. Idempotent: a stage and record (type + id) counts once, so a redelivered event or a
 * second call changes nothing.
 */
@Service
public class FunnelRecorder {

    private static final Logger log = LoggerFactory.getLogger(FunnelRecorder.class);

    private final FunnelEntries entries;
    private final Clock clock;

    FunnelRecorder(FunnelEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * Records a stage whose source follows from earlier stages: the source of the lead when {@code leadId} is given,
     * else of the customer's latest lead or visit up to {@code occurredAt}, else UNKNOWN.
     *
     * @param recordType   short name of the record, e.g. {@code "quote"}, {@code "contract"}, {@code "delivery"}
     * @param consultantId the employee the record belongs to (the funnel counts it for them)
     * @param customerId   the customer card, or null
     * @param leadId       the lead it came from, or null
     * @return true when it was new, false when the stage and record were recorded before
     */
    @Transactional
    public boolean record(FunnelStage stage, String recordType, Long recordId, Long storeId, Long consultantId,
            Long customerId, Long leadId, Instant occurredAt) {
        FunnelSource source = inheritedSource(leadId, customerId, occurredAt);
        return record(stage, recordType, recordId, storeId, consultantId, customerId, leadId, source, occurredAt);
    }

    /** Records a stage whose source is known (a visit or a lead says where the customer came from). */
    @Transactional
    public boolean record(FunnelStage stage, String recordType, Long recordId, Long storeId, Long consultantId,
            Long customerId, Long leadId, FunnelSource source, Instant occurredAt) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(consultantId, "consultantId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        boolean added = entries.insertIfAbsent(new FunnelEntry(stage, recordType, recordId, storeId, consultantId,
                customerId, leadId, source == null ? FunnelSource.UNKNOWN : source, occurredAt), clock.instant());
        if (!added) {
            log.debug("Funnel {} of {} {} was recorded before", stage, recordType, recordId);
        }
        return added;
    }

    FunnelSource inheritedSource(Long leadId, Long customerId, Instant upTo) {
        if (leadId != null) {
            var ofLead = entries.sourceOfLead(leadId);
            if (ofLead.isPresent()) {
                return ofLead.get();
            }
        }
        if (customerId != null) {
            return entries.latestSourceOfCustomer(customerId, upTo).orElse(FunnelSource.UNKNOWN);
        }
        return FunnelSource.UNKNOWN;
    }
}
