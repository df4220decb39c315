package com.autosales.customers;

import com.autosales.access.AccessLog;
import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.access.Permissions;
import com.autosales.access.RecordScope;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.DuplicateRecordException;
import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customer cards: find (always within the caller's data scope), register, edit. */
@Service
@Transactional(readOnly = true)
public class CustomerManagement {

    static final int PAGE_SIZE = 20;

    private final Customers customers;
    private final CurrentUsers currentUsers;
    private final OrgDirectory org;
    private final AuditTrail audit;
    private final AccessLog accessLog;
    private final Clock clock;

    CustomerManagement(Customers customers, CurrentUsers currentUsers, OrgDirectory org, AuditTrail audit,
            AccessLog accessLog, Clock clock) {
        this.customers = customers;
        this.currentUsers = currentUsers;
        this.org = org;
        this.audit = audit;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('customers:view')")
    public Page<CustomerSummary> search(String text, int page) {
        return matching(text, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
    }

    /** The one search the list, the API and the export share: data scope, name, pinyin, phone. */
    private Page<CustomerSummary> matching(String text, PageRequest page) {
        RecordScope scope = currentUsers.scope();
        SearchTerms terms = SearchTerms.of(text);
        Page<Customer> found = customers.search(scope.allStores(), scope.storeIdsForQuery(), scope.allOwners(),
                scope.ownerIdsForQuery(), terms.name(), terms.pinyin(), terms.digits(), page);
        Map<Long, EmployeeView> owners = org.employees(found.map(Customer::ownerEmployeeId).filter(id -> id != null).toList());
        return found.map(c -> summary(c, owners));
    }

    /** The full card; every open is written to the access log. */
    @PreAuthorize("hasAuthority('customers:view')")
    public CustomerSummary get(Long id) {
        Customer customer = visible(id);
        accessLog.recordView("customer", id);
        return summary(customer, org.employees(customer.ownerEmployeeId() == null ? List.of() : List.of(customer.ownerEmployeeId())));
    }

    /** Whether the current user may open this card (without opening it, so nothing is logged). */
    @PreAuthorize("hasAuthority('customers:view')")
    public boolean isVisible(Long id) {
        RecordScope scope = currentUsers.scope();
        return customers.findVisible(id, scope.allStores(), scope.storeIdsForQuery(), scope.allOwners(),
                scope.ownerIdsForQuery()).isPresent();
    }

    @PreAuthorize("hasAuthority('customers:view')")
    public long countVisible() {
        RecordScope scope = currentUsers.scope();
        return customers.countVisible(scope.allStores(), scope.storeIdsForQuery(), scope.allOwners(),
                scope.ownerIdsForQuery());
    }

    /** The current user registers a customer of their store, owned by themselves. */
    @Transactional
    @PreAuthorize("hasAuthority('customers:create')")
    public Long register(CustomerDetails details) {
        CurrentUser user = currentUsers.current();
        if (details.phoneIsMasked()) {
            throw new DomainException("customer.phone-masked");
        }
        return registerFor(currentUsers.requireStore(), user.employeeId(), details);
    }

    /** Registers a customer for a given store and owner (imports, demo data). */
    @Transactional
    public Long registerFor(Long storeId, Long ownerEmployeeId, CustomerDetails details) {
        refuseDuplicatePhone(storeId, details.phone(), null);
        Customer saved = customers.save(new Customer(storeId, ownerEmployeeId, details, clock.instant()));
        audit.record(AuditRecord.of("customer", saved.id(), "CREATE", details.name(),
                FieldChange.of("name", null, details.name()), FieldChange.of("phone", null, details.phone()),
                FieldChange.of("ownerEmployeeId", null, ownerEmployeeId)));
        return saved.id();
    }

    @Transactional
    @PreAuthorize("hasAuthority('customers:edit')")
    public void update(Long id, long expectedVersion, CustomerDetails details) {
        Customer customer = visible(id);
        if (customer.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        CustomerDetails applied = details.phoneIsMasked() ? details.withPhone(customer.details().phone()) : details;
        refuseDuplicatePhone(customer.storeId(), applied.phone(), customer.id());
        List<FieldChange> changes = customer.update(applied, clock.instant());
        if (!changes.isEmpty()) {
            audit.record(new AuditRecord("customer", String.valueOf(id), "UPDATE", null, changes));
        }
    }

    /** 查重 — one card per phone number in a store, whoever owns it; the message says whose card it is. */
    private void refuseDuplicatePhone(Long storeId, String phone, Long self) {
        String normalised = PhoneNumbers.normalise(phone);
        if (normalised == null) {
            return;
        }
        customers.findByStoreIdAndPhoneNormalized(storeId, normalised).stream()
                .filter(existing -> !existing.id().equals(self))
                .findFirst()
                .ifPresent(existing -> {
                    String owner = org.employee(existing.ownerEmployeeId()).map(EmployeeView::name).orElse("—");
                    throw new DuplicateRecordException("customer.duplicate-phone", existing.details().name(), owner,
                            String.valueOf(existing.id()));
                });
    }

    /**
     * Every customer the list shows for this filter (same data scope, filter and phone masking as
     * {@link #search}), handed over batch by batch so an export never holds all rows at once.
     */
    @PreAuthorize("hasAuthority('customers:export')")
    public void forEachMatch(String text, int batchSize, Consumer<List<CustomerSummary>> batch) {
        Page<CustomerSummary> found;
        int page = 0;
        do {
            found = matching(text, PageRequest.of(page++, batchSize));
            batch.accept(found.getContent());
        } while (found.hasNext());
    }

    private Customer visible(Long id) {
        RecordScope scope = currentUsers.scope();
        return customers.findVisible(id, scope.allStores(), scope.storeIdsForQuery(), scope.allOwners(),
                scope.ownerIdsForQuery()).orElseThrow(() -> new RecordNotFoundException("customer", id));
    }

    private CustomerSummary summary(Customer c, Map<Long, EmployeeView> owners) {
        CustomerDetails d = c.details();
        EmployeeView owner = c.ownerEmployeeId() == null ? null : owners.get(c.ownerEmployeeId());
        return new CustomerSummary(c.id(), c.storeId(), c.ownerEmployeeId(), owner == null ? null : owner.name(),
                d.kind(), d.name(), phoneFor(c), d.lifecycle(), d.grade(), c.createdAt(), c.version());
    }

    /** Owners and those allowed to see sensitive data see the number; everyone else a masked one. */
    private String phoneFor(Customer c) {
        String phone = c.details().phone();
        CurrentUser user = currentUsers.find().orElse(null);
        boolean mayRead = user != null && (user.can(Permissions.CUSTOMERS_SENSITIVE)
                || (user.employeeId() != null && user.employeeId().equals(c.ownerEmployeeId())));
        return mayRead ? phone : PhoneMask.mask(phone);
    }
}
