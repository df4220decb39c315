package com.autosales.sales;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * 合同存档 — a contract PDF as it was signed (version 1) or amended (2, 3 …). Written once and never changed: the
 * entity has no setters and the SHA-256 of the bytes is kept beside them.
 */
@Entity
@Table(name = "sales_contract_document")
class ContractDocument {

    enum Kind { SIGNED, AMENDMENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long contractId;
    private int versionNo;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;
    private String fileName;
    private String sha256;
    @Basic(fetch = FetchType.LAZY)
    @Column(updatable = false)
    private byte[] content;
    private String createdBy;
    private Instant createdAt;

    protected ContractDocument() {
    }

    ContractDocument(Long contractId, int versionNo, Kind kind, String fileName, byte[] content, String createdBy,
            Instant createdAt) {
        this.contractId = contractId;
        this.versionNo = versionNo;
        this.kind = kind;
        this.fileName = fileName;
        this.content = content.clone();
        this.sha256 = sha256(content);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Long id() { return id; }
    int versionNo() { return versionNo; }
    Kind kind() { return kind; }
    String fileName() { return fileName; }
    String sha256() { return sha256; }
    byte[] content() { return content.clone(); }
    String createdBy() { return createdBy; }
    Instant createdAt() { return createdAt; }
}
