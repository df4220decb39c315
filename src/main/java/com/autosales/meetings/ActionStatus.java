package com.autosales.meetings;

public enum ActionStatus {
    OPEN, DONE;

    public String messageKey() {
        return "meetings.action.status." + name();
    }
}
