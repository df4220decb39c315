package com.autosales.approvals;

import com.autosales.access.CurrentUser;
import com.autosales.access.RecordScope;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in user looking at approvals: whom they stand in for today, and their data scope.
 * They see an approval they are part of, one waiting for someone they stand in for, and any whose
 * requester is inside their data scope; everything else does not exist for them.
 */
record Viewer(CurrentUser user, Set<String> principals, RecordScope scope) {

    String username() {
        return user.username();
    }

    /** Me and everyone I stand in for today: whose inbox I see. */
    Set<String> inboxOwners() {
        Set<String> owners = new HashSet<>(principals);
        owners.add(user.username());
        return owners;
    }

    boolean sees(Approval approval) {
        return approval.involves(username()) || decidesFor(approval).isPresent()
                || scope.permits(approval.requesterStoreId(), approval.requesterEmployeeId());
    }

    /** The current approver I would decide for (myself, or someone I stand in for), if any. */
    Optional<StepApprover> decidesFor(Approval approval) {
        return approval.principalFor(username(), principals);
    }

    Actor actorFor(StepApprover principal) {
        return Actor.self(username(), user.displayName()).forPrincipal(principal);
    }

    Actor self() {
        return Actor.self(username(), user.displayName());
    }
}
