package com.autosales.org;

import com.autosales.audit.FieldChange;
import com.autosales.shared.LocalizedName;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import org.hibernate.annotations.BatchSize;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** 岗位 — a position such as sales consultant: level, whom it reports to, its duties and its default role. */
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

    private String defaultRoleCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100) // every position's duties in one query when all positions are read (names for lists)
    @CollectionTable(name = "org_position_duty", joinColumns = @JoinColumn(name = "position_id"))
    @OrderColumn(name = "seq")
    private List<Duty> duties = new ArrayList<>();

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

    /** Applies an edit of the template; tells what changed, for the audit trail. */
    List<FieldChange> change(String nameZh, String nameEn, StoreType type, int newLevel, Long reportsTo,
            String roleCode, List<Duty> newDuties) {
        List<FieldChange> changes = List.of(
                FieldChange.of("nameZh", name.zh(), nameZh),
                FieldChange.of("nameEn", name.en(), nameEn),
                FieldChange.of("storeType", storeType, type),
                FieldChange.of("level", level, newLevel),
                FieldChange.of("reportsToId", reportsToId, reportsTo),
                FieldChange.of("defaultRoleCode", defaultRoleCode, roleCode),
                FieldChange.of("duties", describe(duties), describe(newDuties)));
        this.name = LocalizedName.of(nameZh, nameEn);
        this.storeType = type;
        this.level = newLevel;
        this.reportsToId = reportsTo;
        this.defaultRoleCode = roleCode;
        this.duties.clear();
        this.duties.addAll(newDuties);
        return changes.stream().filter(FieldChange::changed).toList();
    }

    private static String describe(List<Duty> duties) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < duties.size(); i++) {
            text.append(i + 1).append(". ").append(duties.get(i).zh()).append('\n');
        }
        String all = text.toString().strip();
        // the audit trail keeps at most 2000 characters per value
        return all.length() <= 2000 ? all : all.substring(0, 1999) + "…";
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

    LocalizedName localizedName() {
        return name;
    }

    StoreType storeType() {
        return storeType;
    }

    int level() {
        return level;
    }

    Long reportsToId() {
        return reportsToId;
    }

    String defaultRoleCode() {
        return defaultRoleCode;
    }

    List<Duty> duties() {
        return List.copyOf(duties);
    }

    long version() {
        return version;
    }
}
