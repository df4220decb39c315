package com.autosales.audit;

import java.util.List;

/**
 * The recorded changes of one business record, newest first, for showing its history next to it.
 * Not limited to admins: the calling module must first check that the reader may see the record itself.
 */
public interface AuditHistory {

    List<AuditEntryView> of(String entityType, String entityId);
}
