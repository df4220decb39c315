package com.autosales.vehicles;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * 状态变更记录 — one status change of a stock vehicle: from (none on receipt) and to, the document (入库单, 运单,
 * contract…), a note, who and when. The stock book (库存台账) is read from these rows.
 */
@Entity
@Table(name = "stock_movement")
class StockMovement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long vehicleId;
    private Long storeId;
    @Enumerated(EnumType.STRING)
    private StockStatus fromStatus;
    @Enumerated(EnumType.STRING)
    private StockStatus toStatus;
    private String document;
    private String note;
    private String movedBy;
    private String movedByName;
    private Instant movedAt;

    protected StockMovement() {
    }

    StockMovement(Long vehicleId, Long storeId, StockStatus fromStatus, StockStatus toStatus, String document,
            String note, String movedBy, String movedByName, Instant movedAt) {
        this.vehicleId = vehicleId;
        this.storeId = storeId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.document = document;
        this.note = note;
        this.movedBy = movedBy;
        this.movedByName = movedByName;
        this.movedAt = movedAt;
    }

    StockMovementView view() {
        return new StockMovementView(fromStatus, toStatus, document, note, movedByName == null ? movedBy : movedByName, movedAt);
    }

    /** Dates a movement taken over from a store's earlier records on the day it really happened. */
    void happenedAt(Instant at) {
        movedAt = at;
    }

    Long vehicleId() { return vehicleId; }
}
