package com.autosales.vehicles;

import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.org.OrgDirectory;
import com.autosales.org.UnitView;
import com.autosales.shared.DomainException;
import com.autosales.shared.DuplicateRecordException;
import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 月度订单 — the clerk drafts next month's order for the store they work in, with a suggestion per trim and colours,
 * adjusts it, and submits it for approval ({@link FactoryOrderApproval}); one order per store and month.
 */
@Service
@Transactional
class FactoryOrdering {

    /** How far ahead an order may be drafted: this month up to three months on. */
    static final int MONTHS_AHEAD = 3;
    private static final DateTimeFormatter MONTH_NO = DateTimeFormatter.ofPattern("yyyyMM");

    private final FactoryOrders orders;
    private final FactoryOrderPlanner planner;
    private final FactoryOrderApproval approval;
    private final FactoryOrderAudit audit;
    private final Trims trims;
    private final OrgDirectory org;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    FactoryOrdering(FactoryOrders orders, FactoryOrderPlanner planner, FactoryOrderApproval approval,
            FactoryOrderAudit audit, Trims trims, OrgDirectory org, CurrentUsers currentUsers, Clock clock) {
        this.audit = audit;
        this.orders = orders;
        this.planner = planner;
        this.approval = approval;
        this.trims = trims;
        this.org = org;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** Next month, the month a clerk usually drafts. */
    YearMonth nextMonth() {
        return YearMonth.now(clock).plusMonths(1);
    }

    /** Drafts the store's order for a month with a line per combination worth ordering, each at its suggestion. */
    Long draft(YearMonth month) {
        YearMonth current = YearMonth.now(clock);
        if (month == null || month.isBefore(current) || month.isAfter(current.plusMonths(MONTHS_AHEAD))) {
            throw new DomainException("vehicles.order.month-range", current, current.plusMonths(MONTHS_AHEAD));
        }
        Long storeId = currentUsers.requireStore();
        orders.findByStoreIdAndOrderMonth(storeId, month.atDay(1)).ifPresent(existing -> {
            throw new DuplicateRecordException("vehicles.order.month-taken", month, existing.orderNo());
        });
        SalesWindow window = SalesWindow.before(LocalDate.now(clock));
        FactoryOrder order = new FactoryOrder(orderNo(storeId, month), storeId, month, window,
                StockActor.of(currentUsers), clock.instant());
        order.refresh(planner.bases(storeId, window), clock.instant());
        try {
            orders.saveAndFlush(order);
        } catch (DataIntegrityViolationException sameMoment) {
            throw new DuplicateRecordException("vehicles.order.month-taken", month, order.orderNo());
        }
        audit.step(order, "DRAFT", null, null);
        return order.id();
    }

    /** The clerk's quantities (and notes) for the lines of an order still open to changes. */
    void order(Long id, OrderQuantitiesForm form) {
        FactoryOrder order = visible(id);
        order.checkVersion(form.version());
        order.requireEditable();
        Map<Long, Integer> before = order.lines().stream()
                .collect(Collectors.toMap(FactoryOrderLine::id, FactoryOrderLine::quantity));
        for (OrderQuantitiesForm.Line line : form.linesOrEmpty()) {
            order.order(line.id(), line.quantity() == null ? 0 : line.quantity(), StockLedger.blankToNull(line.note()),
                    clock.instant());
        }
        audit.quantities(order, before);
    }

    /** A combination the suggestion did not list (a new trim, a colour that sold out elsewhere). */
    void addLine(Long id, OrderLineForm form) {
        FactoryOrder order = visible(id);
        order.checkVersion(form.version());
        Trim trim = trims.findById(form.trimId()).filter(Trim::active)
                .orElseThrow(() -> new RecordNotFoundException("vehicle-trim", form.trimId()));
        String exterior = form.exteriorColour().trim();
        String interior = form.interiorColour().trim();
        if (!trim.offers(ColourKind.EXTERIOR, exterior) || !trim.offers(ColourKind.INTERIOR, interior)) {
            throw new DomainException("vehicles.colour-not-offered", exterior + " / " + interior, trim.name());
        }
        order.add(planner.basis(order.storeId(), order.salesWindow(), trim.id(), exterior, interior),
                form.quantity(), clock.instant());
        audit.step(order, "ADD_LINE", order.status(), trim.name() + " " + exterior + " / " + interior + " × " + form.quantity());
    }

    /** Today's stock and pipeline figures for every line (the sales window stays), keeping the quantities. */
    void refresh(Long id, Long version) {
        FactoryOrder order = visible(id);
        order.checkVersion(version);
        order.refresh(planner.bases(order.storeId(), order.salesWindow()), clock.instant());
    }

    void submit(Long id, Long version, String note) {
        FactoryOrder order = visible(id);
        order.checkVersion(version);
        FactoryOrderStatus before = order.status();
        order.submit(clock.instant());
        approval.request(order, note);
        audit.step(order, "SUBMIT", before, StockLedger.blankToNull(note));
    }

    FactoryOrder visible(Long id) {
        RecordScope scope = currentUsers.scope();
        return orders.findVisible(id, scope.allStores(), scope.storeIdsForQuery())
                .orElseThrow(() -> new RecordNotFoundException("factory-order", id));
    }

    /** DD-202701-<store code>: readable on the manufacturer's side, unique because a store orders once a month. */
    private String orderNo(Long storeId, YearMonth month) {
        String store = org.unit(storeId).map(UnitView::code).filter(c -> c != null && !c.isBlank()).orElse("S" + storeId);
        return "DD-" + month.format(MONTH_NO) + "-" + store;
    }
}
