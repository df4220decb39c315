package com.autosales.leads;

import java.time.LocalDate;
import java.util.List;

/** A consultant's follow-up tasks on a day: overdue (red), due that day, upcoming. */
public record TaskList(Long ownerEmployeeId, String ownerName, LocalDate day, List<FollowUpView> overdue,
        List<FollowUpView> dueToday, List<FollowUpView> upcoming) {

    public int size() {
        return overdue.size() + dueToday.size() + upcoming.size();
    }
}
