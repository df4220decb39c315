package com.autosales.approvals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Turns a policy's steps into people. A step that resolves to nobody but the requester is skipped (nobody
 * approves their own request); a step with exactly the approvers of the step before is merged into it.
 */
@Component
class ChainResolver {

    private final OrgLookup org;

    ChainResolver(OrgLookup org) {
        this.org = org;
    }

    List<List<StepApprover>> resolve(List<ApproverStep> steps, ApprovalContext context) {
        List<List<StepApprover>> chain = new ArrayList<>();
        for (ApproverStep step : steps) {
            Map<String, StepApprover> people = new LinkedHashMap<>();
            for (StepApprover approver : approversOf(step, context)) {
                if (!approver.username().equals(context.requester())) {
                    people.putIfAbsent(approver.username(), approver);
                }
            }
            if (people.isEmpty() || (!chain.isEmpty() && usernames(chain.get(chain.size() - 1)).equals(people.keySet()))) {
                continue;
            }
            chain.add(List.copyOf(people.values()));
        }
        return chain;
    }

    private List<StepApprover> approversOf(ApproverStep step, ApprovalContext context) {
        if (step instanceof ApproverStep.Manager manager) {
            return managerUp(context.requesterEmployeeId(), manager.levelsUp())
                    .flatMap(org::approverFor).stream().toList();
        }
        if (step instanceof ApproverStep.Position position) {
            return org.holdersOf(position.code(), context.requesterStoreId()).stream()
                    .map(org::approverFor).flatMap(Optional::stream).toList();
        }
        if (step instanceof ApproverStep.User user) {
            return org.approverNamed(user.username()).stream().toList();
        }
        throw new IllegalArgumentException("unknown step " + step);
    }

    private Optional<Long> managerUp(Long employeeId, int levels) {
        Optional<Long> current = Optional.ofNullable(employeeId);
        for (int i = 0; i < levels && current.isPresent(); i++) {
            current = org.managerOf(current.get());
        }
        return current;
    }

    private static Set<String> usernames(List<StepApprover> approvers) {
        return approvers.stream().map(StepApprover::username).collect(Collectors.toSet());
    }
}
