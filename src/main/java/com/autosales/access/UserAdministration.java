package com.autosales.access;

import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.org.OrgDirectory;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Logins: create for an employee, change roles and stores, reset passwords, unlock, disable. */
@Service
@Transactional(readOnly = true)
public class UserAdministration {

    private final UserAccounts users;
    private final Roles roles;
    private final PasswordEncoder passwords;
    private final SessionTermination sessions;
    private final AuditTrail audit;
    private final OrgDirectory org;
    private final Clock clock;

    UserAdministration(UserAccounts users, Roles roles, PasswordEncoder passwords, SessionTermination sessions,
            AuditTrail audit, OrgDirectory org, Clock clock) {
        this.users = users;
        this.roles = roles;
        this.passwords = passwords;
        this.sessions = sessions;
        this.audit = audit;
        this.org = org;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('access:view')")
    public List<UserView> search(String text) {
        String term = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return users.findAll().stream()
                .filter(u -> term.isEmpty() || u.username().contains(term) || u.displayName().toLowerCase(Locale.ROOT).contains(term))
                .sorted((a, b) -> a.username().compareTo(b.username()))
                .map(this::view).toList();
    }

    @PreAuthorize("hasAuthority('access:view')")
    public UserView get(Long id) {
        return view(find(id));
    }

    @Transactional
    @PreAuthorize("hasAuthority('access:admin')")
    public Long create(UserForm form) {
        String username = AppUserDetailsService.normalise(form.username());
        if (users.findByUsername(username).isPresent()) {
            throw new DomainException("access.user.username-taken", username);
        }
        PasswordPolicy.check(username, form.password());
        Set<String> roleCodes = form.roleCodes().isEmpty() && form.employeeId() != null
                ? org.defaultRoleCode(form.employeeId()).map(Set::of).orElse(Set.of()) : form.roleCodes();
        Long storeId = form.storeId() != null || form.employeeId() == null ? form.storeId()
                : org.employee(form.employeeId()).flatMap(e -> org.storeOf(e.unitId())).orElse(null);
        Set<Role> granted = rolesOf(roleCodes);
        UserAccount account = new UserAccount(username, passwords.encode(form.password()), form.displayName().trim(),
                form.email(), form.employeeId(), storeId, granted, clock.instant());
        account.redefine(form.displayName().trim(), form.email(), storeId, form.extraStoreIds(), granted, true);
        Long id = users.save(account).id();
        audit.record(AuditRecord.of("user", id, "CREATE", username,
                FieldChange.of("roles", null, new TreeSet<>(roleCodes)),
                FieldChange.of("employeeId", null, form.employeeId())));
        return id;
    }

    @Transactional
    @PreAuthorize("hasAuthority('access:admin')")
    public void update(Long id, long expectedVersion, UserForm form) {
        UserAccount account = find(id);
        if (account.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        List<FieldChange> changes = account.redefine(form.displayName().trim(), form.email(), form.storeId(),
                form.extraStoreIds(), rolesOf(form.roleCodes()), form.enabled());
        if (!changes.isEmpty()) {
            audit.record(new AuditRecord("user", String.valueOf(id), "UPDATE", account.username(), changes));
            sessions.endSessionsOf(account.username());
        }
    }

    @Transactional
    @PreAuthorize("hasAuthority('access:admin')")
    public void resetPassword(Long id, String newPassword) {
        UserAccount account = find(id);
        PasswordPolicy.check(account.username(), newPassword);
        account.changePassword(passwords.encode(newPassword));
        account.unlock();
        audit.record(AuditRecord.of("user", id, "RESET_PASSWORD", account.username()));
        sessions.endSessionsOf(account.username());
    }

    @Transactional
    @PreAuthorize("hasAuthority('access:admin')")
    public void unlock(Long id) {
        UserAccount account = find(id);
        account.unlock();
        audit.record(AuditRecord.of("user", id, "UNLOCK", account.username()));
    }

    private Set<Role> rolesOf(Set<String> codes) {
        if (codes.isEmpty()) {
            throw new DomainException("access.user.no-role");
        }
        Set<Role> found = new HashSet<>(roles.findByCodeIn(codes));
        if (found.size() != codes.size()) {
            throw new DomainException("access.user.unknown-role");
        }
        return found;
    }

    private UserAccount find(Long id) {
        return users.findById(id).orElseThrow(() -> new RecordNotFoundException("user", id));
    }

    private UserView view(UserAccount u) {
        return new UserView(u.id(), u.username(), u.displayName(), u.email(), u.employeeId(), u.storeId(),
                u.extraStoreIds(), u.roles().stream().map(Role::code).collect(Collectors.toSet()), u.enabled(),
                u.isLockedAt(clock.instant()), u.lastLoginAt(), u.version());
    }
}
