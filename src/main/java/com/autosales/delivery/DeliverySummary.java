package com.autosales.delivery;

import java.time.Instant;

/** A line of the delivery board: who, which contract, when, and how far the checklists are. */
public record DeliverySummary(Long id, Long contractId, String contractNumber, String customerName, String ownerName,
        DeliveryStatus status, Instant appointmentAt, String appointmentPlace, long checked, long items,
        Instant deliveredAt) {
}
