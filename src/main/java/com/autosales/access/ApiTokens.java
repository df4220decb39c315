package com.autosales.access;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokens extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    @Modifying
    @Query("delete from ApiToken t where t.expiresAt < :before")
    int deleteExpiredBefore(Instant before);
}
