package com.autosales.targets;

import com.autosales.approvals.ApprovalGranted;
import com.autosales.approvals.ApprovalReturned;
import com.autosales.approvals.ApprovalWithdrawn;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Brings the general manager's decision (or a withdrawal) from the approvals module back to the plan. */
@Component
class PlanDecisions {

    private final SalesPlanManagement plans;

    PlanDecisions(SalesPlanManagement plans) {
        this.plans = plans;
    }

    @ApplicationModuleListener
    void on(ApprovalGranted event) {
        if (TargetPolicies.PLAN_POLICY.equals(event.policyCode())) {
            plans.approved(event.recordId());
        }
    }

    @ApplicationModuleListener
    void on(ApprovalReturned event) {
        if (TargetPolicies.PLAN_POLICY.equals(event.policyCode())) {
            plans.returned(event.recordId(), event.comment());
        }
    }

    @ApplicationModuleListener
    void on(ApprovalWithdrawn event) {
        if (TargetPolicies.PLAN_POLICY.equals(event.policyCode())) {
            plans.returned(event.recordId(), null);
        }
    }
}
