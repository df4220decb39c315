package com.autosales.vehicles;

/**
 * Where a monthly factory order is: drafted by the clerk (草稿), waiting for approval (待审批), returned with comments
 * (已退回, editable again), approved and locked (已批准), confirmed by the manufacturer with its ordered stock lines
 * created (已确认).
 */
public enum FactoryOrderStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED, CONFIRMED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Approved orders (and confirmed ones) are what the manufacturer receives. */
    public boolean exportable() {
        return this == APPROVED || this == CONFIRMED;
    }

    public String messageKey() {
        return "vehicles.order.status." + name();
    }
}
