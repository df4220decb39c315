package com.autosales.customers;

import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.Money;
import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 信用 — a customer's credit rating, limit and payment terms (managers set them, audited as {@code CREDIT}) and
 * the exposure (open receivables) that payments report. Sales asks {@link #check} before an order.
 */
@Service
@Transactional(readOnly = true)
public class CustomerCredit {

    static final String AUDIT_ACTION = "CREDIT";

    private final CreditAccounts accounts;
    private final Customers customers;
    private final CurrentUsers currentUsers;
    private final AuditTrail audit;
    private final Clock clock;

    CustomerCredit(CreditAccounts accounts, Customers customers, CurrentUsers currentUsers, AuditTrail audit,
            Clock clock) {
        this.accounts = accounts;
        this.customers = customers;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.clock = clock;
    }

    /** The card's credit section, for anyone who may open the card. */
    @PreAuthorize("hasAuthority('customers:view')")
    public CreditView view(Long customerId) {
        requireVisible(customerId);
        return CreditView.of(customerId, accounts.findById(customerId).orElse(null));
    }

    /** A manager sets rating, limit and terms, if nobody changed them since the form was opened. */
    @Transactional
    @PreAuthorize("hasAuthority('customers:approve')")
    public void save(Long customerId, long expectedVersion, CreditForm form) {
        requireVisible(customerId);
        CreditAccount account = accounts.findById(customerId).orElse(null);
        if (CreditAccount.versionOf(account) != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        try {
            apply(customerId, account, form);
        } catch (DataIntegrityViolationException e) {
            throw new ConcurrentChangeException();
        }
    }

    /** Sets credit without a signed-in user (demo data, imports); still audited. */
    @Transactional
    public void recordFor(Long customerId, CreditForm form) {
        apply(customerId, accounts.findById(customerId).orElse(null), form);
    }

    private void apply(Long customerId, CreditAccount existing, CreditForm form) {
        if (form.creditLimit() != null && form.creditLimit().signum() < 0) {
            throw new DomainException("customer.credit-limit-negative");
        }
        CreditAccount account = existing == null ? new CreditAccount(customerId, clock.instant()) : existing;
        List<FieldChange> changes = account.update(form, clock.instant());
        if (changes.isEmpty()) {
            return;
        }
        accounts.saveAndFlush(account);
        audit.record(new AuditRecord("customer", String.valueOf(customerId), AUDIT_ACTION, null, changes));
    }

    /**
     * Payments report a customer's open receivables (the whole amount, not a change). Not an edit of the credit
     * terms: it never makes a manager's open form stale.
     */
    @Transactional
    public void recordExposure(Long customerId, Money openReceivables) {
        if (openReceivables == null || openReceivables.isNegative()) {
            throw new DomainException("customer.credit-exposure-negative");
        }
        if (!customers.existsById(customerId)) {
            throw new RecordNotFoundException("customer", customerId);
        }
        if (accounts.recordExposure(customerId, openReceivables, clock.instant()) == 0) {
            try {
                CreditAccount account = new CreditAccount(customerId, clock.instant());
                accounts.saveAndFlush(account);
            } catch (DataIntegrityViolationException e) {
                // someone made the row at the same moment; the update below lands on it
            }
            accounts.recordExposure(customerId, openReceivables, clock.instant());
        }
    }

    /** Would an order of this amount take the customer over the credit limit, by how much, and what is left. */
    public CreditCheck check(Long customerId, Money orderAmount) {
        if (!customers.existsById(customerId)) {
            throw new RecordNotFoundException("customer", customerId);
        }
        CreditAccount account = accounts.findById(customerId).orElse(null);
        return CreditCheck.of(customerId, account == null ? null : account.creditLimit(),
                account == null ? Money.ZERO : account.exposure(), orderAmount);
    }

    /** Customers per credit rating and over their limit, within the reader's data scope (list filter counts). */
    @PreAuthorize("hasAuthority('customers:view')")
    public CreditCounts counts() {
        RecordScope scope = currentUsers.scope();
        Map<CreditRating, Long> byRating = new EnumMap<>(CreditRating.class);
        for (CreditRating rating : CreditRating.values()) {
            byRating.put(rating, 0L);
        }
        for (Object[] row : accounts.countByRating(scope.allStores(), scope.storeIdsForQuery(), scope.allOwners(),
                scope.ownerIdsForQuery())) {
            byRating.put((CreditRating) row[0], ((Number) row[1]).longValue());
        }
        long over = accounts.countOverLimit(scope.allStores(), scope.storeIdsForQuery(), scope.allOwners(),
                scope.ownerIdsForQuery());
        return new CreditCounts(byRating, over);
    }

    /** The values the list's credit filters offer. */
    public CreditRating[] ratings() {
        return CreditRating.values();
    }

    private void requireVisible(Long customerId) {
        RecordScope scope = currentUsers.scope();
        customers.findVisible(customerId, scope.allStores(), scope.storeIdsForQuery(), scope.allOwners(),
                scope.ownerIdsForQuery()).orElseThrow(() -> new RecordNotFoundException("customer", customerId));
    }
}
