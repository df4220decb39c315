package com.autosales.sales;

import com.autosales.funnel.FunnelRecorder;
import com.autosales.funnel.FunnelStage;
import com.autosales.leads.LeadManagement;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A signed contract wins its lead (成交) and counts as an order in the funnel. The leads module cannot listen to
 * sales itself (sales already depends on leads), so sales tells it, after the signing has committed.
 */
@Component
class ContractWon {

    private final LeadManagement leads;
    private final FunnelRecorder funnel;

    ContractWon(LeadManagement leads, FunnelRecorder funnel) {
        this.leads = leads;
        this.funnel = funnel;
    }

    @ApplicationModuleListener
    void on(ContractSigned event) {
        leads.markWon(event.leadId());
        funnel.record(FunnelStage.ORDER, "contract", event.contractId(), event.storeId(), event.ownerEmployeeId(),
                event.customerId(), event.leadId(), event.signedAt());
    }
}
