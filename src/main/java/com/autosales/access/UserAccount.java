package com.autosales.access;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import com.autosales.audit.FieldChange;
import java.util.HashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.Set;
import org.hibernate.annotations.DynamicUpdate;

/** 用户 — a login, linked to the employee who uses it. */
@Entity
@Table(name = "app_user")
@DynamicUpdate
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String passwordHash;

    private String displayName;

    private String email;

    private Long employeeId;

    private Long storeId;

    private boolean enabled = true;

    private int failedAttempts;

    private Instant lockedUntil;

    private Instant lastLoginAt;

    private Instant createdAt;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "role_id"))
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_store", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "store_id")
    private Set<Long> extraStoreIds = new HashSet<>();

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash, String displayName, String email, Long employeeId,
            Long storeId, Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.email = email;
        this.employeeId = employeeId;
        this.storeId = storeId;
        this.roles = new HashSet<>(roles);
        this.createdAt = createdAt;
    }

    /**
     * One more wrong password. After {@code maxAttempts} in a row the account is locked for
     * {@code lockout}; a lock that has run out starts the count afresh.
     */
    void registerFailedLogin(Instant now, int maxAttempts, Duration lockout) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            lockedUntil = null;
            failedAttempts = 0;
        }
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = now.plus(lockout);
        }
    }

    void registerSuccessfulLogin(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /** Applies an edit by an administrator and says what changed, for the audit trail. */
    List<FieldChange> redefine(String newDisplayName, String newEmail, Long newStoreId, Set<Long> newExtraStores,
            Set<Role> newRoles, boolean newEnabled) {
        List<FieldChange> changes = List.of(
                FieldChange.of("displayName", displayName, newDisplayName),
                FieldChange.of("email", email, newEmail),
                FieldChange.of("storeId", storeId, newStoreId),
                FieldChange.of("extraStoreIds", new TreeSet<>(extraStoreIds), new TreeSet<>(newExtraStores)),
                FieldChange.of("roles", codes(roles), codes(newRoles)),
                FieldChange.of("enabled", enabled, newEnabled));
        this.displayName = newDisplayName;
        this.email = newEmail;
        this.storeId = newStoreId;
        this.extraStoreIds = new HashSet<>(newExtraStores);
        this.roles = new HashSet<>(newRoles);
        this.enabled = newEnabled;
        return changes.stream().filter(FieldChange::changed).toList();
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    void unlock() {
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    /** The person left or an admin switched the login off: no password or API token works any more. */
    void disable() {
        this.enabled = false;
    }

    Instant lastLoginAt() {
        return lastLoginAt;
    }

    long version() {
        return version;
    }

    private static TreeSet<String> codes(Set<Role> roles) {
        return roles.stream().map(Role::code).collect(Collectors.toCollection(TreeSet::new));
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    String displayName() {
        return displayName;
    }

    String email() {
        return email;
    }

    Long employeeId() {
        return employeeId;
    }

    Long storeId() {
        return storeId;
    }

    boolean enabled() {
        return enabled;
    }

    int failedAttempts() {
        return failedAttempts;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    Set<Long> extraStoreIds() {
        return Set.copyOf(extraStoreIds);
    }

    Set<Role> roles() {
        return Set.copyOf(roles);
    }
}
