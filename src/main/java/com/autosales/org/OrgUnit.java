package com.autosales.org;

import com.autosales.audit.FieldChange;
import com.autosales.shared.LocalizedName;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** 组织单元 — one node of the organisation tree: the group, a store, a department, a team or a sales area. */
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

    private LocalDate closedOn;

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

    /** Renames the unit and changes how it is organised and staffed; tells what changed, for the audit trail. */
    List<FieldChange> change(String nameZh, String nameEn, OrganisedBy how, Integer planned) {
        List<FieldChange> changes = List.of(
                FieldChange.of("nameZh", name.zh(), nameZh),
                FieldChange.of("nameEn", name.en(), nameEn),
                FieldChange.of("organisedBy", organisedBy, how),
                FieldChange.of("plannedHeadcount", plannedHeadcount, planned));
        this.name = LocalizedName.of(nameZh, nameEn);
        this.organisedBy = how;
        this.plannedHeadcount = planned;
        return changes.stream().filter(FieldChange::changed).toList();
    }

    /** Call only after {@link OrgTree#checkMove} said yes. */
    FieldChange moveUnder(Long newParentId) {
        FieldChange change = FieldChange.of("parentId", parentId, newParentId);
        this.parentId = newParentId;
        return change;
    }

    /** Call only after {@link OrgTree#checkClose} said yes. */
    FieldChange close(LocalDate on) {
        this.active = false;
        this.closedOn = on;
        return FieldChange.of("active", true, false);
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

    LocalizedName localizedName() {
        return name;
    }

    OrganisedBy organisedBy() {
        return organisedBy;
    }

    Integer plannedHeadcount() {
        return plannedHeadcount;
    }

    boolean active() {
        return active;
    }

    LocalDate closedOn() {
        return closedOn;
    }

    long version() {
        return version;
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

    OrgTree.Node node(Locale locale) {
        return new OrgTree.Node(id, parentId, kind, storeType, name(locale), active);
    }

    UnitView view(Locale locale) {
        return new UnitView(id, parentId, kind, storeType, code, name(locale), organisedBy, plannedHeadcount, active);
    }
}
