package com.autosales.customers;

import com.autosales.shared.infra.OneNodeAtATime;
import java.time.Duration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every two minutes, on one node at a time, resumes customer imports whose node went away mid-run (no progress
 * for five minutes; a batch of rows takes seconds). Only when scheduling is enabled.
 */
@Component
class ImportWatchdogJob {

    static final Duration QUIET = Duration.ofMinutes(5);

    private final CustomerImportRunner runner;
    private final OneNodeAtATime oneNode;

    ImportWatchdogJob(CustomerImportRunner runner, OneNodeAtATime oneNode) {
        this.runner = runner;
        this.oneNode = oneNode;
    }

    @Scheduled(fixedDelayString = "PT2M", initialDelayString = "PT1M")
    void run() {
        oneNode.runTick("customer-import-watchdog", Duration.ofMinutes(1), () -> runner.resumeStalled(QUIET));
    }
}
