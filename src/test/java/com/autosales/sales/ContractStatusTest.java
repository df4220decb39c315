package com.autosales.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ContractStatusTest {

    @Test
    void theFlowGoesFromDraftThroughReviewAndSigningToClosedOneStepAtATime() {
        ContractStatus[] path = {ContractStatus.DRAFT, ContractStatus.SUBMITTED, ContractStatus.APPROVED,
                ContractStatus.SIGNED, ContractStatus.DEPOSIT_RECEIVED, ContractStatus.ALLOCATED, ContractStatus.DELIVERED,
                ContractStatus.CLOSED};
        for (int i = 0; i + 1 < path.length; i++) {
            assertThat(path[i].canMoveTo(path[i + 1])).as(path[i] + " → " + path[i + 1]).isTrue();
            for (int j = i + 2; j < path.length; j++) {
                assertThat(path[i].canMoveTo(path[j])).as("skipping " + path[i] + " → " + path[j]).isFalse();
            }
            assertThat(path[i + 1].canMoveTo(path[i])).as("back " + path[i + 1] + " → " + path[i]).isFalse();
        }
    }

    @Test
    void aReturnedContractIsChangedAndSubmittedAgain() {
        assertThat(ContractStatus.SUBMITTED.canMoveTo(ContractStatus.RETURNED)).isTrue();
        assertThat(ContractStatus.RETURNED.canMoveTo(ContractStatus.SUBMITTED)).isTrue();
        assertThat(ContractStatus.RETURNED.canMoveTo(ContractStatus.APPROVED)).isFalse();
        assertThat(ContractStatus.RETURNED.editable()).isTrue();
        assertThat(ContractStatus.SUBMITTED.editable()).isFalse();
    }

    @Test
    void aContractIsCancelledBeforeDeliveryButNotWhileInReviewNorOnceDelivered() {
        EnumSet<ContractStatus> cancellable = EnumSet.of(ContractStatus.DRAFT, ContractStatus.RETURNED,
                ContractStatus.APPROVED, ContractStatus.SIGNED, ContractStatus.DEPOSIT_RECEIVED, ContractStatus.ALLOCATED);
        for (ContractStatus status : ContractStatus.values()) {
            assertThat(status.canMoveTo(ContractStatus.CANCELLED)).as(status.name()).isEqualTo(cancellable.contains(status));
        }
        assertThat(ContractStatus.CANCELLED.live()).isFalse();
        assertThat(ContractStatus.CLOSED.live()).isFalse();
    }

    @Test
    void fromSigningOnTheContractIsArchivedAndChangesOnlyByAmendment() {
        assertThat(EnumSet.allOf(ContractStatus.class).stream().filter(ContractStatus::signed))
                .containsExactly(ContractStatus.SIGNED, ContractStatus.DEPOSIT_RECEIVED, ContractStatus.ALLOCATED,
                        ContractStatus.DELIVERED, ContractStatus.CLOSED);
        assertThat(EnumSet.allOf(ContractStatus.class).stream().filter(s -> s.signed() && s.editable())).isEmpty();
    }
}
