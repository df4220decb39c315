package com.autosales.audit;

import java.time.LocalDate;

/** Filters of the audit log page; every one optional. */
record AuditQuery(String actor, String entityType, String entityId, String action, LocalDate from, LocalDate to) {

    static AuditQuery empty() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
