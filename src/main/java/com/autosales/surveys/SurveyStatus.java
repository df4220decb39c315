package com.autosales.surveys;

/** Scheduled (to call), done (scored), or unreachable after the allowed attempts. */
public enum SurveyStatus {
    SCHEDULED, DONE, UNREACHABLE;

    public String messageKey() {
        return "surveys.status." + name();
    }
}
