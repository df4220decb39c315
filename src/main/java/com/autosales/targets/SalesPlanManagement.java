package com.autosales.targets;

import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.approvals.ApprovalRequest;
import com.autosales.approvals.Approvals;
import com.autosales.approvals.Decision;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.org.OrgDirectory;
import com.autosales.org.UnitKind;
import com.autosales.org.UnitView;
import com.autosales.performance.Attainment;
import com.autosales.performance.PerformanceMetric;
import com.autosales.performance.PerformanceQueries;
import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 销售计划 — creating a store's plan for a year, spreading the year over the months, decomposing it down the tree,
 * submitting it to the general manager, and revising an approved plan as a new version. Every change carries the
 * version read and is audited; readers see only the nodes of their scope.
 */
@Service
@Transactional(readOnly = true)
public class SalesPlanManagement {

    static final String RECORD_TYPE = "sales-plan";
    static final int PAGE_SIZE = 20;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999");

    private final SalesPlans plans;
    private final PlanCells cells;
    private final OrgSnapshot snapshot;
    private final NodeNames names;
    private final OrgDirectory org;
    private final CurrentUsers currentUsers;
    private final PerformanceQueries performance;
    private final Approvals approvals;
    private final AuditTrail audit;
    private final Clock clock;

    SalesPlanManagement(SalesPlans plans, PlanCells cells, OrgSnapshot snapshot, NodeNames names, OrgDirectory org,
            CurrentUsers currentUsers, PerformanceQueries performance, Approvals approvals, AuditTrail audit, Clock clock) {
        this.plans = plans;
        this.cells = cells;
        this.snapshot = snapshot;
        this.names = names;
        this.org = org;
        this.currentUsers = currentUsers;
        this.performance = performance;
        this.approvals = approvals;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('targets:view')")
    public Page<PlanSummary> list(Integer year, int page) {
        RecordScope s = currentUsers.scope();
        return plans.list(s.allStores(), s.storeIdsForQuery(), year, PageRequest.of(Math.max(page, 0), PAGE_SIZE))
                .map(this::summary);
    }

    @PreAuthorize("hasAuthority('targets:view')")
    public PlanView get(Long id) {
        return view(visible(id));
    }

    /** The stores the reader may make a plan for (those of his scope). */
    @PreAuthorize("hasAuthority('targets:edit')")
    public List<UnitView> storesForPlans() {
        RecordScope s = currentUsers.scope();
        return org.stores().stream().filter(u -> s.allStores() || s.storeIds().contains(u.id())).toList();
    }

    @Transactional
    @PreAuthorize("hasAuthority('targets:edit')")
    public PlanView create(Long storeId, Integer year) {
        RecordScope s = currentUsers.scope();
        requireStoreLevel(s);
        if (year == null || year < 2000 || year > 2100) {
            throw new DomainException("targets.year-invalid");
        }
        Long store = storeId != null ? storeId : currentUsers.requireStore();
        if (!(s.allStores() || s.storeIds().contains(store))
                || org.unit(store).filter(u -> u.kind() == UnitKind.STORE).isEmpty()) {
            throw new RecordNotFoundException("store", store);
        }
        if (!plans.findByStoreIdAndPlanYearOrderByVersionNoDesc(store, year).isEmpty()) {
            throw new DomainException("targets.plan-exists", names.store(store), String.valueOf(year));
        }
        SalesPlan plan = plans.save(new SalesPlan(store, year, 1, null, me().username(), clock.instant()));
        cells.saveTree(plan.id(), snapshot.of(store));
        audit.record(AuditRecord.of(RECORD_TYPE, plan.id(), "CREATE", null, FieldChange.of("store", null, store),
                FieldChange.of("year", null, year), FieldChange.of("status", null, PlanStatus.DRAFT)));
        return saved(plan);
    }

    /** Sets the store's year figure of a metric and spreads it over the months. */
    @Transactional
    @PreAuthorize("hasAuthority('targets:edit')")
    public PlanView splitYear(Long id, Long expectedVersion, PerformanceMetric metric, BigDecimal annual, SplitMode mode) {
        SalesPlan plan = visible(id);
        plan.change(expectedVersion, clock.instant());
        requireStoreLevel(currentUsers.scope());
        PlanMetrics.require(metric);
        checkAmount(metric, annual);
        TargetGrid grid = cells.grid(id);
        PlanNode root = grid.root();
        List<BigDecimal> before = grid.months(root.id(), metric);
        List<BigDecimal> months = mode == SplitMode.SEASONAL
                ? Splitting.byWeights(annual, lastYear(plan, metric), PlanMetrics.scaleOf(metric))
                : Splitting.evenly(annual, 12, PlanMetrics.scaleOf(metric));
        cells.saveMonths(id, root.id(), metric, months);
        audit.record(AuditRecord.of(RECORD_TYPE, id, "SPLIT_YEAR", metric + " " + (mode == null ? SplitMode.EVEN : mode),
                FieldChange.of(metric.name(), before, months)));
        return saved(plan);
    }

    /** Sets a node's twelve months of a metric by hand (blank months count as zero). */
    @Transactional
    @PreAuthorize("hasAuthority('targets:edit')")
    public PlanView setMonths(Long id, Long expectedVersion, Long nodeId, PerformanceMetric metric, List<BigDecimal> months) {
        SalesPlan plan = visible(id);
        plan.change(expectedVersion, clock.instant());
        PlanMetrics.require(metric);
        if (months == null || months.size() != 12) {
            throw new DomainException("targets.twelve-months");
        }
        List<BigDecimal> values = months.stream().map(m -> m == null ? BigDecimal.ZERO : m).toList();
        values.forEach(v -> checkAmount(metric, v));
        TargetGrid grid = cells.grid(id);
        PlanNode node = changeableNode(grid, nodeId);
        List<BigDecimal> before = grid.months(nodeId, metric);
        cells.saveMonths(id, nodeId, metric, values);
        audit.record(AuditRecord.of(RECORD_TYPE, id, "SET_MONTHS", names.of(node) + " " + metric,
                FieldChange.of(metric.name(), before, values)));
        return saved(plan);
    }

    /** The helper "split evenly among the children" for one metric, or all five when {@code metric} is null. */
    @Transactional
    @PreAuthorize("hasAuthority('targets:edit')")
    public PlanView splitAmongChildren(Long id, Long expectedVersion, Long nodeId, PerformanceMetric metric) {
        SalesPlan plan = visible(id);
        plan.change(expectedVersion, clock.instant());
        TargetGrid grid = cells.grid(id);
        PlanNode node = grid.node(nodeId).filter(n -> Readers.sees(currentUsers.scope(), grid, n))
                .orElseThrow(() -> new RecordNotFoundException("sales-plan-node", nodeId));
        List<PerformanceMetric> metrics = metric == null ? PlanMetrics.ALL : List.of(PlanMetrics.require(metric));
        for (PerformanceMetric m : metrics) {
            grid.splitEvenlyAmongChildren(nodeId, m);
            for (PlanNode child : grid.childrenOf(nodeId)) {
                cells.saveMonths(id, child.id(), m, grid.months(child.id(), m));
            }
        }
        audit.record(AuditRecord.of(RECORD_TYPE, id, "SPLIT_CHILDREN", names.of(node) + " " + metrics));
        return saved(plan);
    }

    /** Refused while any node's children do not add up to it in any metric and month. */
    @Transactional
    @PreAuthorize("hasAuthority('targets:edit')")
    public PlanView submit(Long id, Long expectedVersion) {
        SalesPlan plan = visible(id);
        plan.change(expectedVersion, clock.instant());
        TargetGrid grid = cells.grid(id);
        if (PlanMetrics.ALL.stream().allMatch(m -> Line.of(grid.months(grid.root().id(), m)).zero())) {
            throw new DomainException("targets.empty");
        }
        grid.firstImbalance(PlanMetrics.ALL).ifPresent(gap -> {
            throw new DomainException(gap.difference().signum() > 0 ? "targets.unallocated" : "targets.over-allocated",
                    names.of(gap.node()), String.valueOf(gap.month()),
                    new DefaultMessageSourceResolvable(gap.metric().messageKey()), gap.difference().abs().toPlainString());
        });
        plan.submitted(clock.instant());
        String store = names.store(plan.storeId());
        try {
            approvals.request(ApprovalRequest.of("targets", RECORD_TYPE, id, TargetPolicies.PLAN_POLICY)
                    .titled("targets.approval.title", store, String.valueOf(plan.planYear()), String.valueOf(plan.versionNo()))
                    .linkedTo("/sales-plans/" + id));
        } catch (DomainException e) {
            // the usual case: the GM submitting himself, who cannot approve his own request
            throw "error.approval.no-approver".equals(e.messageKey()) ? new DomainException("targets.no-approver", store) : e;
        }
        audit.record(AuditRecord.of(RECORD_TYPE, id, "SUBMIT", null,
                FieldChange.of("status", PlanStatus.DRAFT, PlanStatus.SUBMITTED)));
        return saved(plan);
    }

    /** The general manager approves or returns (with a comment) the submitted plan; the approvals module decides. */
    @Transactional
    @PreAuthorize("hasAuthority('targets:approve')")
    public PlanView decide(Long id, Decision decision, String comment) {
        SalesPlan plan = visible(id);
        if (decision == null) {
            throw new DomainException("malformed-request");
        }
        if (plan.status() != PlanStatus.SUBMITTED) {
            throw new DomainException("targets.not-submitted");
        }
        try {
            approvals.decidePending(RECORD_TYPE, id, decision, comment);
        } catch (AccessDeniedException e) {
            throw new DomainException("targets.not-approver");
        }
        return saved(plan);
    }

    /** A new draft version copied from the approved one, on today's organisation; the approved one stays in force. */
    @Transactional
    @PreAuthorize("hasAuthority('targets:edit')")
    public PlanView revise(Long id, Long expectedVersion) {
        SalesPlan plan = visible(id);
        plan.checkVersion(expectedVersion);
        requireStoreLevel(currentUsers.scope());
        if (plan.status() != PlanStatus.APPROVED) {
            throw new DomainException("targets.revise-approved-only");
        }
        List<SalesPlan> versions = plans.findByStoreIdAndPlanYearOrderByVersionNoDesc(plan.storeId(), plan.planYear());
        versions.stream().filter(v -> v.status() == PlanStatus.DRAFT || v.status() == PlanStatus.SUBMITTED).findFirst()
                .ifPresent(open -> {
                    throw new DomainException("targets.revision-open", String.valueOf(open.versionNo()));
                });
        int next = versions.get(0).versionNo() + 1;
        SalesPlan revision = plans.save(new SalesPlan(plan.storeId(), plan.planYear(), next, plan.id(), me().username(),
                clock.instant()));
        cells.saveTree(revision.id(), snapshot.of(plan.storeId()));
        cells.copyTargets(plan.id(), revision.id());
        audit.record(AuditRecord.of(RECORD_TYPE, revision.id(), "REVISE", null,
                FieldChange.of("from", null, "v" + plan.versionNo()), FieldChange.of("version", null, "v" + next),
                FieldChange.of("status", null, PlanStatus.DRAFT)));
        return saved(revision);
    }

    // decisions of the approvals module (no user signed in: listeners)

    @Transactional
    void approved(Long id) {
        plans.findById(id).filter(p -> p.status() == PlanStatus.SUBMITTED).ifPresent(plan -> {
            for (SalesPlan other : plans.findByStoreIdAndPlanYearOrderByVersionNoDesc(plan.storeId(), plan.planYear())) {
                if (other.status() == PlanStatus.APPROVED) {
                    other.superseded(clock.instant());
                    audit.record(AuditRecord.of(RECORD_TYPE, other.id(), "SUPERSEDE", "v" + plan.versionNo(),
                            FieldChange.of("status", PlanStatus.APPROVED, PlanStatus.SUPERSEDED)));
                }
            }
            plan.approved(clock.instant());
            audit.record(AuditRecord.of(RECORD_TYPE, id, "APPROVE", null,
                    FieldChange.of("status", PlanStatus.SUBMITTED, PlanStatus.APPROVED)));
        });
    }

    @Transactional
    void returned(Long id, String comment) {
        plans.findById(id).filter(p -> p.status() == PlanStatus.SUBMITTED).ifPresent(plan -> {
            plan.returned(comment, clock.instant());
            audit.record(AuditRecord.of(RECORD_TYPE, id, "RETURN", comment,
                    FieldChange.of("status", PlanStatus.SUBMITTED, PlanStatus.DRAFT)));
        });
    }

    SalesPlan visible(Long id) {
        RecordScope s = currentUsers.scope();
        return plans.findVisible(id, s.allStores(), s.storeIdsForQuery())
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    PlanSummary summary(SalesPlan p) {
        return new PlanSummary(p.id(), p.storeId(), names.store(p.storeId()), p.planYear(), p.versionNo(), p.status(),
                p.updatedAt(), p.version());
    }

    /** The view after a change, with the new version number (written now, not at commit). */
    private PlanView saved(SalesPlan plan) {
        plans.flush();
        return view(plan);
    }

    private PlanView view(SalesPlan plan) {
        RecordScope s = currentUsers.scope();
        CurrentUser me = me();
        TargetGrid grid = cells.grid(plan.id());
        boolean draft = plan.status() == PlanStatus.DRAFT;
        boolean editor = me.can("targets:edit");
        Map<Long, String> nodeNames = names.of(grid.nodes());
        List<NodeRow> rows = new ArrayList<>();
        for (PlanNode node : grid.nodes()) {
            if (!Readers.sees(s, grid, node)) {
                continue;
            }
            Map<PerformanceMetric, Line> targets = new EnumMap<>(PerformanceMetric.class);
            Map<PerformanceMetric, Line> open = new EnumMap<>(PerformanceMetric.class);
            for (PerformanceMetric m : PlanMetrics.ALL) {
                targets.put(m, Line.of(grid.months(node.id(), m)));
                if (grid.hasChildren(node.id())) {
                    open.put(m, Line.of(grid.unallocated(node.id(), m)));
                }
            }
            rows.add(new NodeRow(node.id(), node.parentId(), node.kind(), node.refId(), nodeNames.get(node.id()),
                    node.depth(), grid.hasChildren(node.id()), draft && editor && Readers.mayChange(s, grid, node),
                    targets, open));
        }
        boolean revisable = plan.status() == PlanStatus.APPROVED && editor && s.allOwners()
                && plans.findByStoreIdAndPlanYearOrderByVersionNoDesc(plan.storeId(), plan.planYear()).stream()
                        .noneMatch(v -> v.status() == PlanStatus.DRAFT || v.status() == PlanStatus.SUBMITTED);
        return new PlanView(plan.id(), plan.storeId(), names.store(plan.storeId()), plan.planYear(), plan.versionNo(),
                plan.status(), plan.returnComment(), plan.version(), draft && editor, editor && s.allOwners(),
                revisable, plan.status() == PlanStatus.SUBMITTED && me.can("targets:approve"), PlanMetrics.ALL, rows);
    }

    private PlanNode changeableNode(TargetGrid grid, Long nodeId) {
        RecordScope s = currentUsers.scope();
        PlanNode node = grid.node(nodeId).filter(n -> Readers.sees(s, grid, n)
                        || grid.node(n.parentId()).map(p -> Readers.sees(s, grid, p)).orElse(false))
                .orElseThrow(() -> new RecordNotFoundException("sales-plan-node", nodeId));
        if (!Readers.mayChange(s, grid, node)) {
            throw new DomainException("targets.node-not-yours", names.of(node));
        }
        return node;
    }

    /** Last year's actual per month for the store: the weights of a seasonal split. */
    private List<BigDecimal> lastYear(SalesPlan plan, PerformanceMetric metric) {
        List<BigDecimal> weights = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(plan.planYear() - 1, m);
            weights.add(Attainment.valueOf(metric, performance.ofStores(List.of(plan.storeId()), month.atDay(1),
                    month.atEndOfMonth()).get(metric)));
        }
        return weights;
    }

    private static void checkAmount(PerformanceMetric metric, BigDecimal amount) {
        if (amount == null) {
            throw new DomainException("targets.amount-required");
        }
        if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0) {
            throw new DomainException("targets.amount-range", amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > PlanMetrics.scaleOf(metric)) {
            throw new DomainException(PlanMetrics.isMoney(metric) ? "targets.amount-cents" : "targets.amount-whole",
                    amount.toPlainString());
        }
    }

    private static void requireStoreLevel(RecordScope scope) {
        if (!scope.allOwners()) {
            throw new DomainException("targets.store-level-only");
        }
    }

    private CurrentUser me() {
        return currentUsers.current();
    }

    static int defaultMonth(int planYear, Clock clock) {
        int thisYear = Year.now(clock).getValue();
        return planYear == thisYear ? YearMonth.now(clock).getMonthValue() : planYear < thisYear ? 12 : 1;
    }
}
