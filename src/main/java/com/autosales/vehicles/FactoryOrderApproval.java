package com.autosales.vehicles;

import com.autosales.approvals.ApprovalGranted;
import com.autosales.approvals.ApprovalPolicy;
import com.autosales.approvals.ApprovalRequest;
import com.autosales.approvals.ApprovalReturned;
import com.autosales.approvals.ApprovalWithdrawn;
import com.autosales.approvals.Approvals;
import com.autosales.approvals.ApproverStep;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * 订单审批 — a submitted factory order goes to the clerk's manager (the sales manager; for a sales manager who drafts it
 * themselves, the GM) through the approvals module; the decision comes back as an event and locks or reopens the order.
 */
@Component
class FactoryOrderApproval {

    static final String POLICY = "vehicles.factory-order";
    static final String RECORD_TYPE = "factory-order";

    private final Approvals approvals;
    private final FactoryOrderCosts costs;
    private final FactoryOrders orders;
    private final Clock clock;

    FactoryOrderApproval(Approvals approvals, FactoryOrderCosts costs, FactoryOrders orders, Clock clock) {
        this.approvals = approvals;
        this.costs = costs;
        this.orders = orders;
        this.clock = clock;
    }

    @Bean
    static ApprovalPolicy factoryOrderPolicy() {
        return ApprovalPolicy.fixed(POLICY, ApproverStep.managerOfRequester());
    }

    void request(FactoryOrder order, String note) {
        ApprovalRequest request = ApprovalRequest.of("vehicles", RECORD_TYPE, order.id(), POLICY)
                .titled("vehicles.order.approval-title", order.orderNo(), order.month().toString(),
                        String.valueOf(order.totalUnits()))
                .linkedTo("/vehicles/factory-orders/" + order.id())
                .withNote(StockLedger.blankToNull(note));
        approvals.request(costs.total(order).map(request::withAmount).orElse(request));
    }

    @ApplicationModuleListener
    void on(ApprovalGranted granted) {
        if (RECORD_TYPE.equals(granted.recordType())) {
            orders.findById(granted.recordId()).ifPresent(o -> o.decided(true, null, clock.instant()));
        }
    }

    @ApplicationModuleListener
    void on(ApprovalReturned returned) {
        if (RECORD_TYPE.equals(returned.recordType())) {
            orders.findById(returned.recordId()).ifPresent(o -> o.decided(false, returned.comment(), clock.instant()));
        }
    }

    @ApplicationModuleListener
    void on(ApprovalWithdrawn withdrawn) {
        if (RECORD_TYPE.equals(withdrawn.recordType())) {
            orders.findById(withdrawn.recordId()).ifPresent(o -> o.withdrawn(clock.instant()));
        }
    }
}
