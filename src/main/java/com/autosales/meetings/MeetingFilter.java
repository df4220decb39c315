package com.autosales.meetings;

import java.time.LocalDate;

/** The list's filters; any may be {@code null} (not filtered). */
public record MeetingFilter(MeetingKind kind, MeetingStatus status, LocalDate from, LocalDate to) {

    public static MeetingFilter none() {
        return new MeetingFilter(null, null, null, null);
    }
}
