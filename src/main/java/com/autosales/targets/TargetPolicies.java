package com.autosales.targets;

import com.autosales.access.UserDirectory;
import com.autosales.approvals.ApprovalPolicy;
import com.autosales.approvals.ApproverStep;
import com.autosales.org.PositionHolders;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TargetPolicies {

    static final String PLAN_POLICY = "targets.plan";
    private static final String GENERAL_MANAGER = "gm";

    /**
     * A sales plan is approved by the general manager of the plan's store: the position step when the requester works
     * in that store, otherwise (a group-level user) the store's GM by name.
     */
    @Bean
    ApprovalPolicy salesPlanPolicy(SalesPlans plans, PositionHolders holders, UserDirectory users) {
        return ApprovalPolicy.of(PLAN_POLICY, context -> {
            Long store = plans.findById(context.recordId()).map(SalesPlan::storeId).orElse(context.requesterStoreId());
            if (store == null || store.equals(context.requesterStoreId())) {
                return List.of(ApproverStep.position(GENERAL_MANAGER));
            }
            return holders.employeeIdsHolding(GENERAL_MANAGER, store).stream().findFirst()
                    .flatMap(users::usernameOfEmployee).map(ApproverStep::user).map(List::<ApproverStep>of)
                    .orElse(List.of(ApproverStep.position(GENERAL_MANAGER)));
        });
    }
}
