package com.autosales.org;

import com.autosales.shared.LocalizedName;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;

/** 岗位 — a position such as sales consultant, with its level and whom it reports to. */
@Entity
@Table(name = "org_position")
class Position {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private LocalizedName name;

    @Enumerated(EnumType.STRING)
    private StoreType storeType;

    private int level;

    private Long reportsToId;

    @Version
    private long version;

    protected Position() {
    }

    Position(String code, String nameZh, String nameEn, StoreType storeType, int level, Long reportsToId) {
        this.code = code;
        this.name = LocalizedName.of(nameZh, nameEn);
        this.storeType = storeType;
        this.level = level;
        this.reportsToId = reportsToId;
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
    }

    String name(Locale locale) {
        return name.in(locale);
    }
}
