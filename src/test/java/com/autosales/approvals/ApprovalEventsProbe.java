package com.autosales.approvals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Listens to approval outcomes the way a requesting module would: after commit, in its own transaction. */
@Component
class ApprovalEventsProbe {

    private final List<Object> received = new CopyOnWriteArrayList<>();

    /** What arrived so far (a method, not the field: the listener bean is a transactional proxy). */
    public List<Object> received() {
        return List.copyOf(received);
    }

    @ApplicationModuleListener
    void on(ApprovalGranted event) {
        received.add(event);
    }

    @ApplicationModuleListener
    void on(ApprovalReturned event) {
        received.add(event);
    }

    @ApplicationModuleListener
    void on(ApprovalWithdrawn event) {
        received.add(event);
    }
}
