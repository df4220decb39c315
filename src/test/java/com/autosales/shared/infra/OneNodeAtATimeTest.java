package com.autosales.shared.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class OneNodeAtATimeTest {

    private final List<LockConfiguration> locks = new ArrayList<>();
    private final LockingTaskExecutor executor = new LockingTaskExecutor() {
        @Override
        public void executeWithLock(Runnable task, LockConfiguration lockConfig) {
            locks.add(lockConfig);
            task.run();
        }

        @Override
        public void executeWithLock(Task task, LockConfiguration lockConfig) throws Throwable {
            locks.add(lockConfig);
            task.call();
        }
    };
    private final OneNodeAtATime oneNode = new OneNodeAtATime(executor);

    @Test
    void oneOffWorkReleasesTheLockAsSoonAsItEnds() {
        int[] runs = {0};
        oneNode.run("demo-seed", Duration.ofMinutes(10), () -> runs[0]++);
        assertThat(runs[0]).isEqualTo(1);
        assertThat(locks).singleElement().satisfies(lock -> {
            assertThat(lock.getName()).isEqualTo("demo-seed");
            assertThat(lock.getLockAtMostFor()).isEqualTo(Duration.ofMinutes(10));
            assertThat(lock.getLockAtLeastFor()).isZero();
        });
    }

    @Test
    void aScheduledTickKeepsTheLockLongEnoughForTheOtherNodesToSkipThatTick() {
        int[] runs = {0};
        oneNode.runTick("payments-collection", Duration.ofMinutes(30), () -> runs[0]++);
        oneNode.runTick("short", Duration.ofSeconds(1), () -> runs[0]++);
        assertThat(runs[0]).isEqualTo(2);
        assertThat(locks.get(0).getLockAtMostFor()).isEqualTo(Duration.ofMinutes(30));
        assertThat(locks.get(0).getLockAtLeastFor()).isEqualTo(OneNodeAtATime.TICK_GUARD);
        assertThat(locks.get(1).getLockAtLeastFor()).isEqualTo(Duration.ofSeconds(1));   // never more than atMost
    }

    @Test
    void theLockOwnerNamesHostAndPortSoTwoNodesOnOneMachineDiffer() {
        String a = SchedulingConfig.lockOwner(new MockEnvironment().withProperty("server.port", "8081"));
        String b = SchedulingConfig.lockOwner(new MockEnvironment().withProperty("server.port", "8082"));
        assertThat(a).endsWith(":8081").isNotEqualTo(b);
        assertThat(SchedulingConfig.lockOwner(new MockEnvironment())).endsWith(":8080");
        assertThat(SchedulingConfig.lockOwner(new MockEnvironment().withProperty("autosales.node-name", "node-a")))
                .isEqualTo("node-a");
    }
}
