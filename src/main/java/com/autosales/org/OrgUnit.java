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

/** 组织单元 — one node of the organisation tree: the group, a store, a department, a team or a region. */
@Entity
@Table(name = "org_unit")
class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long parentId;

    @Enumerated(EnumType.STRING)
    private UnitKind kind;

    @Enumerated(EnumType.STRING)
    private StoreType storeType;

    private String code;

    private LocalizedName name;

    @Enumerated(EnumType.STRING)
    private OrganisedBy organisedBy;

    private Integer plannedHeadcount;

    private boolean active = true;

    @Version
    private long version;

    protected OrgUnit() {
    }

    OrgUnit(Long parentId, UnitKind kind, String code, String nameZh, String nameEn) {
        this.parentId = parentId;
        this.kind = kind;
        this.code = code;
        this.name = LocalizedName.of(nameZh, nameEn);
    }

    Long id() {
        return id;
    }

    Long parentId() {
        return parentId;
    }

    UnitKind kind() {
        return kind;
    }

    StoreType storeType() {
        return storeType;
    }

    String code() {
        return code;
    }

    String name(Locale locale) {
        return name.in(locale);
    }

    void asStore(StoreType type) {
        this.storeType = type;
    }

    void organisedBy(OrganisedBy how) {
        this.organisedBy = how;
    }

    void plannedHeadcount(Integer planned) {
        this.plannedHeadcount = planned;
    }

    UnitView view(Locale locale) {
        return new UnitView(id, parentId, kind, storeType, code, name(locale), organisedBy, plannedHeadcount, active);
    }
}
