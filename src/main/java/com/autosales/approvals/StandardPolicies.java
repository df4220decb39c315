package com.autosales.approvals;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The generic policies any module may use when it needs nothing more specific. */
@Configuration(proxyBeanMethods = false)
class StandardPolicies {

    @Bean
    ApprovalPolicy managerPolicy() {
        return ApprovalPolicy.fixed(ApprovalPolicy.MANAGER, ApproverStep.managerOfRequester());
    }

    @Bean
    ApprovalPolicy managerThenGmPolicy() {
        return ApprovalPolicy.fixed(ApprovalPolicy.MANAGER_THEN_GM, ApproverStep.managerOfRequester(),
                ApproverStep.position("gm"));
    }
}
