package com.autosales.approvals;

import com.autosales.shared.web.DashboardCard;
import org.springframework.stereotype.Component;

/** Workbench card: how many approvals wait for me. */
@Component
class WaitingApprovalsCard implements DashboardCard.Source {

    private final ApprovalInbox inbox;

    WaitingApprovalsCard(ApprovalInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public String authority() {
        return null;
    }

    @Override
    public DashboardCard card() {
        return new DashboardCard(50, "approval.card.waiting", "check2-square", String.valueOf(inbox.countWaiting()),
                "/approvals");
    }
}
