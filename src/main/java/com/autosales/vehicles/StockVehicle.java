package com.autosales.vehicles;

import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.Money;
import com.autosales.shared.Vin;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * 库存车辆 — one vehicle by VIN, belonging to one store, with its trim, colours, purchase cost, location and status. A
 * vehicle ordered from the factory has no VIN until the manufacturer dispatches it; it gets one before it moves on.
 */
@Entity
@Table(name = "stock_vehicle")
class StockVehicle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String vin;
    private String engineNo;
    private Long storeId;
    private Long trimId;
    private String exteriorColour;
    private String interiorColour;
    private Money purchaseCost;
    private String location;
    private LocalDate arrivalDate;
    @Enumerated(EnumType.STRING)
    private StockStatus status;
    private String contractRef;
    private String receivedBy;
    private Instant createdAt;
    private Long factoryOrderId;
    @Version
    private long version;

    protected StockVehicle() {
    }

    StockVehicle(Vin vin, String engineNo, Long storeId, VehicleSpec spec, StockStatus status, String receivedBy,
            Instant createdAt) {
        this.vin = vin.value();
        this.engineNo = engineNo;
        this.storeId = storeId;
        this.trimId = spec.trimId();
        this.exteriorColour = spec.exteriorColour();
        this.interiorColour = spec.interiorColour();
        this.purchaseCost = spec.purchaseCost();
        this.location = spec.location();
        this.arrivalDate = status == StockStatus.IN_STOCK ? spec.arrivalDate() : null;
        this.status = status;
        this.receivedBy = receivedBy;
        this.createdAt = createdAt;
    }

    /** One unit of a confirmed factory order: ordered, without VIN and engine number yet. */
    static StockVehicle ordered(Long storeId, VehicleSpec spec, Long factoryOrderId, String orderedBy, Instant at) {
        StockVehicle vehicle = new StockVehicle();
        vehicle.storeId = storeId;
        vehicle.trimId = spec.trimId();
        vehicle.exteriorColour = spec.exteriorColour();
        vehicle.interiorColour = spec.interiorColour();
        vehicle.purchaseCost = spec.purchaseCost();
        vehicle.status = StockStatus.ORDERED;
        vehicle.factoryOrderId = factoryOrderId;
        vehicle.receivedBy = orderedBy;
        vehicle.createdAt = at;
        return vehicle;
    }

    /** The manufacturer's VIN and engine number for an ordered vehicle that had none. */
    void identify(Vin newVin, String newEngineNo) {
        if (vin != null) {
            throw new IllegalStateException("vehicle " + id + " already has VIN " + vin);
        }
        vin = newVin.value();
        engineNo = newEngineNo;
    }

    /** An ordered vehicle found among a receipt's lines: it takes the receipt's cost, location and arrival date. */
    void receiveAs(StockStatus target, VehicleSpec spec) {
        StockStatusMachine.check(status, target);
        purchaseCost = spec.purchaseCost();
        location = spec.location();
        arrivalDate = target == StockStatus.IN_STOCK ? spec.arrivalDate() : null;
        status = target;
    }

    /**
     * A plain status change (not reserving or releasing); arriving in stock sets the arrival date if it has none. A
     * delivered car the customer returns (退车) starts a new stay: it arrives today and belongs to no contract.
     */
    void moveTo(StockStatus target, LocalDate today, String newLocation) {
        StockStatusMachine.check(status, target);
        if (vin == null && target != StockStatus.RETURNED) {
            throw new DomainException("vehicles.vin-needed");
        }
        if (target == StockStatus.IN_STOCK && (arrivalDate == null || status == StockStatus.DELIVERED)) {
            arrivalDate = today;
        }
        if (status == StockStatus.DELIVERED) {
            contractRef = null;
        }
        if (newLocation != null && !newLocation.isBlank()) {
            location = newLocation.trim();
        }
        status = target;
    }

    /**
     * 调拨 — the vehicle now belongs to another store; only an in-stock one that no contract holds may go. Its place in
     * the old store means nothing there, so the location is cleared; the arrival date stays (库龄 counts for the group).
     */
    void transferTo(Long targetStoreId) {
        if (status == StockStatus.RESERVED) {
            throw new DomainException("vehicles.transfer-reserved", contractRef);
        }
        if (status != StockStatus.IN_STOCK) {
            throw new DomainException("vehicles.transfer-not-in-stock", StockStatusMachine.label(status));
        }
        if (targetStoreId.equals(storeId)) {
            throw new DomainException("vehicles.transfer-same-store");
        }
        storeId = targetStoreId;
        location = null;
    }

    void checkVersion(long expected) {
        if (expected != version) {
            throw new ConcurrentChangeException();
        }
    }

    /** 库龄 — days since arrival while the vehicle stands in the store, else {@code null}. */
    Long ageDays(LocalDate today) {
        return status.ages() && arrivalDate != null ? Math.max(0, ChronoUnit.DAYS.between(arrivalDate, today)) : null;
    }

    Long id() { return id; }
    /** The VIN, or {@code null} while an ordered vehicle waits for the manufacturer's. */
    Vin vin() { return vin == null ? null : new Vin(vin); }
    boolean identified() { return vin != null; }
    /** The VIN for logs and audit lines: the VIN, or the factory order it belongs to while it has none. */
    String reference() { return vin != null ? vin : "factory-order " + factoryOrderId; }
    Long factoryOrderId() { return factoryOrderId; }
    String engineNo() { return engineNo; }
    Long storeId() { return storeId; }
    Long trimId() { return trimId; }
    String exteriorColour() { return exteriorColour; }
    String interiorColour() { return interiorColour; }
    Money purchaseCost() { return purchaseCost; }
    String location() { return location; }
    LocalDate arrivalDate() { return arrivalDate; }
    StockStatus status() { return status; }
    String contractRef() { return contractRef; }
    long version() { return version; }
}
