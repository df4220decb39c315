package com.autosales.surveys;

import java.time.LocalDate;

/** 满意度 — a customer scored a delivery (or later a service visit); about the employee named, 1–5 overall. */
public record SurveyAnswered(Long surveyId, SurveyOccasion occasion, Long referenceId, Long storeId,
        Long subjectEmployeeId, int overall, LocalDate answeredOn) {
}
