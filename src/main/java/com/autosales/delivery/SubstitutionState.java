package com.autosales.delivery;

/** A request to deliver a different car than the contract's trim and colours: waiting, approved, or returned. */
public enum SubstitutionState {
    PENDING, APPROVED, RETURNED;

    public String messageKey() {
        return "delivery.substitution." + name();
    }
}
