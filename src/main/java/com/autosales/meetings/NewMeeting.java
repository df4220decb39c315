package com.autosales.meetings;

import java.time.LocalDate;
import java.util.List;

/** What a meeting is created with (the page's form and the API's body). */
public record NewMeeting(MeetingKind kind, LocalDate heldOn, String title, Long chairEmployeeId,
        List<Long> attendeeIds) {
}
