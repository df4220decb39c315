package com.autosales.access;

import java.util.Collection;

/**
 * 查阅记录 — every open of a confidential record (a full customer card) and every export, with who,
 * when, which records and from where. Written in its own transaction, so it is kept even when the
 * caller only reads.
 */
public interface AccessLog {

    void recordView(String recordType, Object recordId);

    void recordExport(String recordType, Collection<?> recordIds, String reason);
}
