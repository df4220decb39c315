package com.autosales.customers;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * 客户导入任务 — one uploaded file on its way into the customer archive: mapped, checked (dry run), then
 * imported once the user accepts. Progress counters are written by the background worker straight to the
 * database, so any app node can show them.
 */
@Entity
@Table(name = "customer_import_job")
class CustomerImportJob {

    enum Status {
        /** Uploaded; the user maps the columns. */
        UPLOADED,
        /** The dry run is reading the file. */
        CHECKING,
        /** The dry run is done: the preview waits for the user's decision. */
        CHECKED,
        /** The accepted rows are being written. */
        IMPORTING,
        IMPORTED,
        CANCELLED,
        FAILED;

        boolean running() {
            return this == CHECKING || this == IMPORTING;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long storeId;
    private String createdBy;
    private String createdByName;
    private String fileName;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String columnMapping;
    private Long defaultOwnerEmployeeId;
    private int totalRows;
    private int rowsRead;
    private int validRows;
    private int errorRows;
    private int duplicateRows;
    private int importedRows;
    private int skippedRows;
    private String failure;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected CustomerImportJob() {
    }

    CustomerImportJob(Long storeId, String createdBy, String createdByName, String fileName,
            Long defaultOwnerEmployeeId, Map<CustomerImportField, Integer> mapping, Instant now) {
        this.storeId = storeId;
        this.createdBy = createdBy;
        this.createdByName = createdByName;
        this.fileName = fileName;
        this.defaultOwnerEmployeeId = defaultOwnerEmployeeId;
        this.columnMapping = format(mapping);
        this.status = Status.UPLOADED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** {@code NAME:0,PHONE:2} ↔ field → column index (0 = A). */
    static String format(Map<CustomerImportField, Integer> mapping) {
        StringBuilder text = new StringBuilder();
        mapping.forEach((field, column) -> {
            if (column != null) {
                text.append(text.isEmpty() ? "" : ",").append(field.name()).append(':').append(column);
            }
        });
        return text.toString();
    }

    static Map<CustomerImportField, Integer> parse(String text) {
        Map<CustomerImportField, Integer> mapping = new EnumMap<>(CustomerImportField.class);
        if (text != null && !text.isBlank()) {
            for (String pair : text.split(",")) {
                String[] parts = pair.split(":");
                mapping.put(CustomerImportField.valueOf(parts[0]), Integer.valueOf(parts[1]));
            }
        }
        return mapping;
    }

    Map<CustomerImportField, Integer> mapping() {
        return parse(columnMapping);
    }

    void remap(Map<CustomerImportField, Integer> mapping, Long defaultOwner, Instant now) {
        this.columnMapping = format(mapping);
        this.defaultOwnerEmployeeId = defaultOwner;
        this.updatedAt = now;
    }

    Long id() { return id; }
    Long storeId() { return storeId; }
    String createdBy() { return createdBy; }
    String createdByName() { return createdByName; }
    String fileName() { return fileName; }
    Status status() { return status; }
    Long defaultOwnerEmployeeId() { return defaultOwnerEmployeeId; }
    int totalRows() { return totalRows; }
    int rowsRead() { return rowsRead; }
    int validRows() { return validRows; }
    int errorRows() { return errorRows; }
    int duplicateRows() { return duplicateRows; }
    int importedRows() { return importedRows; }
    int skippedRows() { return skippedRows; }
    String failure() { return failure; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
    long version() { return version; }
}
