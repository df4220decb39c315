package com.autosales.delivery;

import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.approvals.ApprovalRequest;
import com.autosales.approvals.ApprovalStatus;
import com.autosales.approvals.Approvals;
import com.autosales.approvals.Decision;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.sales.ContractFulfilment;
import com.autosales.sales.ContractManagement;
import com.autosales.sales.ContractStatus;
import com.autosales.sales.ContractView;
import com.autosales.shared.DomainException;
import com.autosales.shared.Vin;
import com.autosales.vehicles.StockManagement;
import com.autosales.vehicles.StockStatus;
import com.autosales.vehicles.StockVehicleView;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 交车 — preparing a signed contract's car for the customer and handing it over. Each step is checked against the
 * contract (its status, its car), done by someone allowed to, and written to the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class DeliveryManagement {

    static final String SUBSTITUTION_POLICY = "delivery.substitution";
    static final String SUBSTITUTION_RECORD = "vehicle-substitution";
    static final int PAGE_SIZE = 20;

    private final Deliveries deliveries;
    private final DeliveryRecords records;
    private final DeliveryOpening opening;
    private final DeliveryViews views;
    private final DeliveryChecks checks;
    private final ChecklistItems items;
    private final ContractManagement contracts;
    private final ContractFulfilment fulfilment;
    private final StockManagement stock;
    private final Approvals approvals;
    private final CurrentUsers currentUsers;
    private final AuditTrail audit;
    private final Clock clock;

    DeliveryManagement(Deliveries deliveries, DeliveryRecords records, DeliveryOpening opening, DeliveryViews views,
            DeliveryChecks checks, ChecklistItems items, ContractManagement contracts, ContractFulfilment fulfilment,
            StockManagement stock, Approvals approvals, CurrentUsers currentUsers, AuditTrail audit, Clock clock) {
        this.deliveries = deliveries;
        this.records = records;
        this.opening = opening;
        this.views = views;
        this.checks = checks;
        this.items = items;
        this.contracts = contracts;
        this.fulfilment = fulfilment;
        this.stock = stock;
        this.approvals = approvals;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.clock = clock;
    }

    /** The delivery of a signed contract I may see, opened now if it is not there yet. */
    @Transactional
    @PreAuthorize("hasAuthority('sales:view')")
    public Long idForContract(Long contractId) {
        return records.visibleByContract(contractId).map(Delivery::id).orElseGet(() -> {
            ContractView c = contracts.get(contractId);
            if (!c.status().signed()) {
                throw new DomainException("delivery.contract-not-signed");
            }
            return opening.open(new ContractFacts(c.id(), c.number(), c.leadId(), c.customerId(), c.buyerName(),
                    c.storeId(), c.ownerEmployeeId(), c.ownerName())).id();
        });
    }

    @PreAuthorize("hasAuthority('sales:view')")
    public DeliveryView get(Long id, Locale locale) {
        return views.of(records.visible(id), locale);
    }

    /** The delivery board: by appointment (unscheduled last), with each sheet's checklist progress. */
    @PreAuthorize("hasAuthority('sales:view')")
    public Page<DeliverySummary> list(DeliveryStatus status, String customer, int page) {
        RecordScope s = currentUsers.scope();
        String like = customer == null || customer.isBlank() ? "" : "%" + customer.strip().toLowerCase(Locale.ROOT) + "%";
        Page<Delivery> found = deliveries.list(s.allStores(), s.storeIdsForQuery(), s.allOwners(), s.ownerIdsForQuery(),
                status, like, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        Map<Long, Long> ticked = found.isEmpty() ? Map.of() : checks.countsOf(found.map(Delivery::id).toList()).stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).longValue()));
        long total = items.findByActiveTrueOrderByStageAscPositionAscIdAsc().size();
        return found.map(d -> new DeliverySummary(d.id(), d.contractId(), d.contractNumber(), d.customerName(),
                d.ownerName(), d.status(), d.appointmentAt(), d.appointmentPlace(), ticked.getOrDefault(d.id(), 0L),
                total, d.deliveredAt()));
    }

    /** The store's in-stock cars of the contract's trim, its colours first (for allocation). */
    @PreAuthorize("hasAuthority('sales:view')")
    public List<StockVehicleView> candidates(Long id) {
        return fulfilment.candidates(records.visible(id).contractId());
    }

    /** 交车预约 — when and where the customer comes for the car. */
    @Transactional
    @PreAuthorize("hasAuthority('sales:edit')")
    public void schedule(Long id, Long version, Instant at, String place, String note) {
        Delivery d = records.visible(id, version);
        if (at == null) {
            throw new DomainException("delivery.appointment-required");
        }
        d.schedule(at, blankToNull(place), blankToNull(note));
        audit.record(AuditRecord.of("delivery", id, "APPOINTMENT", d.customerName() + " " + at));
    }

    /**
     * 配车 — reserves a stock car for the contract: one of its trim and colours, or exactly the car the sales manager
     * approved as a substitute.
     */
    @Transactional
    @PreAuthorize("hasAuthority('sales:edit')")
    public void allocate(Long id, String vinText) {
        Delivery d = records.visible(id);
        d.requirePreparing();
        String vin = normalise(vinText);
        if (vin != null && d.substitutionApprovedFor(vin)) {
            fulfilment.allocateApprovedSubstitute(d.contractId(), vin, d.substitutionReason());
        } else {
            fulfilment.allocate(d.contractId(), vin);
        }
    }

    /** 换车申请 — asks the sales manager to approve delivering this in-stock car, which differs from the contract's. */
    @Transactional
    @PreAuthorize("hasAuthority('sales:edit')")
    public void requestSubstitution(Long id, String vinText, String reason) {
        Delivery d = records.visible(id);
        ContractView contract = contracts.get(d.contractId());
        if (contract.status() != ContractStatus.DEPOSIT_RECEIVED) {
            throw new DomainException("delivery.substitution-not-now");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("delivery.reason-required");
        }
        String vin = normalise(vinText);
        StockVehicleView car = stock.find(Vin.of(vin == null ? "" : vin))
                .filter(v -> v.storeId().equals(d.storeId()) && v.status() == StockStatus.IN_STOCK)
                .orElseThrow(() -> new DomainException("sales.contract.vin-not-in-stock", vin));
        d.requestSubstitution(car.vin().value(), reason.strip());
        approvals.request(ApprovalRequest.of("delivery", SUBSTITUTION_RECORD, d.id(), SUBSTITUTION_POLICY)
                .titled("delivery.substitution.approval-title", d.contractNumber(), d.customerName(), car.vin().value(),
                        car.exteriorColour() + " / " + car.interiorColour())
                .linkedTo("/deliveries/" + d.id())
                .withNote(reason.strip()));
        audit.record(AuditRecord.of("delivery", id, "SUBSTITUTION_REQUESTED", car.vin().value() + " · " + reason.strip()));
    }

    /** The sales manager decides the substitution on the delivery's page (the approvals inbox does the same). */
    @Transactional
    @PreAuthorize("hasAuthority('sales:approve')")
    public void decideSubstitution(Long id, Decision decision, String comment) {
        Delivery d = records.visible(id);
        if (d.substitutionState() != SubstitutionState.PENDING) {
            throw new DomainException("delivery.substitution-not-pending");
        }
        ApprovalStatus outcome;
        try {
            outcome = approvals.decidePending(SUBSTITUTION_RECORD, id, decision, comment);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            throw new DomainException("delivery.not-your-approval");
        }
        if (outcome == ApprovalStatus.APPROVED || outcome == ApprovalStatus.RETURNED) {
            d.substitutionDecided(outcome == ApprovalStatus.APPROVED, blankToNull(comment));
        }
    }

    /** 放行 — the sales manager lets the car go before the money is complete, with the reason on record. */
    @Transactional
    @PreAuthorize("hasAuthority('sales:approve')")
    public void release(Long id, Long version, String reason) {
        Delivery d = records.visible(id, version);
        if (reason == null || reason.isBlank()) {
            throw new DomainException("delivery.reason-required");
        }
        CurrentUser me = currentUsers.current();
        d.release(reason.strip(), me.displayName(), clock.instant());
        audit.record(AuditRecord.of("delivery", id, "RELEASED", reason.strip()));
    }

    /** Ticks a checklist item (who and when are the signed-in user and now), with an optional note and photo. */
    @Transactional
    @PreAuthorize("hasAuthority('sales:edit')")
    public void tick(Long id, Long itemId, String note, byte[] photo) {
        Delivery d = records.visible(id);
        d.requirePreparing();
        ChecklistItem item = items.findById(itemId).filter(ChecklistItem::active)
                .orElseThrow(() -> new DomainException("delivery.item-unknown"));
        CheckPhoto picture = CheckPhoto.of(photo);
        if (checks.findByDeliveryIdAndItemId(d.id(), item.id()).isPresent()) {
            return;
        }
        CurrentUser me = currentUsers.current();
        checks.save(new DeliveryCheck(d.id(), item.id(), me.username(), me.displayName(), clock.instant(),
                blankToNull(note), picture));
        audit.record(AuditRecord.of("delivery", id, "CHECKED", item.stage() + " · " + item.label()));
    }

    /** Takes a tick back (a mistake) while the car is still being prepared. */
    @Transactional
    @PreAuthorize("hasAuthority('sales:edit')")
    public void untick(Long id, Long itemId) {
        Delivery d = records.visible(id);
        d.requirePreparing();
        checks.findByDeliveryIdAndItemId(d.id(), itemId).ifPresent(c -> {
            checks.delete(c);
            audit.record(AuditRecord.of("delivery", id, "UNCHECKED", String.valueOf(itemId)));
        });
    }

    /** A check's photo, if the delivery is one I may see. */
    @PreAuthorize("hasAuthority('sales:view')")
    public CheckPhoto photo(Long id, Long itemId) {
        Delivery d = records.visible(id);
        return checks.findByDeliveryIdAndItemId(d.id(), itemId).filter(DeliveryCheck::hasPhoto)
                .map(c -> new CheckPhoto(c.photo(), c.photoType()))
                .orElseThrow(() -> new com.autosales.shared.RecordNotFoundException("delivery-photo", itemId));
    }

    /** 客户签字 — the customer confirms receiving the car and the items, by name and signature (a PNG). */
    @Transactional
    @PreAuthorize("hasAuthority('sales:edit')")
    public void confirm(Long id, Long version, String receiverName, byte[] signaturePng) {
        Delivery d = records.visible(id, version);
        if (receiverName == null || receiverName.isBlank() || receiverName.strip().length() > 60) {
            throw new DomainException("delivery.receiver-required");
        }
        if (signaturePng == null || signaturePng.length < 100 || signaturePng.length > CheckPhoto.MAX_BYTES
                || !CheckPhoto.isPng(signaturePng)) {
            throw new DomainException("delivery.signature-required");
        }
        d.confirm(receiverName.strip(), signaturePng, clock.instant());
        audit.record(AuditRecord.of("delivery", id, "CUSTOMER_SIGNED", receiverName.strip()));
    }

    /** The customer's signature as signed, for the sheet. */
    @PreAuthorize("hasAuthority('sales:view')")
    public byte[] signature(Long id) {
        Delivery d = records.visible(id);
        if (d.signature() == null) {
            throw new com.autosales.shared.RecordNotFoundException("delivery-signature", id);
        }
        return d.signature();
    }

    private static String normalise(String vin) {
        return vin == null || vin.isBlank() ? null : vin.strip().toUpperCase(Locale.ROOT);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
