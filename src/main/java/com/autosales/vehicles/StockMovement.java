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
 * contract…), a note, who and when. The stock book (库存台账) is read from the rows with a {@link BookKind}; a
 * transfer's rows name the other store.
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
    @Enumerated(EnumType.STRING)
    private BookKind bookKind;
    private Long counterpartStoreId;
    private String document;
    private String note;
    private String movedBy;
    private String movedByName;
    private Instant movedAt;

    protected StockMovement() {
    }

    StockMovement(Long vehicleId, Long storeId, StockStatus fromStatus, StockStatus toStatus, BookKind bookKind,
            Long counterpartStoreId, String document, String note, StockActor actor, Instant movedAt) {
        this.vehicleId = vehicleId;
        this.storeId = storeId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.bookKind = bookKind;
        this.counterpartStoreId = counterpartStoreId;
        this.document = document;
        this.note = note;
        this.movedBy = actor.username();
        this.movedByName = actor.name();
        this.movedAt = movedAt;
    }

    /** The line of the vehicle's history; {@code counterpartStore} names the other store of a transfer. */
    StockMovementView view(String counterpartStore) {
        return new StockMovementView(fromStatus, toStatus, document, note, movedByName == null ? movedBy : movedByName,
                movedAt, bookKind, counterpartStore);
    }

    Long vehicleId() { return vehicleId; }
    Long counterpartStoreId() { return counterpartStoreId; }
}
