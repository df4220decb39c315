package com.autosales.sales;

import com.autosales.approvals.ApprovalContext;
import com.autosales.approvals.ApprovalPolicy;
import com.autosales.approvals.ApproverStep;
import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import com.autosales.shared.Money;
import com.autosales.shared.Percentage;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * 折扣权限 — how far an employee may discount on their own, by their position and store (a store row overrides the
 * group default), and the approval chain beyond it: the sales manager, and also the GM when the discount is beyond
 * the manager's own authority.
 */
@Component
class DiscountAuthorities {

    static final String POLICY = "sales.discount";

    private final DiscountAuthorityRules rules;
    private final OrgDirectory org;

    DiscountAuthorities(DiscountAuthorityRules rules, OrgDirectory org) {
        this.rules = rules;
        this.org = org;
    }

    DiscountAuthority of(Long employeeId, Long storeId) {
        Long positionId = employeeId == null ? null : org.employee(employeeId).map(EmployeeView::positionId).orElse(null);
        if (positionId == null) {
            return DiscountAuthority.NONE;
        }
        return rules.forPosition(storeId, positionId).stream().findFirst().map(DiscountAuthorityRule::authority)
                .orElse(DiscountAuthority.NONE);
    }

    boolean covers(Long employeeId, Long storeId, Money discount, Percentage percent) {
        return discount.amount().signum() == 0 || of(employeeId, storeId).covers(discount, percent);
    }

    List<ApproverStep> stepsFor(ApprovalContext context) {
        List<ApproverStep> steps = new ArrayList<>(List.of(ApproverStep.managerOfRequester()));
        Long managerId = context.requesterEmployeeId() == null ? null
                : org.employee(context.requesterEmployeeId()).map(EmployeeView::managerId).orElse(null);
        if (!covers(managerId, context.requesterStoreId(), context.amount(), context.percentage())) {
            steps.add(ApproverStep.position("gm"));
        }
        return steps;
    }

    @Bean
    static ApprovalPolicy discountPolicy(DiscountAuthorities authorities) {
        return ApprovalPolicy.of(POLICY, authorities::stepsFor);
    }
}
