package com.autosales.access;

import java.time.Instant;
import java.util.Set;

/** A login as administrators see it. */
public record UserView(Long id, String username, String displayName, String email, Long employeeId, Long storeId,
        Set<Long> extraStoreIds, Set<String> roleCodes, boolean enabled, boolean locked, Instant lastLoginAt,
        long version) {
}
