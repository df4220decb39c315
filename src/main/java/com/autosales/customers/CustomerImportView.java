package com.autosales.customers;

import java.time.Instant;

/**
 * An import job as its viewers see it: status, who started it, counts and progress (0–100).
 *
 * @param status UPLOADED, CHECKING, CHECKED, IMPORTING, IMPORTED, CANCELLED or FAILED
 */
public record CustomerImportView(Long id, String fileName, String status, String createdBy, String createdByName,
        Instant createdAt, int totalRows, int rowsRead, int validRows, int errorRows, int duplicateRows,
        int importedRows, int skippedRows, int percent, boolean running, String failure, long version,
        Long defaultOwnerEmployeeId) {
}
