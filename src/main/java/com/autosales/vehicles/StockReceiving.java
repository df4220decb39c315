package com.autosales.vehicles;

import com.autosales.access.CurrentUsers;
import com.autosales.shared.DomainException;
import com.autosales.shared.Money;
import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 车辆入库 — receiving vehicles into a store's stock: one or many of a trim and colours, all or none. A VIN exists once in
 * the whole group (the database's unique constraint decides between two receipts at the same moment). A received VIN
 * first fills the store's oldest ordered vehicle of the same trim and colours that has no VIN yet (from a confirmed
 * factory order), so the order's units are not counted twice.
 */
@Service
@Transactional
class StockReceiving {

    private final StockVehicles vehicles;
    private final UniqueVins uniqueVins;
    private final Trims trims;
    private final CataloguePricing pricing;
    private final StockLedger ledger;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    StockReceiving(StockVehicles vehicles, UniqueVins uniqueVins, Trims trims, CataloguePricing pricing, StockLedger ledger,
            CurrentUsers currentUsers, Clock clock) {
        this.vehicles = vehicles;
        this.uniqueVins = uniqueVins;
        this.trims = trims;
        this.pricing = pricing;
        this.ledger = ledger;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** Receives into the store the user works in now; the ids of the new vehicles in line order. */
    List<Long> receive(ReceiptForm form) {
        return receiveInto(currentUsers.requireStore(), form, StockActor.of(currentUsers));
    }

    /** Receives into a store by an actor (the system for loads), recorded now. */
    List<Long> receiveInto(Long storeId, ReceiptForm form, StockActor actor) {
        return receiveInto(storeId, form, actor, clock.instant());
    }

    /** Receives into a store, the receipt recorded as of {@code at} (taking over stock that arrived earlier). */
    List<Long> receiveInto(Long storeId, ReceiptForm form, StockActor actor, Instant at) {
        List<ReceiptLines.Line> lines = ReceiptLines.parse(form.vehicles());
        StockStatus status = form.statusOrDefault();
        if (!StockStatus.RECEIVABLE.contains(status)) {
            throw new DomainException("vehicles.receipt-status", StockStatusMachine.label(status));
        }
        VehicleSpec spec = specOf(form, status);
        List<StockVehicle> awaiting = new ArrayList<>(vehicles.findAwaitingVin(storeId, spec.trimId(),
                spec.exteriorColour(), spec.interiorColour()));
        List<Long> ids = new ArrayList<>();
        for (ReceiptLines.Line line : lines) {
            StockVehicle ordered = awaiting.isEmpty() ? null : awaiting.remove(0);
            StockVehicle saved = ReceiptLines.onLine(line.number(), lines.size(),
                    () -> ordered == null ? newVehicle(line, storeId, spec, status, actor) : fill(ordered, line, spec, status));
            StockStatus from = ordered == null ? null : StockStatus.ORDERED;
            if (from != status) {
                ledger.recordAt(at, saved.id(), storeId, saved.vin().value(), from, status, form.document(), form.note(), actor);
            }
            ids.add(saved.id());
        }
        return ids;
    }

    private StockVehicle newVehicle(ReceiptLines.Line line, Long storeId, VehicleSpec spec, StockStatus status,
            StockActor actor) {
        return uniqueVins.save(new StockVehicle(line.vin(), line.engineNo(), storeId, spec, status, actor.username(),
                clock.instant()));
    }

    private StockVehicle fill(StockVehicle ordered, ReceiptLines.Line line, VehicleSpec spec, StockStatus status) {
        ordered.identify(line.vin(), line.engineNo());
        if (status != StockStatus.ORDERED) {
            ordered.receiveAs(status, spec);
        }
        return uniqueVins.save(ordered);
    }

    private VehicleSpec specOf(ReceiptForm form, StockStatus status) {
        Trim trim = trims.findById(form.trimId()).orElseThrow(() -> new RecordNotFoundException("vehicle-trim", form.trimId()));
        String exterior = form.exteriorColour().trim();
        String interior = form.interiorColour().trim();
        if (!trim.offers(ColourKind.EXTERIOR, exterior) || !trim.offers(ColourKind.INTERIOR, interior)) {
            throw new DomainException("vehicles.colour-not-offered", exterior + " / " + interior, trim.name());
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate arrival = form.arrivalDate() == null ? today : form.arrivalDate();
        if (status == StockStatus.IN_STOCK && arrival.isAfter(today)) {
            throw new DomainException("vehicles.arrival-in-future");
        }
        Money cost = form.purchaseCost() != null ? Money.of(form.purchaseCost())
                : pricing.priceOn(PricedItem.TRIM, trim.id(), arrival).map(TrimPrice::cost)
                        .orElseThrow(() -> new DomainException("vehicles.purchase-cost-required"));
        String location = StockLedger.blankToNull(form.location());
        return new VehicleSpec(trim.id(), exterior, interior, cost, location, arrival);
    }
}
