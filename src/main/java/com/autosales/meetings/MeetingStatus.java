package com.autosales.meetings;

/** DRAFT while the meeting is being held and written up; CLOSED once its record is final. */
public enum MeetingStatus {
    DRAFT, CLOSED;

    public String messageKey() {
        return "meetings.status." + name();
    }
}
