package com.autosales.leads;

import com.autosales.shared.DomainException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * 首次响应时限 — a store's rule for the first contact of a new lead: within {@code firstContactMinutes} of opening
 * hours, escalated to the manager when missed, offered for reassignment after {@code reassignAfterMinutes} (counted
 * from the same start, so it is the larger of the two).
 */
record ResponseRule(int firstContactMinutes, int reassignAfterMinutes, LocalTime opensAt, LocalTime closesAt) {

    static final ResponseRule DEFAULT = new ResponseRule(30, 60, LocalTime.of(9, 0), LocalTime.of(18, 0));

    /** Refuses minutes outside 1–1440, a reassignment limit not after the first one, or hours that close before opening. */
    void check() {
        if (firstContactMinutes < 1 || firstContactMinutes > 1440 || reassignAfterMinutes > 2880
                || reassignAfterMinutes <= firstContactMinutes) {
            throw new DomainException("leads.response.minutes-out-of-range");
        }
        if (opensAt == null || closesAt == null || !opensAt.isBefore(closesAt)) {
            throw new DomainException("leads.response.hours-invalid");
        }
    }

    /**
     * Whether a new lead waits for a first contact: always from an online platform (nobody has talked to the
     * customer yet), and whenever someone other than its consultant created it (assigned, imported, logged by the
     * front desk). A consultant's own lead from a walk-in, call, referral or event was a conversation already.
     */
    static boolean applies(LeadSource source, Long creatorEmployeeId, Long ownerEmployeeId) {
        return source == LeadSource.ONLINE || creatorEmployeeId == null || !creatorEmployeeId.equals(ownerEmployeeId);
    }

    OpeningHours hours(ZoneId zone) {
        return new OpeningHours(opensAt, closesAt, zone);
    }

    Instant firstContactDue(Instant start, ZoneId zone) {
        return hours(zone).plusOpenMinutes(start, firstContactMinutes);
    }

    Instant reassignOfferAt(Instant start, ZoneId zone) {
        return hours(zone).plusOpenMinutes(start, reassignAfterMinutes);
    }
}
