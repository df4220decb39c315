package com.autosales.meetings;

import java.time.LocalDate;

/** A meeting in the list: what, when, its state and how many of its action items are still open. */
public record MeetingSummary(Long id, MeetingKind kind, LocalDate heldOn, String title, String chairName,
        MeetingStatus status, int attendees, long openActions) {
}
