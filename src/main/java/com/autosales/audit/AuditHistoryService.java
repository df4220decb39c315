package com.autosales.audit;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads one record's audit entries; the caller has already checked the reader may see that record. */
@Service
@Transactional(readOnly = true)
class AuditHistoryService implements AuditHistory {

    private final AuditEntries entries;

    AuditHistoryService(AuditEntries entries) {
        this.entries = entries;
    }

    @Override
    public List<AuditEntryView> of(String entityType, String entityId) {
        return entries.findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc(entityType, entityId).stream()
                .map(AuditEntry::view)
                .toList();
    }
}
