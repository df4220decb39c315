package com.autosales.notifications;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the outbox dispatcher on one node at a time. */
@Component
@ConditionalOnProperty(name = "autosales.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class DeliverySchedule {

    private final DeliveryDispatcher dispatcher;

    DeliverySchedule(DeliveryDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${autosales.notifications.dispatch-interval:PT15S}", initialDelayString = "PT20S")
    @SchedulerLock(name = "notification-dispatch", lockAtMostFor = "PT5M")
    void dispatch() {
        dispatcher.dispatchDue();
    }
}
