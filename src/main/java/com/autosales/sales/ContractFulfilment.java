package com.autosales.sales;

import com.autosales.access.CurrentUsers;
import com.autosales.funnel.FunnelRecorder;
import com.autosales.funnel.FunnelStage;
import com.autosales.shared.DomainException;
import com.autosales.shared.Money;
import com.autosales.shared.Vin;
import com.autosales.vehicles.StockManagement;
import com.autosales.vehicles.StockVehicleView;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After signing: the deposit is received (定金, recorded in the payments ledger, which tells the contract), a stock car of the contract's trim and colours is allocated and
 * reserved for it (配车), the car is delivered (交车) and the contract closed; or it is cancelled (作废) with a reason
 * and the refund of what was paid, which frees the car. Illegal steps are refused; each step is in the history.
 */
@Service
@Transactional
public class ContractFulfilment {

    /** Cancelling a signed contract is the sales manager's decision. */
    static final String CANCELS_SIGNED = "sales:approve";

    private final ContractRecords records;
    private final StockManagement stock;
    private final FunnelRecorder funnel;
    private final CurrentUsers currentUsers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContractFulfilment(ContractRecords records, StockManagement stock, FunnelRecorder funnel, CurrentUsers currentUsers,
            ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.stock = stock;
        this.funnel = funnel;
        this.currentUsers = currentUsers;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The payments module recorded the deposit of a signed contract: the contract moves on to deposit received (once;
     * a later payment on a contract already past signing changes nothing here).
     */
    public void depositPaid(Long contractId, Money amount, String reference) {
        Contract contract = records.visible(contractId);
        if (contract.status() == ContractStatus.SIGNED) {
            contract.depositReceived(amount, reference, clock.instant());
            records.step(contract, "DEPOSIT", ContractStatus.SIGNED, amount + (reference == null ? "" : " · " + reference));
        }
    }

    /** The store's in-stock cars of the contract's trim, those in the contract's colours first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('sales:view')")
    public List<StockVehicleView> candidates(Long id) {
        Contract contract = records.visible(id);
        return stock.inStock(contract.storeId(), contract.trimId()).stream()
                .sorted(java.util.Comparator.comparing((StockVehicleView v) -> !matchesColours(contract, v)))
                .toList();
    }

    /** 配车 — reserves the car for this contract; it must be of the contract's trim and colours. */
    @PreAuthorize("hasAuthority('sales:edit')")
    public void allocate(Long id, String vinText) {
        Contract contract = records.visible(id);
        Vin vin = Vin.of(vinText == null ? "" : vinText.strip().toUpperCase(java.util.Locale.ROOT));
        StockVehicleView car = stock.find(vin).filter(v -> v.storeId().equals(contract.storeId()))
                .orElseThrow(() -> new DomainException("sales.contract.vin-not-in-stock", vin.value()));
        if (!car.trimId().equals(contract.trimId()) || !matchesColours(contract, car)) {
            throw new DomainException("sales.contract.vin-mismatch", vin.value());
        }
        reserveFor(contract, vin, vin.value());
    }

    /**
     * 换车配车 — reserves a car that differs from the contract's trim or colours. Only the delivery module calls this,
     * once the sales manager has approved exactly this car for this contract; {@code note} says who approved it and why.
     */
    @PreAuthorize("hasAuthority('sales:edit')")
    public void allocateApprovedSubstitute(Long id, String vinText, String note) {
        Contract contract = records.visible(id);
        Vin vin = Vin.of(vinText);
        stock.find(vin).filter(v -> v.storeId().equals(contract.storeId()))
                .orElseThrow(() -> new DomainException("sales.contract.vin-not-in-stock", vin.value()));
        reserveFor(contract, vin, vin.value() + " · " + note);
    }

    private void reserveFor(Contract contract, Vin vin, String comment) {
        ContractStatus from = contract.status();
        contract.allocate(vin.value(), clock.instant());
        stock.reserve(vin, contract.number());
        records.step(contract, "ALLOCATE", from, comment);
    }

    /**
     * 交车 — the car is handed over (sold and delivered on the stock book). The delivery module calls this once its
     * checklists, the customer's signature and the payment gate allow it; there is no other way to deliver.
     */
    @PreAuthorize("hasAuthority('sales:edit')")
    public void deliver(Long id, String comment) {
        Contract contract = records.visible(id);
        ContractStatus from = contract.status();
        Instant now = clock.instant();
        contract.deliver(now);
        stock.handOver(Vin.of(contract.vin()), contract.number());
        records.step(contract, "DELIVER", from, comment);
        funnel.record(FunnelStage.DELIVERY, "contract", contract.id(), contract.storeId(), contract.ownerEmployeeId(),
                contract.customerId(), contract.leadId(), now);
    }

    @PreAuthorize("hasAuthority('sales:edit')")
    public void close(Long id, String comment) {
        Contract contract = records.visible(id);
        ContractStatus from = contract.status();
        contract.close(clock.instant());
        records.step(contract, "CLOSE", from, comment);
    }

    /** 作废 — before signing by its consultant; once signed only by the sales manager. Frees a reserved car. */
    @PreAuthorize("hasAuthority('sales:edit')")
    public void cancel(Long id, String reason, Money refund, String refundNote) {
        Contract contract = records.visible(id);
        if (contract.status().signed() && !currentUsers.current().can(CANCELS_SIGNED)) {
            throw new DomainException("sales.contract.cancel-needs-manager");
        }
        ContractStatus from = contract.status();
        String heldVin = from == ContractStatus.ALLOCATED ? contract.vin() : null;
        Instant now = clock.instant();
        contract.cancel(reason, refund, refundNote, now);
        if (heldVin != null) {
            stock.release(Vin.of(heldVin), contract.number());
        }
        records.step(contract, "CANCEL", from, reason);
        events.publishEvent(new ContractCancelled(contract.id(), contract.number(), contract.customerId(),
                contract.storeId(), contract.cancelReason(), contract.refundAmount(), now));
    }

    private static boolean matchesColours(Contract contract, StockVehicleView car) {
        return contract.exteriorColour().equals(car.exteriorColour()) && contract.interiorColour().equals(car.interiorColour());
    }
}
