package com.autosales.approvals;

import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approvers decide and requesters withdraw. Each action names the version it saw: two people acting on the
 * same approval at once cannot both succeed (the second gets a concurrent-change refusal).
 */
@Service
@Transactional
class ApprovalDecisions {

    private final ApprovalRecords records;
    private final ApprovalAccess access;
    private final ApprovalViews views;
    private final ApprovalNotices notices;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApprovalDecisions(ApprovalRecords records, ApprovalAccess access, ApprovalViews views, ApprovalNotices notices,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.access = access;
        this.views = views;
        this.notices = notices;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Only the current step's approver, or their deputy today, decides; others who can see it get 403. */
    ApprovalDetails decide(Long id, Decision decision, String comment, long expectedVersion) {
        Viewer viewer = access.viewer();
        Approval approval = current(id, expectedVersion, viewer);
        StepApprover principal = viewer.decidesFor(approval)
                .orElseThrow(() -> new AccessDeniedException("not the current approver of approval " + id));
        Actor by = viewer.actorFor(principal);
        int step = approval.currentStep();
        Instant now = clock.instant();
        if (decision == Decision.RETURN) {
            approval.returnToRequester(by, comment, now);
            notices.returned(approval, by, comment);
            events.publishEvent(new ApprovalReturned(ApprovalId.of(id), approval.module(), approval.recordType(),
                    approval.recordId(), approval.policyCode(), comment.strip(), by.name()));
        } else if (approval.approve(by, comment, now)) {
            notices.granted(approval, by);
            events.publishEvent(new ApprovalGranted(ApprovalId.of(id), approval.module(), approval.recordType(),
                    approval.recordId(), approval.policyCode(), by.name()));
        } else {
            notices.reachedStep(approval);
        }
        audit.record(AuditRecord.of("approval", id, decision.name(), comment,
                FieldChange.of("status", ApprovalStatus.PENDING, approval.status()),
                FieldChange.of("step", step, approval.currentStep()),
                FieldChange.of("onBehalfOf", null, by.onBehalfOf())));
        records.flush();
        return views.details(approval, viewer);
    }

    /** The requester takes back a pending request; anyone else who can see it gets 403. */
    ApprovalDetails withdraw(Long id, String comment, long expectedVersion) {
        Viewer viewer = access.viewer();
        Approval approval = current(id, expectedVersion, viewer);
        if (!approval.requester().equals(viewer.username())) {
            throw new AccessDeniedException("only the requester withdraws approval " + id);
        }
        List<StepApprover> wereWaiting = approval.currentApprovers();
        approval.withdraw(viewer.self(), comment, clock.instant());
        notices.withdrawn(approval, wereWaiting);
        events.publishEvent(new ApprovalWithdrawn(ApprovalId.of(id), approval.module(), approval.recordType(),
                approval.recordId(), approval.policyCode()));
        audit.record(AuditRecord.of("approval", id, "WITHDRAW", comment,
                FieldChange.of("status", ApprovalStatus.PENDING, approval.status())));
        records.flush();
        return views.details(approval, viewer);
    }

    private Approval current(Long id, long expectedVersion, Viewer viewer) {
        Approval approval = access.visible(id, viewer);
        if (approval.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        if (!approval.isPending()) {
            throw new DomainException("approval.not-pending");
        }
        return approval;
    }
}
