package com.autosales.audit;

import java.util.List;
import java.util.Objects;

/**
 * One business change to record.
 *
 * @param entityType e.g. {@code customer}
 * @param entityId   the record's id
 * @param action     e.g. {@code CREATE}, {@code UPDATE}, {@code DELETE}, {@code APPROVE}, {@code VIEW}, {@code EXPORT}
 * @param summary    a short human note (a reason, a comment), may be {@code null}
 * @param changes    the fields that changed; unchanged ones are dropped
 */
public record AuditRecord(String entityType, String entityId, String action, String summary,
        List<FieldChange> changes) {

    public AuditRecord {
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(action, "action");
        changes = changes == null ? List.of() : changes.stream().filter(FieldChange::changed).toList();
    }

    public static AuditRecord of(String entityType, Object entityId, String action, String summary,
            FieldChange... changes) {
        return new AuditRecord(entityType, String.valueOf(entityId), action, summary, List.of(changes));
    }
}
