package com.autosales.audit;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Searching the audit trail. Only for those with {@code audit:view}. */
@Service
@Transactional(readOnly = true)
class AuditLog {

    static final int PAGE_SIZE = 50;

    private final AuditEntries entries;
    private final ZoneId zone;

    AuditLog(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.zone = clock.getZone();
    }

    @PreAuthorize("hasAuthority('audit:view')")
    Page<AuditEntryView> search(AuditQuery query, int page) {
        PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE,
                Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
        return entries.findAll(matching(query), request).map(AuditEntry::view);
    }

    private Specification<AuditEntry> matching(AuditQuery q) {
        return (root, cq, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (hasText(q.actor())) {
                where.add(cb.equal(root.get("actor"), q.actor().trim().toLowerCase()));
            }
            if (hasText(q.entityType())) {
                where.add(cb.equal(root.get("entityType"), q.entityType().trim()));
            }
            if (hasText(q.entityId())) {
                where.add(cb.equal(root.get("entityId"), q.entityId().trim()));
            }
            if (hasText(q.action())) {
                where.add(cb.equal(root.get("action"), q.action().trim().toUpperCase()));
            }
            if (q.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), q.from().atStartOfDay(zone).toInstant()));
            }
            if (q.to() != null) {
                where.add(cb.lessThan(root.get("occurredAt"), q.to().plusDays(1).atStartOfDay(zone).toInstant()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
