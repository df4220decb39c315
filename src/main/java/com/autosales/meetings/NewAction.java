package com.autosales.meetings;

import java.time.LocalDate;

/** An action item to add: what, who (an employee of the store), by when. */
public record NewAction(String text, Long ownerEmployeeId, LocalDate dueOn) {
}
