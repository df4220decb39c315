package com.autosales.approvals;

import java.util.List;
import java.util.Optional;

/** What chain resolution needs to know about the organisation and its logins. */
interface OrgLookup {

    Optional<Long> managerOf(Long employeeId);

    /** Employees holding the position in the store (and the units below it). */
    List<Long> holdersOf(String positionCode, Long storeId);

    /** The employee as an approver, if they have a login that can sign in. */
    Optional<StepApprover> approverFor(Long employeeId);

    /** A login as an approver, if it exists and can sign in. */
    Optional<StepApprover> approverNamed(String username);
}
