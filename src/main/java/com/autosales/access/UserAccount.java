package com.autosales.access;

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
import java.util.HashSet;
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

    /** The person left: the login no longer works (password or API token). */
    void disable() {
        enabled = false;
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

    Set<Role> roles() {
        return Set.copyOf(roles);
    }
}
