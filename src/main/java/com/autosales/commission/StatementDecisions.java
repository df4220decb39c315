package com.autosales.commission;

import com.autosales.approvals.ApprovalGranted;
import com.autosales.approvals.ApprovalReturned;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Brings the general manager's decision from the approvals inbox back to the statement. */
@Component
class StatementDecisions {

    private final StatementManagement statements;

    StatementDecisions(StatementManagement statements) {
        this.statements = statements;
    }

    @ApplicationModuleListener
    void on(ApprovalGranted event) {
        if (StatementManagement.POLICY.equals(event.policyCode())) {
            statements.decided(event.recordId(), true, event.decidedBy(), null);
        }
    }

    @ApplicationModuleListener
    void on(ApprovalReturned event) {
        if (StatementManagement.POLICY.equals(event.policyCode())) {
            statements.decided(event.recordId(), false, event.decidedBy(), event.comment());
        }
    }
}
