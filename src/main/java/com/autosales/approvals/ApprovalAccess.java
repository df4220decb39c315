package com.autosales.approvals;

import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.shared.RecordNotFoundException;
import org.springframework.stereotype.Component;

/** Loads approvals the way the signed-in user may see them: one they may not see answers 404, as if absent. */
@Component
class ApprovalAccess {

    private final ApprovalRecords records;
    private final CurrentUsers currentUsers;
    private final Deputies deputies;

    ApprovalAccess(ApprovalRecords records, CurrentUsers currentUsers, Deputies deputies) {
        this.records = records;
        this.currentUsers = currentUsers;
        this.deputies = deputies;
    }

    Viewer viewer() {
        CurrentUser user = currentUsers.current();
        return new Viewer(user, deputies.principalsOf(user.username()), currentUsers.scope());
    }

    Approval visible(Long id, Viewer viewer) {
        return records.findById(id).filter(viewer::sees)
                .orElseThrow(() -> new RecordNotFoundException("approval", id));
    }
}
