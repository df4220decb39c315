package com.autosales.approvals;

import java.util.List;
import java.util.function.Function;

/**
 * 审批规则 — who must approve a kind of request. Modules contribute policies as beans; a request names
 * its policy by {@link #code()}, which must be unique (convention: {@code <module>.<what>}).
 */
public interface ApprovalPolicy {

    /** Generic policy shipped with this module: the requester's direct manager. */
    String MANAGER = "manager";

    /** Generic policy shipped with this module: the requester's direct manager, then the store's GM ({@code gm}). */
    String MANAGER_THEN_GM = "manager-then-gm";

    String code();

    /** The steps, in order, for this request. */
    List<ApproverStep> steps(ApprovalContext context);

    /** A policy whose steps depend on the request, e.g. {@code ApprovalPolicy.of("sales.discount", limits::stepsFor)}. */
    static ApprovalPolicy of(String code, Function<ApprovalContext, List<ApproverStep>> steps) {
        return new ApprovalPolicy() {
            @Override
            public String code() {
                return code;
            }

            @Override
            public List<ApproverStep> steps(ApprovalContext context) {
                return steps.apply(context);
            }
        };
    }

    /** A policy with the same steps for every request. */
    static ApprovalPolicy fixed(String code, ApproverStep... steps) {
        List<ApproverStep> chain = List.of(steps);
        return of(code, context -> chain);
    }
}
