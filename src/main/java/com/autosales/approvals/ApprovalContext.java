package com.autosales.approvals;

import com.autosales.shared.Money;
import com.autosales.shared.Percentage;

/**
 * What a policy may look at to choose the approvers of one request.
 *
 * @param requester           username of the person asking
 * @param requesterEmployeeId their employee id, or {@code null} for a login without one
 * @param requesterStoreId    their store, or {@code null} above store level
 */
public record ApprovalContext(String module, String recordType, Long recordId, String requester,
        Long requesterEmployeeId, Long requesterStoreId, Money amount, Percentage percentage) {
}
