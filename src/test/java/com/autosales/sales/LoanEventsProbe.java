package com.autosales.sales;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Listens to disbursements the way the payments module will: after commit, in its own transaction. */
@Component
class LoanEventsProbe {

    private final List<LoanDisbursed> received = new CopyOnWriteArrayList<>();

    /** What arrived so far (a method, not the field: the listener bean is a transactional proxy). */
    public List<LoanDisbursed> received() {
        return List.copyOf(received);
    }

    @ApplicationModuleListener
    void on(LoanDisbursed event) {
        received.add(event);
    }
}
