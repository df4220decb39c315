package com.autosales.audit;

/** Records business changes. Call it inside the change's transaction, so both commit or neither. */
public interface AuditTrail {

    void record(AuditRecord record);
}
