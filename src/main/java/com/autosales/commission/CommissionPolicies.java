package com.autosales.commission;

import com.autosales.approvals.ApprovalPolicy;
import com.autosales.approvals.ApproverStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CommissionPolicies {

    /** A commission statement is approved by the general manager of the submitter's store (position {@code gm}). */
    @Bean
    ApprovalPolicy statementPolicy() {
        return ApprovalPolicy.fixed(StatementManagement.POLICY, ApproverStep.position("gm"));
    }
}
