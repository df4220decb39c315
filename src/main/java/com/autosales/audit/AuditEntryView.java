package com.autosales.audit;

import java.time.Instant;
import java.util.List;

/** A recorded change as shown in the audit log and returned by the API. */
public record AuditEntryView(Long id, Instant occurredAt, String actor, String entityType, String entityId,
        String action, String summary, List<FieldChange> changes) {
}
