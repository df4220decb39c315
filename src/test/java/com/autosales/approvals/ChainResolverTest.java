package com.autosales.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChainResolverTest {

    /** A 4S store (id 10): 张伟 (3) reports to 李明 (2), who reports to 王建国 (1, the GM); 赵敏 (4) reports to the GM. */
    static final class FakeOrg implements OrgLookup {

        final Map<Long, Long> managers = new HashMap<>(Map.of(3L, 2L, 2L, 1L, 4L, 1L));
        final Map<Long, String> logins = new HashMap<>(Map.of(1L, "gm", 2L, "salesmanager", 3L, "consultant1", 4L, "finance"));
        final Map<String, List<Long>> positionsInStore10 = new HashMap<>(Map.of("gm", List.of(1L)));

        @Override
        public Optional<Long> managerOf(Long employeeId) {
            return Optional.ofNullable(managers.get(employeeId));
        }

        @Override
        public List<Long> holdersOf(String positionCode, Long storeId) {
            return Long.valueOf(10).equals(storeId) ? positionsInStore10.getOrDefault(positionCode, List.of()) : List.of();
        }

        @Override
        public Optional<StepApprover> approverFor(Long employeeId) {
            return Optional.ofNullable(logins.get(employeeId)).map(u -> new StepApprover(u, u, employeeId));
        }

        @Override
        public Optional<StepApprover> approverNamed(String username) {
            return logins.containsValue(username) ? Optional.of(new StepApprover(username, username, null)) : Optional.empty();
        }
    }

    final FakeOrg org = new FakeOrg();
    final ChainResolver resolver = new ChainResolver(org);

    static ApprovalContext requestBy(String username, Long employeeId) {
        return new ApprovalContext("sales", "quote", 1L, username, employeeId, 10L, null, null);
    }

    List<List<String>> chainFor(ApprovalContext context, ApproverStep... steps) {
        return resolver.resolve(List.of(steps), context).stream()
                .map(step -> step.stream().map(StepApprover::username).toList()).toList();
    }

    @Test
    void managerThenGmGoesToTheConsultantsManagerThenTheStoresGm() {
        assertThat(chainFor(requestBy("consultant1", 3L), ApproverStep.managerOfRequester(), ApproverStep.position("gm")))
                .containsExactly(List.of("salesmanager"), List.of("gm"));
    }

    @Test
    void theManagersManagerIsTheNextLevelUp() {
        assertThat(chainFor(requestBy("consultant1", 3L), ApproverStep.managerOfManager())).containsExactly(List.of("gm"));
        assertThat(chainFor(requestBy("consultant1", 3L), ApproverStep.managerLevelsUp(3))).isEmpty();
    }

    @Test
    void aStepThatReachesTheSameApproverAsTheStepBeforeIsMergedIntoIt() {
        assertThat(chainFor(requestBy("finance", 4L), ApproverStep.managerOfRequester(), ApproverStep.position("gm")))
                .containsExactly(List.of("gm"));
    }

    @Test
    void nobodyApprovesTheirOwnRequest() {
        assertThat(chainFor(requestBy("gm", 1L), ApproverStep.managerOfRequester(), ApproverStep.position("gm"))).isEmpty();
        assertThat(chainFor(requestBy("salesmanager", 2L), ApproverStep.managerOfRequester(), ApproverStep.position("gm")))
                .containsExactly(List.of("gm"));
    }

    @Test
    void everyHolderOfThePositionMayDecideTheStep() {
        org.positionsInStore10.put("gm", List.of(1L, 4L));
        assertThat(chainFor(requestBy("consultant1", 3L), ApproverStep.position("gm")))
                .containsExactly(List.of("gm", "finance"));
    }

    @Test
    void anEmployeeWithoutALoginIsSkipped() {
        org.logins.remove(2L);
        assertThat(chainFor(requestBy("consultant1", 3L), ApproverStep.managerOfRequester(), ApproverStep.position("gm")))
                .containsExactly(List.of("gm"));
    }

    @Test
    void aPositionOutsideTheRequestersStoreDoesNotCount() {
        ApprovalContext withoutStore = new ApprovalContext("sales", "quote", 1L, "consultant1", 3L, null, null, null);
        assertThat(chainFor(withoutStore, ApproverStep.position("gm"))).isEmpty();
    }

    @Test
    void aNamedUserIsAStepOfTheirOwn() {
        assertThat(chainFor(requestBy("consultant1", 3L), ApproverStep.managerOfRequester(), ApproverStep.user("finance")))
                .containsExactly(List.of("salesmanager"), List.of("finance"));
        assertThat(chainFor(requestBy("consultant1", 3L), ApproverStep.user("ghost"))).isEmpty();
    }
}
