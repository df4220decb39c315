package com.autosales.shared.infra;

import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Runs a task only if no other node is running it right now (a database lock); otherwise skips it. */
@Component
public class OneNodeAtATime {

    /**
     * How long a scheduled job keeps its lock at least, even after a quick run. Every node fires the same cron tick
     * at (nearly) the same moment; without this a node whose tick fires a few milliseconds after another node has
     * finished and released the lock would run that tick a second time.
     */
    static final Duration TICK_GUARD = Duration.ofSeconds(2);

    private static final Logger log = LoggerFactory.getLogger(OneNodeAtATime.class);

    private final LockingTaskExecutor executor;

    OneNodeAtATime(LockingTaskExecutor executor) {
        this.executor = executor;
    }

    /** One-off work (start-up seeding): the lock is released as soon as the task ends. */
    public void run(String lockName, Duration atMost, Runnable task) {
        run(lockName, atMost, Duration.ZERO, task);
    }

    /**
     * A scheduled job's tick: runs on the one node that takes the lock; the lock is kept for at least
     * {@link #TICK_GUARD} (or {@code atMost} if shorter) so the other nodes skip this tick.
     */
    public void runTick(String lockName, Duration atMost, Runnable task) {
        run(lockName, atMost, atMost.compareTo(TICK_GUARD) < 0 ? atMost : TICK_GUARD, task);
    }

    private void run(String lockName, Duration atMost, Duration atLeast, Runnable task) {
        Runnable logged = () -> {
            // one line per run on the node that holds the lock (bench/two-nodes counts them per node)
            log.debug("Lock {} taken: running it on this node", lockName);
            task.run();
        };
        executor.executeWithLock(logged, new LockConfiguration(Instant.now(), lockName, atMost, atLeast));
    }
}
