package com.autosales.access;

import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.LocalizedName;
import com.autosales.shared.RecordNotFoundException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The permission matrix: roles bundle permissions and a data scope; admins edit them. */
@Service
@Transactional(readOnly = true)
public class RoleAdministration {

    /** The permission that lets someone edit roles; the admin role never loses it, so nobody locks everyone out. */
    static final String ACCESS_ADMIN = "access:admin";

    private final Roles roles;
    private final UserAccounts users;
    private final AuditTrail audit;

    RoleAdministration(Roles roles, UserAccounts users, AuditTrail audit) {
        this.roles = roles;
        this.users = users;
        this.audit = audit;
    }

    @PreAuthorize("hasAuthority('access:view')")
    public List<RoleView> list() {
        return roles.findAll().stream().sorted((a, b) -> a.id().compareTo(b.id())).map(this::view).toList();
    }

    @PreAuthorize("hasAuthority('access:view')")
    public RoleView get(Long id) {
        return view(find(id));
    }

    @Transactional
    @PreAuthorize("hasAuthority('access:admin')")
    public Long create(RoleForm form) {
        checkPermissions(form.permissions());
        if (roles.findByCodeIn(List.of(form.code())).size() > 0) {
            throw new DomainException("access.role.code-taken", form.code());
        }
        Role role = roles.save(new Role(form.code(), form.nameZh().trim(), blankToNull(form.nameEn()), form.dataScope(),
                form.permissions()));
        audit.record(AuditRecord.of("role", role.id(), "CREATE", form.code(),
                FieldChange.of("dataScope", null, form.dataScope()),
                FieldChange.of("permissions", null, String.join(", ", new java.util.TreeSet<>(form.permissions())))));
        return role.id();
    }

    @Transactional
    @PreAuthorize("hasAuthority('access:admin')")
    public void update(Long id, long expectedVersion, RoleForm form) {
        Role role = find(id);
        if (role.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        checkPermissions(form.permissions());
        if (role.permissions().contains(ACCESS_ADMIN) && !form.permissions().contains(ACCESS_ADMIN)
                && "admin".equals(role.code())) {
            throw new DomainException("access.role.admin-lockout");
        }
        List<FieldChange> changes = role.redefine(LocalizedName.of(form.nameZh().trim(), blankToNull(form.nameEn())),
                form.dataScope(), form.permissions());
        if (!changes.isEmpty()) {
            audit.record(new AuditRecord("role", String.valueOf(id), "UPDATE", role.code(), changes));
        }
    }

    private void checkPermissions(Set<String> requested) {
        Set<String> unknown = new HashSet<>(requested);
        unknown.removeAll(Permissions.catalogue());
        if (!unknown.isEmpty()) {
            throw new DomainException("access.role.unknown-permission", String.join(", ", unknown));
        }
    }

    private Role find(Long id) {
        return roles.findById(id).orElseThrow(() -> new RecordNotFoundException("role", id));
    }

    private RoleView view(Role role) {
        LocalizedName name = role.localizedName();
        return new RoleView(role.id(), role.code(), name.in(LocaleContextHolder.getLocale()), name.zh(), name.en(),
                role.dataScope(), role.permissions(), users.countByRoles_Id(role.id()), role.version());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
