package com.autosales.leads;

import com.autosales.shared.infra.OneNodeAtATime;
import java.time.Clock;
import java.time.Duration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every minute, on one node at a time: escalates missed first contacts and offers reassignments. */
@Component
class FirstContactJob {

    private final FirstContactWatch watch;
    private final OneNodeAtATime oneNode;
    private final Clock clock;

    FirstContactJob(FirstContactWatch watch, OneNodeAtATime oneNode, Clock clock) {
        this.watch = watch;
        this.oneNode = oneNode;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${autosales.leads.first-contact-check:PT1M}", initialDelayString = "PT30S")
    void run() {
        oneNode.runTick("lead-first-contact", Duration.ofMinutes(5), () -> watch.check(clock.instant()));
    }
}
