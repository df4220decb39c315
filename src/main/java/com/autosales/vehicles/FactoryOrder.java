package com.autosales.vehicles;

import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 月度车型订单 — a store's order to the manufacturer for one month, one line per trim and colours. The clerk edits it
 * while it is a draft or returned; submitted it waits for approval; approved it is locked and exported; confirmed, its
 * units stand in stock as ordered vehicles.
 */
@Entity
@Table(name = "factory_order")
class FactoryOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String orderNo;
    private Long storeId;
    private LocalDate orderMonth;
    @Enumerated(EnumType.STRING)
    private FactoryOrderStatus status;
    private LocalDate salesFrom;
    private LocalDate salesTo;
    private String draftedBy;
    private String draftedByName;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant submittedAt;
    private Instant decidedAt;
    private String returnComment;
    private String confirmedBy;
    private Instant confirmedAt;
    @Version
    private long version;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "order_id", nullable = false)
    @OrderBy("id")
    private List<FactoryOrderLine> lines = new ArrayList<>();

    protected FactoryOrder() {
    }

    FactoryOrder(String orderNo, Long storeId, YearMonth month, SalesWindow window, StockActor actor, Instant now) {
        this.orderNo = orderNo;
        this.storeId = storeId;
        this.orderMonth = month.atDay(1);
        this.status = FactoryOrderStatus.DRAFT;
        this.salesFrom = window.from();
        this.salesTo = window.to();
        this.draftedBy = actor.username();
        this.draftedByName = actor.name();
        this.createdAt = now;
        this.updatedAt = now;
    }

    void checkVersion(Long expected) {
        if (expected != null && expected != version) {
            throw new ConcurrentChangeException();
        }
    }

    void requireEditable() {
        if (!status.editable()) {
            throw new DomainException("vehicles.order.locked");
        }
    }

    /** New figures from the same window for every line, and lines for combinations that have appeared since. */
    void refresh(List<OrderBasis> bases, Instant now) {
        requireEditable();
        for (OrderBasis basis : bases) {
            line(basis.trimId(), basis.exteriorColour(), basis.interiorColour())
                    .ifPresentOrElse(l -> l.refresh(basis), () -> lines.add(new FactoryOrderLine(basis, basis.suggested())));
        }
        updatedAt = now;
    }

    void add(OrderBasis basis, int quantity, Instant now) {
        requireEditable();
        if (line(basis.trimId(), basis.exteriorColour(), basis.interiorColour()).isPresent()) {
            throw new DomainException("vehicles.order.line-exists");
        }
        lines.add(new FactoryOrderLine(basis, quantity));
        updatedAt = now;
    }

    void order(Long lineId, int quantity, String note, Instant now) {
        requireEditable();
        if (quantity < 0 || quantity > FactoryOrderLine.MAX_QUANTITY) {
            throw new DomainException("vehicles.order.quantity-range", FactoryOrderLine.MAX_QUANTITY);
        }
        lines.stream().filter(l -> l.id().equals(lineId)).findFirst()
                .orElseThrow(() -> new DomainException("vehicles.order.unknown-line"))
                .order(quantity, note);
        updatedAt = now;
    }

    void submit(Instant now) {
        requireEditable();
        if (totalUnits() == 0) {
            throw new DomainException("vehicles.order.empty");
        }
        status = FactoryOrderStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    /** The approval came back: approved locks the order, returned (with the approver's comment) reopens it. */
    void decided(boolean approved, String comment, Instant now) {
        if (status != FactoryOrderStatus.SUBMITTED) {
            return;
        }
        status = approved ? FactoryOrderStatus.APPROVED : FactoryOrderStatus.RETURNED;
        returnComment = approved ? null : comment;
        decidedAt = now;
        updatedAt = now;
    }

    /** The clerk withdrew the request in the approvals inbox: a draft again. */
    void withdrawn(Instant now) {
        if (status == FactoryOrderStatus.SUBMITTED) {
            status = FactoryOrderStatus.DRAFT;
            updatedAt = now;
        }
    }

    void confirm(StockActor actor, Instant now) {
        if (status != FactoryOrderStatus.APPROVED) {
            throw new DomainException("vehicles.order.not-approved");
        }
        status = FactoryOrderStatus.CONFIRMED;
        confirmedBy = actor.name() == null ? actor.username() : actor.name();
        confirmedAt = now;
        updatedAt = now;
    }

    int totalUnits() {
        return lines.stream().mapToInt(FactoryOrderLine::quantity).sum();
    }

    private Optional<FactoryOrderLine> line(Long trimId, String exterior, String interior) {
        return lines.stream().filter(l -> l.sameCombination(trimId, exterior, interior)).findFirst();
    }

    Long id() { return id; }
    String orderNo() { return orderNo; }
    Long storeId() { return storeId; }
    YearMonth month() { return YearMonth.from(orderMonth); }
    FactoryOrderStatus status() { return status; }
    SalesWindow salesWindow() { return new SalesWindow(salesFrom, salesTo); }
    String draftedBy() { return draftedBy; }
    String draftedByName() { return draftedByName == null ? draftedBy : draftedByName; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
    Instant submittedAt() { return submittedAt; }
    Instant decidedAt() { return decidedAt; }
    String returnComment() { return returnComment; }
    String confirmedBy() { return confirmedBy; }
    Instant confirmedAt() { return confirmedAt; }
    long version() { return version; }
    List<FactoryOrderLine> lines() { return List.copyOf(lines); }
}
