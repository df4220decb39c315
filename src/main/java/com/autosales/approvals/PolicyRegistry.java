package com.autosales.approvals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Every {@link ApprovalPolicy} bean, by code; two policies with one code stop the application from starting. */
@Component
class PolicyRegistry {

    private final Map<String, ApprovalPolicy> byCode = new HashMap<>();

    PolicyRegistry(List<ApprovalPolicy> policies) {
        for (ApprovalPolicy policy : policies) {
            if (byCode.putIfAbsent(policy.code(), policy) != null) {
                throw new IllegalStateException("two approval policies with the code " + policy.code());
            }
        }
    }

    ApprovalPolicy get(String code) {
        ApprovalPolicy policy = byCode.get(code);
        if (policy == null) {
            throw new IllegalArgumentException("no approval policy with the code " + code);
        }
        return policy;
    }
}
