package com.autosales.surveys;

/** What the survey asks about: a delivery (交车) — service visits will follow. */
public enum SurveyOccasion {
    DELIVERY;

    public String messageKey() {
        return "surveys.occasion." + name();
    }
}
