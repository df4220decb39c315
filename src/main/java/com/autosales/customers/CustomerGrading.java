package com.autosales.customers;

import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.org.UnitView;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.Money;
import com.autosales.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 客户分级 — grade A/B/C by the store's rules on the last 12 months' revenue and margin, or a manager's override
 * with a reason that wins until cleared. {@code customer.grade} always holds the effective grade; every change of
 * it is audited as {@code GRADE}.
 */
@Service
@Transactional(readOnly = true)
public class CustomerGrading {

    static final String AUDIT_ACTION = "GRADE";

    private final GradeRecords records;
    private final GradeRuleSets ruleSets;
    private final SaleLines sales;
    private final Customers customers;
    private final CurrentUsers currentUsers;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    CustomerGrading(GradeRecords records, GradeRuleSets ruleSets, SaleLines sales, Customers customers,
            CurrentUsers currentUsers, AuditTrail audit, TransactionTemplate tx, Clock clock) {
        this.records = records;
        this.ruleSets = ruleSets;
        this.sales = sales;
        this.customers = customers;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** The card's grade and how it was reached. */
    @PreAuthorize("hasAuthority('customers:view')")
    public GradeView view(Long customerId) {
        Customer customer = visible(customerId);
        GradeRecord record = records.findById(customerId).orElse(null);
        GradeRules rules = rulesOf(customer.storeId());
        Grade grade = customer.details().grade();
        if (record == null) {
            return new GradeView(customerId, grade, GradeView.Source.FORM, null, Money.ZERO, Money.ZERO,
                    BigDecimal.ZERO.setScale(2), null, null, null, null, null, null, rules, -1);
        }
        // a grade changed on the customer form since is shown as such (the rules decide again at the next recompute)
        GradeView.Source source = record.effective() != grade ? GradeView.Source.FORM
                : record.overrideGrade() != null ? GradeView.Source.MANUAL
                : record.ruleGrade() != null ? GradeView.Source.RULE : GradeView.Source.FORM;
        return new GradeView(customerId, grade, source, record.ruleGrade(), record.revenue(), record.margin(),
                GradeRules.marginPercent(record.revenue(), record.margin()), record.windowFrom(), record.windowTo(),
                record.computedAt(), record.overrideByName(), record.overrideReason(), record.overrideAt(), rules,
                GradeRecord.versionOf(record));
    }

    /** A manager sets the grade by hand, with a reason; it wins over the rules until cleared. */
    @Transactional
    @PreAuthorize("hasAuthority('customers:approve')")
    public void override(Long customerId, long expectedVersion, Grade grade, String reason) {
        Customer customer = visible(customerId);
        GradeRecord record = records.findById(customerId).orElse(null);
        if (GradeRecord.versionOf(record) != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        if (grade == null) {
            throw new DomainException("customer.credit-grade-required");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 200) {
            throw new DomainException("customer.credit-grade-reason-required");
        }
        CurrentUser user = currentUsers.current();
        GradeRecord graded = record == null ? new GradeRecord(customerId) : record;
        Grade previousOverride = graded.overrideGrade();
        graded.override(grade, why, user.username(), user.displayName(), clock.instant());
        saveGrade(customer, graded, why, FieldChange.of("credit.gradeOverride", previousOverride, grade));
    }

    /** A manager lifts the override: the store's rules decide again, from now. */
    @Transactional
    @PreAuthorize("hasAuthority('customers:approve')")
    public void clearOverride(Long customerId, long expectedVersion) {
        Customer customer = visible(customerId);
        GradeRecord record = records.findById(customerId).orElse(null);
        if (GradeRecord.versionOf(record) != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        if (record == null || record.overrideGrade() == null) {
            throw new DomainException("customer.credit-grade-no-override");
        }
        Grade previousOverride = record.overrideGrade();
        record.clearOverride();
        rule(customer, record);
        saveGrade(customer, record, null, FieldChange.of("credit.gradeOverride", previousOverride, null));
    }

    /** Sales reported a sale: keep it and grade the customer again. */
    @Transactional
    void recordSale(Long customerId, LocalDate date, Money revenue, Money margin) {
        if (date == null || revenue == null || margin == null) {
            throw new DomainException("customer.credit-sale-incomplete");
        }
        Customer customer = customers.findById(customerId)
                .orElseThrow(() -> new RecordNotFoundException("customer", customerId));
        sales.save(new SaleLine(customerId, date, revenue, margin, clock.instant()));
        regrade(customer);
    }

    /** Grades one customer again by the rules on the last 12 months (the nightly job, after a rule change). */
    @Transactional
    void recompute(Long customerId) {
        customers.findById(customerId).ifPresent(this::regrade);
    }

    /** Everybody graded by rules, again, as the 12-month window moves; one transaction per customer. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    int recomputeAll() {
        List<Long> ids = records.gradedCustomerIds();
        ids.forEach(id -> tx.executeWithoutResult(status -> recompute(id)));
        return ids.size();
    }

    private void regrade(Customer customer) {
        GradeRecord record = records.findById(customer.id()).orElseGet(() -> new GradeRecord(customer.id()));
        rule(customer, record);
        try {
            saveGrade(customer, record, null);
        } catch (DataIntegrityViolationException e) {
            throw new ConcurrentChangeException();
        }
    }

    private void rule(Customer customer, GradeRecord record) {
        LocalDate to = LocalDate.now(clock);
        LocalDate from = to.minusMonths(12).plusDays(1);
        Object[] totals = sales.totals(customer.id(), from, to).get(0);
        Money revenue = Money.of(new BigDecimal(totals[0].toString()));
        Money margin = Money.of(new BigDecimal(totals[1].toString()));
        record.ruled(rulesOf(customer.storeId()).gradeFor(revenue, margin), revenue, margin, from, to, clock.instant());
    }

    /** Saves how the grade was reached and moves the customer's grade to the effective one, audited if it changed. */
    private void saveGrade(Customer customer, GradeRecord record, String reason, FieldChange... extra) {
        Grade before = customer.details().grade();
        Grade after = record.effective();
        records.saveAndFlush(record);
        List<FieldChange> changes = new java.util.ArrayList<>();
        changes.add(FieldChange.of("grade", before, after));
        changes.addAll(List.of(extra));
        AuditRecord entry = new AuditRecord("customer", String.valueOf(customer.id()), AUDIT_ACTION, reason, changes);
        if (after != null && after != before) {
            records.setEffectiveGrade(customer.id(), after);
        }
        if (!entry.changes().isEmpty()) {
            audit.record(entry);
        }
    }

    // ---- the store's rules ----

    /** The stores whose rules this user may set, and the one to show first. */
    @PreAuthorize("hasAuthority('customers:admin')")
    public List<UnitView> ruleStores() {
        return currentUsers.selectableStores();
    }

    @PreAuthorize("hasAuthority('customers:admin')")
    public Long defaultRuleStore() {
        return currentUsers.currentStoreId().orElseGet(() -> ruleStores().stream().findFirst().map(UnitView::id)
                .orElseThrow(() -> new DomainException("access.store-required")));
    }

    @PreAuthorize("hasAuthority('customers:admin')")
    public GradeRules rules(Long storeId) {
        requireRuleStore(storeId);
        return rulesOf(storeId);
    }

    @PreAuthorize("hasAuthority('customers:admin')")
    public long rulesVersion(Long storeId) {
        requireRuleStore(storeId);
        return GradeRuleSet.versionOf(ruleSets.findById(storeId).orElse(null));
    }

    /** Admin or general manager sets the store's thresholds; the store's rule-graded customers are graded again. */
    @Transactional
    @PreAuthorize("hasAuthority('customers:admin')")
    public void saveRules(Long storeId, long expectedVersion, GradeRules rules) {
        requireRuleStore(storeId);
        if (!rules.consistent()) {
            throw new DomainException("customer.credit-grade-rules-inconsistent");
        }
        GradeRuleSet set = ruleSets.findById(storeId).orElse(null);
        if (GradeRuleSet.versionOf(set) != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        GradeRules before = set == null ? GradeRules.DEFAULT : set.rules();
        GradeRuleSet saved = set == null ? new GradeRuleSet(storeId) : set;
        saved.replace(rules, clock.instant());
        try {
            ruleSets.saveAndFlush(saved);
        } catch (DataIntegrityViolationException e) {
            throw new ConcurrentChangeException();
        }
        audit.record(AuditRecord.of("customer-grade-rules", storeId, "UPDATE", null,
                FieldChange.of("revenueA", before.revenueA().toPlainString(), rules.revenueA().setScale(2).toPlainString()),
                FieldChange.of("marginA", before.marginA().toPlainString(), rules.marginA().setScale(2).toPlainString()),
                FieldChange.of("revenueB", before.revenueB().toPlainString(), rules.revenueB().setScale(2).toPlainString()),
                FieldChange.of("marginB", before.marginB().toPlainString(), rules.marginB().setScale(2).toPlainString())));
        for (Long id : records.gradedCustomerIdsOfStore(storeId)) {
            customers.findById(id).ifPresent(this::regrade);
        }
    }

    private GradeRules rulesOf(Long storeId) {
        return storeId == null ? GradeRules.DEFAULT
                : ruleSets.findById(storeId).map(GradeRuleSet::rules).orElse(GradeRules.DEFAULT);
    }

    private void requireRuleStore(Long storeId) {
        if (storeId == null || ruleStores().stream().noneMatch(s -> s.id().equals(storeId))) {
            throw new RecordNotFoundException("store", storeId);
        }
    }

    private Customer visible(Long id) {
        RecordScope scope = currentUsers.scope();
        return customers.findVisible(id, scope.allStores(), scope.storeIdsForQuery(), scope.allOwners(),
                scope.ownerIdsForQuery()).orElseThrow(() -> new RecordNotFoundException("customer", id));
    }
}
