package com.autosales.delivery;

/** 交车状态 — preparing (from signing until the car is handed over), delivered, or cancelled with the contract. */
public enum DeliveryStatus {
    PREPARING, DELIVERED, CANCELLED;

    public String messageKey() {
        return "delivery.status." + name();
    }
}
