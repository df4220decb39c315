package com.autosales.access;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Managers review who opened or exported confidential records. */
@Service
@Transactional(readOnly = true)
class AccessLogReview {

    static final int PAGE_SIZE = 50;

    private final AccessLogEntries entries;
    private final ZoneId zone;

    AccessLogReview(AccessLogEntries entries, Clock clock) {
        this.entries = entries;
        this.zone = clock.getZone();
    }

    record Query(String username, String recordType, String recordId, String action, LocalDate from, LocalDate to) {
    }

    @PreAuthorize("hasAuthority('access:view')")
    Page<AccessLogView> search(Query q, int page) {
        PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE,
                Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
        return entries.findAll(matching(q), request).map(AccessLogEntry::view);
    }

    private Specification<AccessLogEntry> matching(Query q) {
        return (root, cq, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (hasText(q.username())) {
                where.add(cb.equal(root.get("username"), q.username().trim().toLowerCase(Locale.ROOT)));
            }
            if (hasText(q.recordType())) {
                where.add(cb.equal(root.get("recordType"), q.recordType().trim()));
            }
            if (hasText(q.action())) {
                where.add(cb.equal(root.get("action"), q.action().trim().toUpperCase(Locale.ROOT)));
            }
            if (hasText(q.recordId())) {
                where.add(cb.like(cb.concat(cb.concat(",", root.get("recordIds")), ","), "%," + q.recordId().trim() + ",%"));
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
