package com.autosales.leads;

import com.autosales.customers.CustomersMerged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When two customer cards are merged, the merged card's leads move to the surviving card. */
@Component
class LeadCustomerMerges {

    private final Leads leads;

    LeadCustomerMerges(Leads leads) {
        this.leads = leads;
    }

    @ApplicationModuleListener
    void on(CustomersMerged merged) {
        leads.repoint(merged.mergedId(), merged.survivorId());
    }
}
