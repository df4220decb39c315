package com.autosales.vehicles;

import com.autosales.access.CurrentUsers;
import com.autosales.shared.DomainException;
import com.autosales.shared.Money;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 订单确认 — the manufacturer accepted an approved order: one ordered stock vehicle per unit, without VIN until the
 * manufacturer gives it, costed at the month's catalogue cost, each with its history row naming the order. Confirming
 * twice is refused (the order's status and version guard it), so no unit is created twice.
 */
@Service
@Transactional
class FactoryOrderConfirmation {

    private final FactoryOrdering ordering;
    private final FactoryOrderCosts costs;
    private final StockVehicles vehicles;
    private final StockLedger ledger;
    private final FactoryOrderAudit audit;
    private final Trims trims;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    FactoryOrderConfirmation(FactoryOrdering ordering, FactoryOrderCosts costs, StockVehicles vehicles,
            StockLedger ledger, FactoryOrderAudit audit, Trims trims, CurrentUsers currentUsers, Clock clock) {
        this.audit = audit;
        this.ordering = ordering;
        this.costs = costs;
        this.vehicles = vehicles;
        this.ledger = ledger;
        this.trims = trims;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** @return how many ordered vehicles were created */
    int confirm(Long orderId, Long version) {
        FactoryOrder order = ordering.visible(orderId);
        order.checkVersion(version);
        StockActor actor = StockActor.of(currentUsers);
        Instant now = clock.instant();
        order.confirm(actor, now);
        int created = 0;
        for (FactoryOrderLine line : order.lines()) {
            if (line.quantity() == 0) {
                continue;
            }
            Money cost = costs.unitCost(order, line.trimId()).orElseThrow(() -> new DomainException(
                    "vehicles.order.no-cost", trims.findById(line.trimId()).map(Trim::name).orElse("#" + line.trimId())));
            VehicleSpec spec = new VehicleSpec(line.trimId(), line.exteriorColour(), line.interiorColour(), cost, null, null);
            for (int unit = 0; unit < line.quantity(); unit++) {
                StockVehicle vehicle = vehicles.save(StockVehicle.ordered(order.storeId(), spec, order.id(), actor.username(), now));
                ledger.record(vehicle.id(), order.storeId(), vehicle.reference(), null, StockStatus.ORDERED, order.orderNo(),
                        null, actor);
                created++;
            }
        }
        vehicles.flush();
        audit.step(order, "CONFIRM", FactoryOrderStatus.APPROVED, null);
        return created;
    }
}
