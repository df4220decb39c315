package com.autosales.vehicles;

import com.autosales.access.CurrentUsers;
import com.autosales.shared.DomainException;
import com.autosales.shared.DuplicateRecordException;
import com.autosales.shared.Money;
import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 车辆入库 — receiving vehicles into a store's stock: one or many of a trim and colours, all or none. A VIN exists once in
 * the whole group (the database's unique constraint decides between two receipts at the same moment).
 */
@Service
@Transactional
class StockReceiving {

    private final StockVehicles vehicles;
    private final Trims trims;
    private final CataloguePricing pricing;
    private final StockLedger ledger;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    StockReceiving(StockVehicles vehicles, Trims trims, CataloguePricing pricing, StockLedger ledger,
            CurrentUsers currentUsers, Clock clock) {
        this.vehicles = vehicles;
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
        List<Long> ids = new ArrayList<>();
        for (ReceiptLines.Line line : lines) {
            StockVehicle saved = ReceiptLines.onLine(line.number(), lines.size(), () -> save(new StockVehicle(line.vin(),
                    line.engineNo(), storeId, spec, status, actor.username(), clock.instant())));
            ledger.recordAt(at, saved.id(), storeId, saved.vin().value(), null, status, form.document(), form.note(), actor);
            ids.add(saved.id());
        }
        return ids;
    }

    private StockVehicle save(StockVehicle vehicle) {
        String vin = vehicle.vin().value();
        if (vehicles.existsByVin(vin)) {
            throw new DuplicateRecordException("vehicles.vin-taken", vin);
        }
        try {
            return vehicles.saveAndFlush(vehicle);
        } catch (DataIntegrityViolationException sameMoment) {
            throw new DuplicateRecordException("vehicles.vin-taken", vin);
        }
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
