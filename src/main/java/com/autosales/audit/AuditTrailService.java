package com.autosales.audit;

import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores audit records, signed with the user doing the change ({@code system} for jobs). */
@Service
class AuditTrailService implements AuditTrail {

    static final String SYSTEM = "system";

    private final AuditEntries entries;
    private final Clock clock;

    AuditTrailService(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void record(AuditRecord record) {
        entries.save(new AuditEntry(clock.instant(), actor(), record));
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? SYSTEM : auth.getName();
    }
}
