package com.autosales.access;

import com.autosales.shared.LocalizedName;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import com.autosales.audit.FieldChange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.Locale;
import java.util.Set;

/** 角色 — a bundle of permissions with a data scope. */
@Entity
@Table(name = "app_role")
class Role {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private LocalizedName name;

    @Enumerated(EnumType.STRING)
    private DataScope dataScope;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_role_permission", joinColumns = @JoinColumn(name = "role_id"))
    @Column(name = "permission")
    private Set<String> permissions = new HashSet<>();

    @Version
    private long version;

    protected Role() {
    }

    Role(String code, String nameZh, String nameEn, DataScope dataScope, Set<String> permissions) {
        this.code = code;
        this.name = LocalizedName.of(nameZh, nameEn);
        this.dataScope = dataScope;
        this.permissions = new HashSet<>(permissions);
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

    DataScope dataScope() {
        return dataScope;
    }

    Set<String> permissions() {
        return Set.copyOf(permissions);
    }

    LocalizedName localizedName() {
        return name;
    }

    long version() {
        return version;
    }

    /** Applies an edit from the permission matrix and says what changed, for the audit trail. */
    List<FieldChange> redefine(LocalizedName newName, DataScope newScope, Set<String> newPermissions) {
        Set<String> added = new TreeSet<>(newPermissions);
        added.removeAll(permissions);
        Set<String> removed = new TreeSet<>(permissions);
        removed.removeAll(newPermissions);
        List<FieldChange> changes = new ArrayList<>();
        changes.add(FieldChange.of("name_zh", name.zh(), newName.zh()));
        changes.add(FieldChange.of("name_en", name.en(), newName.en()));
        changes.add(FieldChange.of("dataScope", dataScope, newScope));
        if (!added.isEmpty()) {
            changes.add(FieldChange.of("permissions+", null, String.join(", ", added)));
        }
        if (!removed.isEmpty()) {
            changes.add(FieldChange.of("permissions-", String.join(", ", removed), null));
        }
        this.name = newName;
        this.dataScope = newScope;
        this.permissions = new HashSet<>(newPermissions);
        return changes.stream().filter(FieldChange::changed).toList();
    }
}
