package com.autosales.showroom;

import com.autosales.customers.CustomersMerged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Receptions of a merged-away card now belong to the surviving card. */
@Component
class ShowroomMerges {

    private final ReceptionLog log;

    ShowroomMerges(ReceptionLog log) {
        this.log = log;
    }

    @ApplicationModuleListener
    void on(CustomersMerged merged) {
        log.repoint(merged.mergedId(), merged.survivorId());
    }
}
