package com.autosales.surveys;

import java.time.Instant;
import java.time.LocalDate;

/** A survey as pages and the API show it. */
public record SurveyView(Long id, SurveyOccasion occasion, Long referenceId, String referenceNumber, Long storeId,
        String customerName, String subjectName, LocalDate dueOn, boolean overdue, SurveyStatus status, int attempts,
        Integer overall, Integer consultant, Integer process, Integer vehicle, String comment, String doneBy,
        Instant doneAt, long version) {
}
