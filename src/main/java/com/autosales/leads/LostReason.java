package com.autosales.leads;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** 战败原因 — one entry of the configurable list of reasons a lead is lost. */
@Entity
@Table(name = "lead_lost_reason")
class LostReason {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String nameZh;
    private String nameEn;
    private int sortOrder;
    private boolean active;

    protected LostReason() {
    }

    LostReason(String code, String nameZh, String nameEn, int sortOrder) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
        this.active = true;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public boolean isActive() { return active; }
    void deactivate() { this.active = false; }
    int sortOrder() { return sortOrder; }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
