package com.autosales.delivery;

import com.autosales.approvals.ApprovalPolicy;
import com.autosales.approvals.ApproverStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeliveryPolicies {

    /** Delivering another car than the contract's: the consultant's manager (the sales manager) approves. */
    @Bean
    ApprovalPolicy substitutionPolicy() {
        return ApprovalPolicy.fixed(DeliveryManagement.SUBSTITUTION_POLICY, ApproverStep.managerOfRequester());
    }
}
