package com.autosales.targets;

import com.autosales.performance.PerformanceMetric;
import java.util.List;

/**
 * A plan version with the rows of its tree the reader may see (a consultant: only his own).
 *
 * @param editable  a draft the reader may change
 * @param revisable the approved version in force, which the reader may revise (no newer draft open)
 * @param decidable submitted, and the reader holds the approve permission (the approvals module checks he is the approver)
 * @param version   to send back with every change (optimistic locking)
 */
public record PlanView(Long id, Long storeId, String storeName, int year, int versionNo, PlanStatus status,
        String returnComment, long version, boolean editable, boolean storeLevel, boolean revisable, boolean decidable,
        List<PerformanceMetric> metrics, List<NodeRow> rows) {

    public boolean locked() {
        return status != PlanStatus.DRAFT;
    }
}
