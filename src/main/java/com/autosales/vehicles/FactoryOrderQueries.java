package com.autosales.vehicles;

import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.approvals.ApprovalSummary;
import com.autosales.approvals.Approvals;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Factory orders of the stores the reader may see. */
@Component
@Transactional(readOnly = true)
class FactoryOrderQueries {

    private final FactoryOrders orders;
    private final FactoryOrdering ordering;
    private final FactoryOrderViews views;
    private final Approvals approvals;
    private final CurrentUsers currentUsers;

    FactoryOrderQueries(FactoryOrders orders, FactoryOrdering ordering, FactoryOrderViews views, Approvals approvals,
            CurrentUsers currentUsers) {
        this.orders = orders;
        this.ordering = ordering;
        this.views = views;
        this.approvals = approvals;
        this.currentUsers = currentUsers;
    }

    Page<FactoryOrderView> list(FactoryOrderStatus status, Pageable pageable) {
        RecordScope scope = currentUsers.scope();
        return orders.findVisible(scope.allStores(), scope.storeIdsForQuery(), status, pageable).map(views::summary);
    }

    FactoryOrderView get(Long id) {
        return views.of(ordering.visible(id));
    }

    /** The approval waiting on the order, for a link to it from the order's page. */
    Optional<ApprovalSummary> pendingApproval(Long id) {
        return approvals.pendingFor(FactoryOrderApproval.RECORD_TYPE, ordering.visible(id).id());
    }
}
