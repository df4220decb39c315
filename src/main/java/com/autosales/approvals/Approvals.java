package com.autosales.approvals;

import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.shared.DomainException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 审批 — the one way modules get something approved. A module declares an {@link ApprovalPolicy} bean,
 * calls {@link #request} when its record needs approval, and reacts to {@link ApprovalGranted} /
 * {@link ApprovalReturned} with {@code @ApplicationModuleListener}. Approvers decide in their inbox
 * ({@code /approvals}); a record's page can embed its history from
 * {@code GET /approvals/history?recordType=…&recordId=…} with htmx.
 */
@Service
@Transactional(readOnly = true)
public class Approvals {

    private final ApprovalRecords records;
    private final PolicyRegistry policies;
    private final ChainResolver chains;
    private final CurrentUsers currentUsers;
    private final ApprovalAccess access;
    private final ApprovalViews views;
    private final ApprovalNotices notices;
    private final AuditTrail audit;
    private final ApprovalDecisions decisions;
    private final Clock clock;

    Approvals(ApprovalRecords records, PolicyRegistry policies, ChainResolver chains, CurrentUsers currentUsers,
            ApprovalAccess access, ApprovalViews views, ApprovalNotices notices, AuditTrail audit,
            ApprovalDecisions decisions, Clock clock) {
        this.records = records;
        this.policies = policies;
        this.chains = chains;
        this.currentUsers = currentUsers;
        this.access = access;
        this.views = views;
        this.notices = notices;
        this.audit = audit;
        this.decisions = decisions;
        this.clock = clock;
    }

    /**
     * The signed-in user asks for approval of a record. The policy's steps are resolved to people now; the
     * first step's approvers (and their deputies) are notified. Call it inside the module's own transaction.
     *
     * @throws DomainException {@code approval.already-pending} if the record has a pending approval,
     *                         {@code approval.no-approver} if the chain resolves to nobody
     */
    @Transactional
    public ApprovalId request(ApprovalRequest request) {
        if (request.titleKey() == null) {
            throw new IllegalArgumentException("an approval request needs a title: use titled(key, args…)");
        }
        CurrentUser me = currentUsers.current();
        if (records.findFirstByRecordTypeAndRecordIdAndStatus(request.recordType(), request.recordId(),
                ApprovalStatus.PENDING).isPresent()) {
            throw new DomainException("approval.already-pending");
        }
        ApprovalContext context = new ApprovalContext(request.module(), request.recordType(), request.recordId(),
                me.username(), me.employeeId(), me.storeId(), request.amount(), request.percentage());
        List<List<StepApprover>> chain = chains.resolve(policies.get(request.policyCode()).steps(context), context);
        Requester requester = new Requester(me.username(), me.displayName(), me.employeeId(), me.storeId());
        Approval approval = records.save(Approval.open(request, requester, chain, clock.instant()));
        audit.record(AuditRecord.of("approval", approval.id(), "REQUEST", request.note(),
                FieldChange.of("record", null, request.recordType() + " " + request.recordId()),
                FieldChange.of("policy", null, request.policyCode()),
                FieldChange.of("status", null, ApprovalStatus.PENDING)));
        notices.reachedStep(approval);
        return ApprovalId.of(approval.id());
    }

    /**
     * The signed-in user decides the record's pending approval as its current approver (or their deputy), for a
     * module's own API (e.g. {@code POST /api/v1/contracts/{id}/approve}). Returns the approval's status afterwards:
     * still {@code PENDING} when a further step must decide.
     *
     * @throws DomainException {@code approval.not-pending} if nothing is pending; AccessDeniedException if the user
     *                         is not the current approver
     */
    @Transactional
    public ApprovalStatus decidePending(String recordType, Long recordId, Decision decision, String comment) {
        Approval pending = records.findFirstByRecordTypeAndRecordIdAndStatus(recordType, recordId, ApprovalStatus.PENDING)
                .orElseThrow(() -> new DomainException("approval.not-pending"));
        return decisions.decide(pending.id(), decision, comment, pending.version()).approval().status();
    }

    /** The record's pending approval, if any (for the module's own rules and badges; not filtered by scope). */
    public Optional<ApprovalSummary> pendingFor(String recordType, Long recordId) {
        return records.findFirstByRecordTypeAndRecordIdAndStatus(recordType, recordId, ApprovalStatus.PENDING)
                .map(a -> views.summary(a, null));
    }

    /** Whether the record's latest approval was granted (an earlier grant does not count once re-requested). */
    public boolean isApproved(String recordType, Long recordId) {
        return records.findFirstByRecordTypeAndRecordIdOrderByIdDesc(recordType, recordId)
                .map(a -> a.status() == ApprovalStatus.APPROVED).orElse(false);
    }

    /** Every approval of the record the signed-in user may see, newest first, each with its full history. */
    public List<ApprovalDetails> historyOf(String recordType, Long recordId) {
        Viewer viewer = access.viewer();
        return records.findByRecordTypeAndRecordIdOrderByIdDesc(recordType, recordId).stream()
                .filter(viewer::sees)
                .map(a -> views.details(a, viewer))
                .toList();
    }
}
