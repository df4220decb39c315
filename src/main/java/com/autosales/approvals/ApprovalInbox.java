package com.autosales.approvals;

import com.autosales.approvals.ApprovalDetails.EntryKind;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 审批中心 — one person's approvals: waiting for me (oldest first), what I requested, what I decided. */
@Service
@Transactional(readOnly = true)
class ApprovalInbox {

    static final int PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;

    /** The tabs of the inbox. */
    enum Box { WAITING, REQUESTED, DECIDED }

    private final ApprovalRecords records;
    private final ApprovalAccess access;
    private final ApprovalViews views;

    ApprovalInbox(ApprovalRecords records, ApprovalAccess access, ApprovalViews views) {
        this.records = records;
        this.access = access;
        this.views = views;
    }

    Page<ApprovalSummary> list(Box box, int page, int size) {
        Viewer viewer = access.viewer();
        PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
        Page<Approval> found = switch (box) {
            case WAITING -> records.waitingFor(viewer.inboxOwners(), request);
            case REQUESTED -> records.findByRequesterOrderByRequestedAtDescIdDesc(viewer.username(), request);
            case DECIDED -> records.actedOnBy(viewer.username(), List.of(EntryKind.APPROVED, EntryKind.RETURNED), request);
        };
        return found.map(a -> views.summary(a, viewer));
    }

    /** How many approvals wait for me, including those I see as a deputy. */
    long countWaiting() {
        return records.countWaitingFor(access.viewer().inboxOwners());
    }

    ApprovalDetails details(Long id) {
        Viewer viewer = access.viewer();
        return views.details(access.visible(id, viewer), viewer);
    }
}
