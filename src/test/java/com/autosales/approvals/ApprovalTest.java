package com.autosales.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.autosales.approvals.ApprovalDetails.EntryKind;
import com.autosales.shared.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApprovalTest {

    static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");
    static final StepApprover MANAGER = new StepApprover("salesmanager", "李明", 2L);
    static final StepApprover GM = new StepApprover("gm", "王建国", 1L);
    static final Requester CONSULTANT = new Requester("consultant1", "张伟", 3L, 10L);

    static Approval managerThenGm() {
        return Approval.open(ApprovalRequest.of("sales", "quote", 7L, "manager-then-gm").titled("t"), CONSULTANT,
                List.of(List.of(MANAGER), List.of(GM)), NOW);
    }

    static Actor as(StepApprover approver) {
        return Actor.self(approver.username(), approver.displayName());
    }

    @Test
    void aNewRequestWaitsForTheFirstStep() {
        Approval approval = managerThenGm();
        assertThat(approval.status()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(approval.currentApprovers()).containsExactly(MANAGER);
        assertThat(approval.entries()).extracting(ApprovalEntry::kind).containsExactly(EntryKind.REQUESTED);
    }

    @Test
    void approvingAStepBeforeTheLastPassesItOn() {
        Approval approval = managerThenGm();
        assertThat(approval.approve(as(MANAGER), null, NOW)).isFalse();
        assertThat(approval.currentStep()).isEqualTo(2);
        assertThat(approval.currentApprovers()).containsExactly(GM);
        assertThat(approval.isPending()).isTrue();
    }

    @Test
    void approvingTheLastStepGrantsIt() {
        Approval approval = managerThenGm();
        approval.approve(as(MANAGER), null, NOW);
        assertThat(approval.approve(as(GM), "好", NOW)).isTrue();
        assertThat(approval.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(approval.closedAt()).isEqualTo(NOW);
        assertThat(approval.currentApprovers()).isEmpty();
    }

    @Test
    void returningNeedsAComment() {
        Approval approval = managerThenGm();
        assertThatThrownBy(() -> approval.returnToRequester(as(MANAGER), "  ", NOW))
                .isInstanceOf(DomainException.class).hasMessageContaining("approval.comment-required");
        approval.returnToRequester(as(MANAGER), "价格太低", NOW);
        assertThat(approval.status()).isEqualTo(ApprovalStatus.RETURNED);
    }

    @Test
    void aClosedApprovalCannotBeDecidedOrWithdrawn() {
        Approval approval = managerThenGm();
        approval.returnToRequester(as(MANAGER), "不行", NOW);
        assertThatThrownBy(() -> approval.approve(as(MANAGER), null, NOW)).hasMessageContaining("approval.not-pending");
        assertThatThrownBy(() -> approval.withdraw(Actor.self("consultant1", "张伟"), null, NOW))
                .hasMessageContaining("approval.not-pending");
    }

    @Test
    void onlyTheRequesterWithdraws() {
        Approval approval = managerThenGm();
        assertThatThrownBy(() -> approval.withdraw(as(MANAGER), null, NOW))
                .hasMessageContaining("approval.only-requester-withdraws");
        approval.withdraw(Actor.self("consultant1", "张伟"), "不需要了", NOW);
        assertThat(approval.status()).isEqualTo(ApprovalStatus.WITHDRAWN);
    }

    @Test
    void aDeputyDecidesOnlyForSomeoneWhoseTurnItIs() {
        Approval approval = managerThenGm();
        assertThat(approval.principalFor("clerk", Set.of("salesmanager"))).contains(MANAGER);
        assertThat(approval.principalFor("clerk", Set.of("gm"))).isEmpty();
        assertThat(approval.principalFor("salesmanager", Set.of())).contains(MANAGER);
        Actor deputy = Actor.self("clerk", "陈静").forPrincipal(MANAGER);
        approval.approve(deputy, null, NOW);
        assertThat(approval.entries().get(1).view().onBehalfOfName()).isEqualTo("李明");
        assertThat(approval.entries().get(1).view().actorName()).isEqualTo("陈静");
    }

    @Test
    void everyoneInTheChainIsInvolvedButOutsidersAreNot() {
        Approval approval = managerThenGm();
        assertThat(approval.involves("consultant1")).isTrue();
        assertThat(approval.involves("gm")).isTrue();
        assertThat(approval.involves("consultant2")).isFalse();
    }

    @Test
    void aRequestNobodyCanApproveIsRefused() {
        assertThatThrownBy(() -> Approval.open(ApprovalRequest.of("sales", "quote", 7L, "p").titled("t"), CONSULTANT,
                List.of(), NOW)).hasMessageContaining("approval.no-approver");
    }
}
