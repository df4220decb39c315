package com.autosales.customers;

import com.autosales.shared.infra.OneNodeAtATime;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, on one node, customers graded by rules are graded again as the 12-month window moves on. */
@Component
class GradeRecomputeJob {

    private static final Logger log = LoggerFactory.getLogger(GradeRecomputeJob.class);

    private final CustomerGrading grading;
    private final OneNodeAtATime oneNode;

    GradeRecomputeJob(CustomerGrading grading, OneNodeAtATime oneNode) {
        this.grading = grading;
        this.oneNode = oneNode;
    }

    @Scheduled(cron = "${autosales.customers.grade-recompute-cron:0 15 2 * * *}")
    void recomputeGrades() {
        oneNode.runTick("customer-grade-recompute", Duration.ofHours(1), () -> {
            int graded = grading.recomputeAll();
            log.info("Customer grades recomputed for {} customers", graded);
        });
    }
}
