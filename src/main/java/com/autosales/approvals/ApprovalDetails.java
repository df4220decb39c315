package com.autosales.approvals;

import java.time.Instant;
import java.util.List;

/**
 * One approval with its chain and its full history (审批记录), and what the reader may do with it.
 *
 * @param canDecide   the reader is the current step's approver or their deputy
 * @param canWithdraw the reader is the requester and it is still pending
 */
public record ApprovalDetails(ApprovalSummary approval, List<Step> steps, List<Entry> history, boolean canDecide,
        boolean canWithdraw) {

    /** Where a step of the chain stands. */
    public enum StepState { APPROVED, WAITING, UPCOMING, RETURNED, WITHDRAWN, NOT_REACHED }

    /** What happened: the request, a decision, or the withdrawal. */
    public enum EntryKind { REQUESTED, APPROVED, RETURNED, WITHDRAWN }

    /** One step: any one of its approvers decides for it. */
    public record Step(int number, List<Approver> approvers, StepState state) {
    }

    /** An approver, with their position named in the reader's language. */
    public record Approver(String username, String name, String position) {
    }

    /**
     * One line of the history. {@code onBehalfOf}/{@code onBehalfOfName} are set when a deputy decided
     * for the approver (decided by X on behalf of Y).
     */
    public record Entry(EntryKind kind, Integer step, String actor, String actorName, String onBehalfOf,
            String onBehalfOfName, String comment, Instant at) {
    }
}
