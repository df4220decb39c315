package com.autosales.leads;

import java.time.LocalDate;

/** 回访完成 — a consultant recorded a follow-up that was due on {@code dueDate}: on time when done by then. */
public record FollowUpRecorded(Long followUpId, Long leadId, Long storeId, Long ownerEmployeeId, LocalDate dueDate,
        LocalDate doneOn) {

    public boolean onTime() {
        return !doneOn.isAfter(dueDate);
    }
}
