package com.autosales.surveys;

import java.time.LocalDate;

/** What another module asks to survey: the occasion and its record, the customer, the employee it is about, when. */
public record SurveyRequest(SurveyOccasion occasion, Long referenceId, String referenceNumber, Long storeId,
        Long customerId, String customerName, Long subjectEmployeeId, String subjectName, LocalDate dueOn) {
}
