package com.autosales.sales;

import com.autosales.approvals.ApprovalPolicy;
import com.autosales.approvals.ApproverStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 合同审核: contracts and their amendments are approved by the requester's manager (the sales manager). */
@Configuration(proxyBeanMethods = false)
class ContractPolicies {

    @Bean
    ApprovalPolicy contractApprovalPolicy() {
        return ApprovalPolicy.fixed(ContractManagement.POLICY, ApproverStep.managerOfRequester());
    }
}
