package com.autosales.sales;

/**
 * Where a quote version stands: being written, waiting for discount approval, approved (may be given to the customer),
 * given to the customer (给客户), accepted, expired after its validity days, or replaced by a newer version.
 */
public enum QuoteStatus {
    DRAFT, PENDING_APPROVAL, APPROVED, ISSUED, ACCEPTED, EXPIRED, SUPERSEDED;

    public boolean editableInPlace() {
        return this == DRAFT || this == APPROVED;
    }
}
