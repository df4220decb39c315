package com.autosales.leads;

/**
 * OPEN → WON; OPEN → LOST_PENDING (consultant asks, with a reason) → LOST (manager confirms) or back to OPEN
 * (manager rejects). WON and LOST are final.
 */
public enum LeadStatus {
    OPEN, WON, LOST_PENDING, LOST;

    public boolean mayMoveTo(LeadStatus next) {
        return switch (this) {
            case OPEN -> next == WON || next == LOST_PENDING;
            case LOST_PENDING -> next == LOST || next == OPEN || next == WON;
            case WON, LOST -> false;
        };
    }

    /** Still worked on by the consultant (shown in their lists, follow-up tasks kept). */
    public boolean isActive() {
        return this == OPEN || this == LOST_PENDING;
    }
}
