package com.autosales.meetings;

import java.time.Instant;
import java.time.LocalDate;

/** One of my action items, with the meeting it came from. */
public record MyAction(Long id, Long meetingId, String meetingTitle, LocalDate meetingHeldOn, String text,
        LocalDate dueOn, ActionStatus status, Instant doneAt, long version, boolean overdue) {

    public boolean open() {
        return status == ActionStatus.OPEN;
    }
}
