package com.autosales.approvals;

import jakarta.persistence.Embeddable;

/** Someone who may decide a step: their login, their name when the chain was built, and their employee id. */
@Embeddable
record StepApprover(String username, String displayName, Long employeeId) {
}
