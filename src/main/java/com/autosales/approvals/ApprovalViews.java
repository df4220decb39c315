package com.autosales.approvals;

import com.autosales.approvals.ApprovalDetails.StepState;
import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Approvals as the reader sees them: titles in their language, positions named, what they may do. */
@Component
class ApprovalViews {

    private final MessageSource messages;
    private final OrgDirectory org;

    ApprovalViews(MessageSource messages, OrgDirectory org) {
        this.messages = messages;
        this.org = org;
    }

    ApprovalSummary summary(Approval a, Viewer viewer) {
        String actingFor = viewer == null ? null : viewer.decidesFor(a)
                .filter(p -> !p.username().equals(viewer.username()))
                .map(StepApprover::displayName).orElse(null);
        Locale locale = LocaleContextHolder.getLocale();
        String title = a.titleKey() == null ? a.recordType() + " " + a.recordId()
                : messages.getMessage(a.titleKey(), a.titleArgs().toArray(), a.titleKey(), locale);
        List<String> waitingFor = a.currentApprovers().stream().map(StepApprover::displayName).toList();
        return new ApprovalSummary(a.id(), a.module(), a.recordType(), a.recordId(), a.policyCode(), title, a.link(),
                a.amount(), a.percentage(), a.requester(), a.requesterName(), a.requestedAt(), a.status(),
                a.currentStep(), a.steps().size(), a.closedAt(), waitingFor, actingFor, a.version());
    }

    ApprovalDetails details(Approval a, Viewer viewer) {
        List<Long> employeeIds = a.steps().stream().flatMap(s -> s.approvers().stream())
                .map(StepApprover::employeeId).filter(Objects::nonNull).distinct().toList();
        Map<Long, EmployeeView> employees = org.employees(employeeIds);
        List<ApprovalDetails.Step> steps = a.steps().stream().map(s -> new ApprovalDetails.Step(s.number(),
                s.approvers().stream().map(p -> approver(p, employees)).toList(), state(a, s.number()))).toList();
        List<ApprovalDetails.Entry> history = a.entries().stream().map(ApprovalEntry::view).toList();
        boolean canDecide = viewer.decidesFor(a).isPresent();
        boolean canWithdraw = a.isPending() && a.requester().equals(viewer.username());
        return new ApprovalDetails(summary(a, viewer), steps, history, canDecide, canWithdraw);
    }

    private static ApprovalDetails.Approver approver(StepApprover p, Map<Long, EmployeeView> employees) {
        EmployeeView employee = p.employeeId() == null ? null : employees.get(p.employeeId());
        return new ApprovalDetails.Approver(p.username(), p.displayName(),
                employee == null ? null : employee.positionName());
    }

    private static StepState state(Approval a, int step) {
        if (step < a.currentStep()) {
            return StepState.APPROVED;
        }
        if (step > a.currentStep()) {
            return a.isPending() ? StepState.UPCOMING : StepState.NOT_REACHED;
        }
        return switch (a.status()) {
            case PENDING -> StepState.WAITING;
            case APPROVED -> StepState.APPROVED;
            case RETURNED -> StepState.RETURNED;
            case WITHDRAWN -> StepState.WITHDRAWN;
        };
    }
}
