package com.autosales.sales;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** 合同条款模板 — the terms a new contract starts with, per store or (without store) for the whole group. */
@Entity
@Table(name = "sales_contract_template")
class ContractTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long storeId;
    private String terms;
    private String updatedBy;
    private Instant updatedAt;
    @Version
    private long version;

    protected ContractTemplate() {
    }

    ContractTemplate(Long storeId, String terms, String by, Instant now) {
        this.storeId = storeId;
        change(terms, by, now);
    }

    void change(String newTerms, String by, Instant now) {
        terms = newTerms.strip();
        updatedBy = by;
        updatedAt = now;
    }

    Long storeId() { return storeId; }
    String terms() { return terms; }
    String updatedBy() { return updatedBy; }
    Instant updatedAt() { return updatedAt; }
    long version() { return version; }
}
