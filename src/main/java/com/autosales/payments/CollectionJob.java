package com.autosales.payments;

import com.autosales.shared.infra.OneNodeAtATime;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the collection check every morning on one node ({@code autosales.collection.cron}, default 08:00). */
@Component
class CollectionJob {

    private final CollectionWatch watch;
    private final OneNodeAtATime oneNode;
    private final Clock clock;

    CollectionJob(CollectionWatch watch, OneNodeAtATime oneNode, Clock clock) {
        this.watch = watch;
        this.oneNode = oneNode;
        this.clock = clock;
    }

    @Scheduled(cron = "${autosales.collection.cron:0 0 8 * * *}", zone = "${autosales.time-zone:Asia/Shanghai}")
    void run() {
        oneNode.runTick("payments-collection", Duration.ofMinutes(30), () -> watch.check(LocalDate.now(clock)));
    }
}
