package com.autosales.delivery;

import java.time.Instant;

/** 已交车 — the customer has the car: for targets, commission and reports. */
public record VehicleDelivered(Long deliveryId, Long contractId, String contractNumber, Long storeId,
        Long ownerEmployeeId, Long customerId, String vin, Instant deliveredAt) {
}
