package com.autosales.customers;

import com.autosales.shared.infra.OneNodeAtATime;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the pool's daily reclaim and reminders (cron {@code autosales.customers.pool.cron}, 01:30 by default), on one
 * node at a time through the database lock; only when scheduling is enabled ({@code autosales.scheduling.enabled}).
 */
@Component
class PoolReclaimJob {

    private final CustomerPool pool;
    private final OneNodeAtATime oneNode;
    private final Clock clock;

    PoolReclaimJob(CustomerPool pool, OneNodeAtATime oneNode, Clock clock) {
        this.pool = pool;
        this.oneNode = oneNode;
        this.clock = clock;
    }

    @Scheduled(cron = "${autosales.customers.pool.cron:0 30 1 * * *}", zone = "${autosales.time-zone:Asia/Shanghai}")
    void run() {
        oneNode.runTick("customer-pool-reclaim", Duration.ofMinutes(30), () -> pool.reclaimDue(LocalDate.now(clock)));
    }
}
