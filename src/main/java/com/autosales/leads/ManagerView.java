package com.autosales.leads;

import java.time.Instant;
import java.util.List;

/** What the sales manager watches: follow-up discipline, untouched leads, level moves, lost requests. */
record ManagerView(int staleDays, List<Overdue> overdue, List<LeadView> stale, List<Change> levelChanges,
        List<LeadView> lostPending) {

    record Overdue(Long ownerEmployeeId, String ownerName, long count) {
    }

    record Change(Long leadId, String customerName, String ownerName, LeadLevel before, LeadLevel after, Instant at,
            String by) {
    }
}
