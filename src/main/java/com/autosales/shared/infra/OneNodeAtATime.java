package com.autosales.shared.infra;

import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.stereotype.Component;

/** Runs a task only if no other node is running it right now (a database lock); otherwise skips it. */
@Component
public class OneNodeAtATime {

    private final LockingTaskExecutor executor;

    OneNodeAtATime(LockingTaskExecutor executor) {
        this.executor = executor;
    }

    public void run(String lockName, Duration atMost, Runnable task) {
        executor.executeWithLock(task, new LockConfiguration(Instant.now(), lockName, atMost, Duration.ZERO));
    }
}
