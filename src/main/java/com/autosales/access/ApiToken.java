package com.autosales.access;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A bearer token given to an API client. Only its SHA-256 hash is stored. */
@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String tokenHash;

    private Long userId;

    private Instant createdAt;

    private Instant expiresAt;

    private boolean revoked;

    protected ApiToken() {
    }

    ApiToken(String tokenHash, Long userId, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean isValidAt(Instant now) {
        return !revoked && expiresAt.isAfter(now);
    }

    void revoke() {
        revoked = true;
    }

    Long userId() {
        return userId;
    }
}
