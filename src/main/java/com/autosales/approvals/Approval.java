package com.autosales.approvals;

import com.autosales.approvals.ApprovalDetails.EntryKind;
import com.autosales.shared.DomainException;
import com.autosales.shared.Money;
import com.autosales.shared.Percentage;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/** 审批单 — one request for approval of one record, walking its chain of steps until approved, returned or withdrawn. */
@Entity
@Table(name = "approval")
class Approval {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String module;
    private String recordType;
    private Long recordId;
    private String policyCode;
    private String titleKey;
    @Convert(converter = TextListConverter.class)
    private List<String> titleArgs = new ArrayList<>();
    private String link;
    private Money amount;
    @Convert(converter = PercentageConverter.class)
    private Percentage percentage;

    private String requester;
    private String requesterName;
    private Long requesterEmployeeId;
    private Long requesterStoreId;

    @Enumerated(EnumType.STRING)
    private ApprovalStatus status;
    private int currentStep;
    private Instant requestedAt;
    private Instant closedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "approval_id", nullable = false, updatable = false)
    @OrderBy("number")
    @BatchSize(size = 50)
    private List<ApprovalStep> steps = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "approval_id", nullable = false, updatable = false)
    @OrderBy("occurredAt, id")
    @BatchSize(size = 50)
    private List<ApprovalEntry> entries = new ArrayList<>();

    @Version
    private long version;

    protected Approval() {
    }

    /** Opens the request at its first step. {@code chain} holds each step's approvers, already resolved. */
    static Approval open(ApprovalRequest request, Requester requester, List<List<StepApprover>> chain, Instant now) {
        if (chain.isEmpty()) {
            throw new DomainException("approval.no-approver");
        }
        Approval a = new Approval();
        a.module = request.module();
        a.recordType = request.recordType();
        a.recordId = request.recordId();
        a.policyCode = request.policyCode();
        a.titleKey = request.titleKey();
        a.titleArgs = new ArrayList<>(request.titleArgs());
        a.link = request.link();
        a.amount = request.amount();
        a.percentage = request.percentage();
        a.requester = requester.username();
        a.requesterName = requester.name();
        a.requesterEmployeeId = requester.employeeId();
        a.requesterStoreId = requester.storeId();
        a.status = ApprovalStatus.PENDING;
        a.currentStep = 1;
        a.requestedAt = now;
        for (int i = 0; i < chain.size(); i++) {
            a.steps.add(new ApprovalStep(i + 1, chain.get(i)));
        }
        a.entries.add(new ApprovalEntry(EntryKind.REQUESTED, null, Actor.self(requester.username(), requester.name()),
                request.note(), now));
        return a;
    }

    /**
     * Who {@code username} would decide for: themselves if they are a current approver, else the first
     * current approver among {@code principals} (the people they are deputy for today); empty if neither.
     */
    Optional<StepApprover> principalFor(String username, Set<String> principals) {
        if (!isPending()) {
            return Optional.empty();
        }
        List<StepApprover> now = currentApprovers();
        return now.stream().filter(a -> a.username().equals(username)).findFirst()
                .or(() -> now.stream().filter(a -> principals.contains(a.username())).findFirst());
    }

    /** Approves the current step; returns {@code true} when that was the last step and the approval is granted. */
    boolean approve(Actor by, String comment, Instant now) {
        requirePending();
        entries.add(new ApprovalEntry(EntryKind.APPROVED, currentStep, by, comment, now));
        if (currentStep == steps.size()) {
            close(ApprovalStatus.APPROVED, now);
            return true;
        }
        currentStep++;
        return false;
    }

    /** Returns the request to the requester; the comment says why and is required. */
    void returnToRequester(Actor by, String comment, Instant now) {
        requirePending();
        if (comment == null || comment.isBlank()) {
            throw new DomainException("approval.comment-required");
        }
        entries.add(new ApprovalEntry(EntryKind.RETURNED, currentStep, by, comment, now));
        close(ApprovalStatus.RETURNED, now);
    }

    /** The requester takes the request back while it is pending. */
    void withdraw(Actor by, String comment, Instant now) {
        requirePending();
        if (!by.username().equals(requester)) {
            throw new DomainException("approval.only-requester-withdraws");
        }
        entries.add(new ApprovalEntry(EntryKind.WITHDRAWN, currentStep, by, comment, now));
        close(ApprovalStatus.WITHDRAWN, now);
    }

    private void requirePending() {
        if (!isPending()) {
            throw new DomainException("approval.not-pending");
        }
    }

    private void close(ApprovalStatus outcome, Instant now) {
        status = outcome;
        closedAt = now;
    }

    boolean isPending() {
        return status == ApprovalStatus.PENDING;
    }

    List<StepApprover> currentApprovers() {
        return isPending() ? steps.get(currentStep - 1).approvers() : List.of();
    }

    /** Requester, anyone named in the chain, or anyone who acted on it. */
    boolean involves(String username) {
        return requester.equals(username) || steps.stream().anyMatch(s -> s.includes(username))
                || entries.stream().anyMatch(e -> username.equals(e.actor()));
    }

    Long id() { return id; }
    String module() { return module; }
    String recordType() { return recordType; }
    Long recordId() { return recordId; }
    String policyCode() { return policyCode; }
    String titleKey() { return titleKey; }
    List<String> titleArgs() { return List.copyOf(titleArgs); }
    String link() { return link; }
    Money amount() { return amount; }
    Percentage percentage() { return percentage; }
    String requester() { return requester; }
    String requesterName() { return requesterName; }
    Long requesterEmployeeId() { return requesterEmployeeId; }
    Long requesterStoreId() { return requesterStoreId; }
    ApprovalStatus status() { return status; }
    int currentStep() { return currentStep; }
    Instant requestedAt() { return requestedAt; }
    Instant closedAt() { return closedAt; }
    List<ApprovalStep> steps() { return List.copyOf(steps); }
    List<ApprovalEntry> entries() { return List.copyOf(entries); }
    long version() { return version; }
}
