package com.autosales.approvals;

import com.autosales.notifications.Notice;
import com.autosales.notifications.Notifications;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Tells approvers (and their deputies) when an item reaches them, and the requester how it ended. */
@Component
class ApprovalNotices {

    private static final String WAITING = "approval-waiting";
    private static final String OUTCOME = "approval-outcome";

    private final Notifications notifications;
    private final DeputyRecords deputies;
    private final Clock clock;

    ApprovalNotices(Notifications notifications, DeputyRecords deputies, Clock clock) {
        this.notifications = notifications;
        this.deputies = deputies;
        this.clock = clock;
    }

    /** The approval reached its current step. */
    void reachedStep(Approval approval) {
        String id = String.valueOf(approval.id());
        for (StepApprover approver : approval.currentApprovers()) {
            notifications.send(Notice.to(approver.username(), WAITING, "approval.notice.waiting", link(approval),
                    approval.requesterName(), id));
            for (String deputy : deputies.deputiesOf(approver.username(), LocalDate.now(clock))) {
                notifications.send(Notice.to(deputy, WAITING, "approval.notice.waiting-as-deputy", link(approval),
                        approval.requesterName(), id, approver.displayName()));
            }
        }
    }

    void granted(Approval approval, Actor by) {
        notifications.send(Notice.to(approval.requester(), OUTCOME, "approval.notice.granted", link(approval),
                String.valueOf(approval.id()), by.name()));
    }

    void returned(Approval approval, Actor by, String comment) {
        notifications.send(Notice.to(approval.requester(), OUTCOME, "approval.notice.returned", link(approval),
                String.valueOf(approval.id()), by.name(), comment.strip()));
    }

    void withdrawn(Approval approval, List<StepApprover> wereWaiting) {
        for (StepApprover approver : wereWaiting) {
            notifications.send(Notice.to(approver.username(), OUTCOME, "approval.notice.withdrawn", link(approval),
                    approval.requesterName(), String.valueOf(approval.id())));
        }
    }

    void deputyAppointed(Deputy deputy, String principalName) {
        notifications.send(Notice.to(deputy.deputy(), "approval-deputy", "approval.notice.deputy", "/approvals",
                principalName, deputy.startsOn().toString(), deputy.endsOn().toString()));
    }

    private static String link(Approval approval) {
        return "/approvals/" + approval.id();
    }
}
