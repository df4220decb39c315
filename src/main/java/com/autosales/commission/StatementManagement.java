package com.autosales.commission;

import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.approvals.ApprovalRequest;
import com.autosales.approvals.Approvals;
import com.autosales.approvals.Decision;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.customers.CustomerNameLookup;
import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import com.autosales.org.PositionHolders;
import com.autosales.performance.Attainment;
import com.autosales.performance.PerformanceMetric;
import com.autosales.performance.PerformanceQueries;
import com.autosales.performance.SaleRecord;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.Money;
import com.autosales.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 提成单 — one statement per employee and month, computed from the month's deliveries and the rules of the employee's
 * store and position. Drafts are recalculated freely and adjusted with a reason; submitting sends the statement to the
 * store's general manager through the approvals module; an approved statement is locked and never recalculated.
 * Readers see the statements of their data scope; those who only view (consultants) see their own from submission on,
 * as drafts are still being worked on.
 */
@Service
@Transactional(readOnly = true)
public class StatementManagement {

    static final String RECORD_TYPE = "commission-statement";
    static final String POLICY = "commission.statement";
    static final String AUDIT_TYPE = "commission_statement";

    private final CommissionStatements statements;
    private final RuleManagement rules;
    private final PerformanceQueries performance;
    private final Attainment attainment;
    private final PositionHolders holders;
    private final OrgDirectory org;
    private final VehicleChoices vehicles;
    private final CustomerNameLookup customerNames;
    private final Approvals approvals;
    private final CurrentUsers currentUsers;
    private final AuditTrail audit;
    private final Clock clock;

