package com.autosales.leads;

import java.time.Instant;

/** Where a lead stands against its first-contact deadline. */
public enum ResponseState {
    /** Contacted when it was created (walk-in, the consultant's own call): no deadline. */
    NONE,
    /** Waiting for the first contact, deadline not passed: the consultant sees a countdown. */
    WAITING,
    /** Deadline passed: escalated to the sales manager. */
    OVERDUE,
    /** Second limit passed too: the manager is offered to reassign it. */
    REASSIGN,
    CONTACTED_ON_TIME,
    CONTACTED_LATE;

    static ResponseState of(Instant due, Instant contactedAt, Instant reassignAt, Instant now) {
        if (due == null) {
            return NONE;
        }
        if (contactedAt != null) {
            return contactedAt.isAfter(due) ? CONTACTED_LATE : CONTACTED_ON_TIME;
        }
        if (now.isBefore(due)) {
            return WAITING;
        }
        return reassignAt != null && !now.isBefore(reassignAt) ? REASSIGN : OVERDUE;
    }

    public boolean waiting() {
        return this == WAITING || this == OVERDUE || this == REASSIGN;
    }
}
