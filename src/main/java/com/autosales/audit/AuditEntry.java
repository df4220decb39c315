package com.autosales.audit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** 审计记录 — one recorded change. Never updated or deleted by the app. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;

    private String actor;

    private String entityType;

    private String entityId;

    private String action;

    private String summary;

    @ElementCollection
    @CollectionTable(name = "audit_change", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "seq")
    private List<Change> changes = new ArrayList<>();

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, AuditRecord record) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.entityType = record.entityType();
        this.entityId = record.entityId();
        this.action = record.action();
        this.summary = clip(record.summary(), 500);
        record.changes().forEach(c -> changes.add(new Change(c.field(), clip(c.before(), 2000), clip(c.after(), 2000))));
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    AuditEntryView view() {
        return new AuditEntryView(id, occurredAt, actor, entityType, entityId, action, summary,
                changes.stream().map(c -> new FieldChange(c.field, c.beforeValue, c.afterValue)).toList());
    }

    @Embeddable
    static class Change {

        private String field;

        @Column(name = "before_value")
        private String beforeValue;

        @Column(name = "after_value")
        private String afterValue;

        protected Change() {
        }

        Change(String field, String beforeValue, String afterValue) {
            this.field = field;
            this.beforeValue = beforeValue;
            this.afterValue = afterValue;
        }
    }
}