    StatementManagement(CommissionStatements statements, RuleManagement rules, PerformanceQueries performance,
            Attainment attainment, PositionHolders holders, OrgDirectory org, VehicleChoices vehicles,
            CustomerNameLookup customerNames, Approvals approvals, CurrentUsers currentUsers, AuditTrail audit,
            Clock clock) {
        this.statements = statements;
        this.rules = rules;
        this.performance = performance;
        this.attainment = attainment;
        this.holders = holders;
        this.org = org;
        this.vehicles = vehicles;
        this.customerNames = customerNames;
        this.approvals = approvals;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('targets:view')")
    public List<StatementSummary> month(YearMonth month) {
        RecordScope s = currentUsers.scope();
        return statements.ofMonth(month.atDay(1), s.allStores(), s.storeIdsForQuery(), s.allOwners(),
                s.ownerIdsForQuery(), seesDrafts()).stream().map(StatementManagement::summary).toList();
    }

    /** The month's statements in full, for the export. */
    @PreAuthorize("hasAuthority('targets:view')")
    public List<StatementView> monthInFull(YearMonth month) {
        RecordScope s = currentUsers.scope();
        return statements.ofMonth(month.atDay(1), s.allStores(), s.storeIdsForQuery(), s.allOwners(),
                s.ownerIdsForQuery(), seesDrafts()).stream().map(this::view).toList();
    }

    @PreAuthorize("hasAuthority('targets:view')")
    public StatementView get(Long id) {
        return view(visible(id));
    }

    /**
     * Calculates the month for everyone in the reader's scope in the working store who holds a position with rules in
     * force that month: new statements, drafts recalculated; submitted and approved ones are left as they are.
     */
    @Transactional
    @PreAuthorize("hasAuthority('targets:edit')")
    public GenerationResult generate(String monthText) {
        YearMonth month = Months.parse(monthText);
        Long storeId = currentUsers.requireStore();
        RecordScope scope = currentUsers.scope();
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        int calculated = 0;
        int locked = 0;
        for (String position : rules.positionsWithRules(storeId, from, to)) {
            for (Long employeeId : holders.employeeIdsHolding(position, storeId)) {
                if (!scope.permits(storeId, employeeId)) {
                    continue;
                }
                Optional<CommissionStatement> existing = statements.findByEmployeeIdAndPeriodStart(employeeId, from);
                if (existing.isPresent() && existing.get().status() != StatementStatus.DRAFT) {
                    locked++;
                    continue;
                }
                CommissionStatement statement = existing.orElseGet(() -> new CommissionStatement(storeId, employeeId,
                        org.employee(employeeId).map(EmployeeView::name).orElse("#" + employeeId), position, from));
                calculate(statement);
                statements.save(statement);
                calculated++;
            }
        }
        audit.record(AuditRecord.of(AUDIT_TYPE, storeId, "GENERATE", month.toString(),
                FieldChange.of("calculated", null, calculated), FieldChange.of("locked", null, locked)));
        return new GenerationResult(month.toString(), calculated, locked);
    }

    /** Recalculates one draft; refused for a submitted or approved statement. */
    @Transactional
    @PreAuthorize("hasAuthority('targets:edit')")
    public StatementView recalculate(Long id, Long version) {
        CommissionStatement statement = editable(id, version);
        BigDecimal before = statement.total();
        calculate(statement);
        audit.record(AuditRecord.of(AUDIT_TYPE, id, "RECALCULATE", statement.employeeName(),
                FieldChange.of("total", before, statement.total())));
        return flushedView(statement);
    }

    @Transactional
    @PreAuthorize("hasAuthority('targets:edit')")
    public StatementView adjust(Long id, Long version, BigDecimal amount, String reason) {
        CommissionStatement statement = editable(id, version);
        if (amount == null || amount.signum() == 0 || amount.scale() > 2
                || amount.abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            throw new DomainException("commission.adjustment-amount-invalid");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new DomainException("commission.adjustment-reason-required");
        }
        BigDecimal before = statement.total();
        statement.adjust(amount.setScale(2), why, currentUsers.current().displayName(), clock.instant());
        audit.record(AuditRecord.of(AUDIT_TYPE, id, "ADJUST", why, FieldChange.of("adjustment", null, amount),
                FieldChange.of("total", before, statement.total())));
        return flushedView(statement);
    }

    /** Sends the draft to the store's general manager for approval. */
    @Transactional
    @PreAuthorize("hasAuthority('targets:edit')")
    public StatementView submit(Long id, Long version) {
        CommissionStatement statement = editable(id, version);
        CurrentUser me = currentUsers.current();
        statement.submit(me.displayName(), clock.instant());
        approvals.request(ApprovalRequest.of("commission", RECORD_TYPE, id, POLICY)
                .titled("commission.approval.title", statement.employeeName(), monthOf(statement))
                .linkedTo("/commission-statements/" + id).withAmount(Money.of(statement.total())));
        audit.record(AuditRecord.of(AUDIT_TYPE, id, "SUBMIT", statement.employeeName(),
                FieldChange.of("status", StatementStatus.DRAFT, StatementStatus.SUBMITTED)));
        return flushedView(statement);
    }

    /** The general manager's decision, the same as in the approvals inbox (the statement follows once it is recorded). */
    @Transactional
    @PreAuthorize("hasAuthority('targets:approve')")
    public void decide(Long id, Decision decision, String comment) {
        CommissionStatement statement = visible(id);
        if (statement.status() != StatementStatus.SUBMITTED) {
            throw new DomainException("commission.statement-not-submitted");
        }
        if (decision == null) {
            throw new DomainException("commission.decision-required");
        }
        try {
            approvals.decidePending(RECORD_TYPE, id, decision, comment);
        } catch (AccessDeniedException e) {
            throw new DomainException("commission.not-your-approval");
        }
    }

    /** Called when the approval is granted or returned (see {@link StatementDecisions}). */
    @Transactional
    void decided(Long id, boolean granted, String by, String comment) {
        statements.findById(id).ifPresent(s -> {
            StatementStatus before = s.status();
            if (granted) {
                s.approved(by, clock.instant());
            } else {
                s.returned(by, comment, clock.instant());
            }
            audit.record(AuditRecord.of(AUDIT_TYPE, id, granted ? "APPROVED" : "RETURNED", comment,
                    FieldChange.of("status", before, s.status())));
        });
    }

    /** My commission this month so far: the statement I can see (its id and total), else a preview; empty: no rules. */
    record SoFar(Long statementId, BigDecimal total) {
    }

    @PreAuthorize("hasAuthority('targets:view')")
    Optional<SoFar> mySoFar() {
        Long me = currentUsers.current().employeeId();
        Optional<Long> store = currentUsers.currentStoreId();
        if (me == null || store.isEmpty()) {
            return Optional.empty();
        }
        LocalDate from = YearMonth.now(clock).atDay(1);
        RecordScope s = currentUsers.scope();
        Optional<CommissionStatement> mine = statements.ofMonth(from, s.allStores(), s.storeIdsForQuery(), s.allOwners(),
                s.ownerIdsForQuery(), seesDrafts()).stream().filter(st -> st.employeeId().equals(me)).findFirst();
        if (mine.isPresent()) {
            return Optional.of(new SoFar(mine.get().id(), mine.get().total()));
        }
        return preview(me, store.get(), from, LocalDate.now(clock)).map(total -> new SoFar(null, total));
    }

    /** The calculation without a statement, nothing written: the month's lines so far under my position's rules. */
    private Optional<BigDecimal> preview(Long employeeId, Long storeId, LocalDate from, LocalDate to) {
        for (String position : rules.positionsWithRules(storeId, from, to)) {
            if (holders.employeeIdsHolding(position, storeId).contains(employeeId)) {
                List<SaleRecord> sales = performance.salesOf(List.of(employeeId), from, to).stream()
                        .filter(sale -> Objects.equals(sale.storeId(), storeId)).toList();
                BigDecimal percent = attainment.ofEmployee(employeeId, PerformanceMetric.DELIVERIES, from, to).percent();
                return Optional.of(CommissionCalculator.calculate(sales, rules.termsInForce(storeId, position, from, to),
                        vehicles.lineage(), percent).stream().map(CalculatedLine::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
            }
        }
        return Optional.empty();
    }

    private void calculate(CommissionStatement statement) {
        LocalDate from = statement.periodStart();
        LocalDate to = from.plusMonths(1).minusDays(1);
        List<SaleRecord> sales = performance.salesOf(List.of(statement.employeeId()), from, to).stream()
                .filter(s -> Objects.equals(s.storeId(), statement.storeId())).toList();
        List<RuleTerms> terms = rules.termsInForce(statement.storeId(), statement.positionCode(), from, to);
        boolean tiers = terms.stream().anyMatch(t -> t.kind() == CommissionKind.TIERS);
        BigDecimal percent = attainment.ofEmployee(statement.employeeId(), PerformanceMetric.DELIVERIES, from, to).percent();
        List<CalculatedLine> lines = CommissionCalculator.calculate(sales, terms, vehicles.lineage(), percent);
        statement.recalculate(lines, percent, tiers, currentUsers.current().displayName(), clock.instant());
    }

    private CommissionStatement editable(Long id, Long version) {
        CommissionStatement statement = visible(id);
        if (version == null) {
            throw new DomainException("commission.version-required");
        }
        if (version != statement.version()) {
            throw new ConcurrentChangeException();
        }
        statement.requireDraft();
        return statement;
    }

    private CommissionStatement visible(Long id) {
        RecordScope s = currentUsers.scope();
        return statements.findVisible(id, s.allStores(), s.storeIdsForQuery(), s.allOwners(), s.ownerIdsForQuery(),
                seesDrafts()).orElseThrow(() -> new RecordNotFoundException("commission-statement", id));
    }

    private boolean seesDrafts() {
        return currentUsers.find().map(u -> u.can("targets:edit")).orElse(false);
    }

    /** The view after the change is written, so it carries the new version for the next optimistic-lock check. */
    private StatementView flushedView(CommissionStatement statement) {
        statements.flush();
        return view(statement);
    }

    private StatementView view(CommissionStatement s) {
        boolean withCustomers = currentUsers.find().map(u -> u.can("customers:view")).orElse(false);
        Map<Long, String> names = withCustomers
                ? customerNames.visibleNames(s.lines().stream().map(CommissionLine::customerId).toList()) : Map.of();
        Map<CommissionKind, BigDecimal> totals = new EnumMap<>(CommissionKind.class);
        s.lines().forEach(l -> totals.merge(l.kind(), l.amount(), BigDecimal::add));
        return new StatementView(s.id(), s.storeId(), s.employeeId(), s.employeeName(), monthOf(s), s.periodStart(),
                s.status(), s.attainmentPercent(), s.hasTiers(),
                s.lines().stream().map(l -> l.view(names.get(l.customerId()))).toList(), totals, s.total(),
                s.calculatedAt(), s.calculatedBy(), s.submittedBy(), s.submittedAt(), s.decidedBy(), s.decidedAt(),
                s.returnComment(), s.version());
    }

    private static StatementSummary summary(CommissionStatement s) {
        return new StatementSummary(s.id(), s.employeeId(), s.employeeName(), monthOf(s), s.status(),
                s.attainmentPercent(), s.hasTiers(), s.lines().size(), s.total());
    }

    private static String monthOf(CommissionStatement s) {
        return YearMonth.from(s.periodStart()).toString();
    }
}
