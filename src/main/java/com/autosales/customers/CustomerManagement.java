package com.autosales.customers;

import com.autosales.access.AccessLog;
import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.access.Permissions;
import com.autosales.access.RecordScope;
import com.autosales.access.UserDirectory;
import com.autosales.audit.AuditEntryView;
import com.autosales.audit.AuditHistory;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import com.autosales.notifications.Notice;
import com.autosales.notifications.Notifications;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.DuplicateRecordException;
import com.autosales.shared.RecordNotFoundException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import com.autosales.shared.web.CappedPage;
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
    private final AuditHistory auditHistory;
    private final UserDirectory userDirectory;
    private final Notifications notifications;
    private final Clock clock;
    private final CustomerListQuery listQuery;
    private static final long CACHE_COUNTS_FROM = 100_000;
    private final Cache<RecordScope, ProfileCounts> largeScopeCounts = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(2)).maximumSize(1_000).build();
    private final Cache<RecordScope, Long> largeScopeTotals = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(2)).maximumSize(1_000).build();

    CustomerManagement(Customers customers, CurrentUsers currentUsers, OrgDirectory org, AuditTrail audit,
            AccessLog accessLog, AuditHistory auditHistory, UserDirectory userDirectory, Notifications notifications,
            Clock clock, CustomerListQuery listQuery) {
        this.customers = customers;
        this.currentUsers = currentUsers;
        this.org = org;
        this.audit = audit;
        this.accessLog = accessLog;
        this.auditHistory = auditHistory;
        this.userDirectory = userDirectory;
        this.notifications = notifications;
        this.clock = clock;
        this.listQuery = listQuery;
    }

    @PreAuthorize("hasAuthority('customers:view')")
    public Page<CustomerSummary> search(String text, int page) {
        return list(text, ProfileFilter.none(), page);
    }

    /**
     * The customer list: the one search the list, the API and the export share (data scope, name, pinyin,
     * initials, phone, classifications, order). The total is exact up to {@link CustomerListQuery#COUNT_CAP}.
     */
    @PreAuthorize("hasAuthority('customers:view')")
    public Page<CustomerSummary> list(String text, ProfileFilter filter, int page) {
        PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        RecordScope scope = currentUsers.scope();
        SearchTerms terms = SearchTerms.of(text);
        List<Long> ids = listQuery.ids(scope, terms, filter, request.getOffset(), PAGE_SIZE);
        boolean wholeListOnThisPage = request.getPageNumber() == 0 && ids.size() < PAGE_SIZE;
        long total = wholeListOnThisPage ? ids.size() : listQuery.count(scope, terms, filter);
        return new CappedPage<>(summariesOf(ids), request, total, CustomerListQuery.COUNT_CAP);
    }

    /**
     * Every customer the list shows for this search and filter (same data scope, order and phone masking as
     * {@link #list}), handed over batch by batch so an export never holds all cards at once.
     */
    @PreAuthorize("hasAuthority('customers:export')")
    public void forEachMatch(String text, ProfileFilter filter, int batchSize, Consumer<List<CustomerSummary>> batch) {
        List<Long> ids = listQuery.ids(currentUsers.scope(), SearchTerms.of(text), filter, 0, Integer.MAX_VALUE);
        for (int from = 0; from < ids.size(); from += batchSize) {
            batch.accept(summariesOf(ids.subList(from, Math.min(ids.size(), from + batchSize))));
        }
    }

    /**
     * Customers per classification value within the reader's data scope (the list's filter counts). Counting a
     * group's million cards takes a second, so counts of scopes that large are kept for two minutes; smaller
     * scopes are counted afresh every time.
     */
    @PreAuthorize("hasAuthority('customers:view')")
    public ProfileCounts counts() {
        RecordScope scope = currentUsers.scope();
        ProfileCounts cached = largeScopeCounts.getIfPresent(scope);
        if (cached != null) {
            return cached;
        }
        ProfileCounts counts = listQuery.counts(scope);
        if (counts.total() >= CACHE_COUNTS_FROM) {
            largeScopeCounts.put(scope, counts);
        }
        return counts;
    }

    /** Summaries of these cards in this order (owner names, phone masking). */
    private List<CustomerSummary> summariesOf(List<Long> ids) {
        Map<Long, Customer> byId = new HashMap<>();
        customers.findAllById(ids).forEach(c -> byId.put(c.id(), c));
        return summarise(ids.stream().map(byId::get).filter(Objects::nonNull).toList());
    }

    /** Summaries (owner names, phone masking) of cards another finder of this module found, in their order. */
    List<CustomerSummary> summarise(List<Customer> found) {
        Map<Long, EmployeeView> owners = org.employees(
                found.stream().map(Customer::ownerEmployeeId).filter(Objects::nonNull).distinct().toList());
        return found.stream().map(c -> summary(c, owners)).toList();
    }

    /** The full card; every open is written to the access log. */
    @PreAuthorize("hasAuthority('customers:view')")
    public CustomerSummary get(Long id) {
        Customer customer = visible(id);
        accessLog.recordView("customer", id);
        return summary(customer, org.employees(customer.ownerEmployeeId() == null ? List.of() : List.of(customer.ownerEmployeeId())));
    }

    /**
     * The card's summary for a form being submitted again (the card was opened, and logged, when the form
     * was shown); scoped like {@link #get} but not written to the access log a second time.
     */
    @PreAuthorize("hasAuthority('customers:view')")
    public CustomerSummary forResubmittedForm(Long id) {
        Customer customer = visible(id);
        return summary(customer, org.employees(customer.ownerEmployeeId() == null ? List.of() : List.of(customer.ownerEmployeeId())));
    }

    /** Whether the current user may open this card (without opening it, so nothing is logged). */
    @PreAuthorize("hasAuthority('customers:view')")
    public boolean isVisible(Long id) {
        RecordScope scope = currentUsers.scope();
        return customers.findVisible(id, scope.allStores(), scope.storeIdsForQuery(), scope.allOwners(),
                scope.ownerIdsForQuery()).isPresent();
    }

    /** How many cards the reader sees (the home page's card); like the filter counts, kept two minutes when large. */
    @PreAuthorize("hasAuthority('customers:view')")
    public long countVisible() {
        RecordScope scope = currentUsers.scope();
        Long cached = largeScopeTotals.getIfPresent(scope);
        if (cached != null) {
            return cached;
        }
        long total = customers.countVisible(scope.allStores(), scope.storeIdsForQuery(), scope.allOwners(),
                scope.ownerIdsForQuery());
        if (total >= CACHE_COUNTS_FROM) {
            largeScopeTotals.put(scope, total);
        }
        return total;
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

    /** Who may take over this customer: the current employees of its store, except its owner. */
    @PreAuthorize("hasAuthority('customers:approve')")
    public List<EmployeeView> ownerCandidates(Long id) {
        Customer customer = visible(id);
        return candidatesIn(customer.storeId()).stream()
                .filter(e -> !e.id().equals(customer.ownerEmployeeId()))
                .toList();
    }

    private List<EmployeeView> candidatesIn(Long storeId) {
        return org.currentEmployees().stream()
                .filter(e -> e.unitId() != null && org.storeOf(e.unitId()).map(storeId::equals).orElse(false))
                .toList();
    }

    /**
     * 转交 — a manager gives the customer to another consultant of its store, with a reason. Audited; the new
     * owner is notified; the previous one loses the card through their data scope.
     */
    @Transactional
    @PreAuthorize("hasAuthority('customers:approve')")
    public void reassign(Long id, long expectedVersion, Long newOwnerEmployeeId, String reason) {
        Customer customer = visible(id);
        if (customer.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty() || why.length() > 200) {
            throw new DomainException("customer.reassign-reason-required");
        }
        EmployeeView newOwner = candidatesIn(customer.storeId()).stream()
                .filter(e -> e.id().equals(newOwnerEmployeeId))
                .findFirst()
                .orElseThrow(() -> new DomainException("customer.owner-not-in-store"));
        Long previous = customer.reassignTo(newOwner.id(), clock.instant());
        String previousName = previous == null ? null : org.employee(previous).map(EmployeeView::name).orElse(String.valueOf(previous));
        audit.record(AuditRecord.of("customer", id, "REASSIGN", why,
                FieldChange.of("owner", previousName, newOwner.name())));
        String byName = currentUsers.current().displayName();
        userDirectory.usernameOfEmployee(newOwner.id()).ifPresent(username -> notifications.send(
                Notice.to(username, "customer-assigned", "customer.notice.assigned", "/customers/" + id,
                        customer.details().name(), byName)));
    }

    /**
     * 档案变更历史 — every recorded change of a card the reader may see, newest first; owners by name, phones masked
     * as on the card.
     */
    @PreAuthorize("hasAuthority('customers:view')")
    public List<CustomerHistoryEntry> history(Long id) {
        Customer customer = visible(id);
        // customers: contacts — the history of cards merged into this one shows here too
        // (the merge itself is told once, by this card's own entry)
        List<AuditEntryView> entries = withMergedCards(id).stream()
                .flatMap(cardId -> auditHistory.of("customer", String.valueOf(cardId)).stream()
                        .filter(e -> cardId.equals(id) || !e.action().equals("MERGE")))
                .filter(e -> !Set.of("VIEW", "EXPORT").contains(e.action()))
                .sorted(java.util.Comparator.comparing(AuditEntryView::occurredAt).thenComparing(AuditEntryView::id).reversed())
                .toList();
        List<Long> ownerIds = entries.stream().flatMap(e -> e.changes().stream())
                .filter(c -> c.field().equals("ownerEmployeeId"))
                .flatMap(c -> java.util.stream.Stream.of(c.before(), c.after()))
                .filter(Objects::nonNull).map(CustomerManagement::idOrNull).filter(Objects::nonNull).distinct().toList();
        Map<Long, EmployeeView> owners = org.employees(ownerIds);
        boolean mayReadPhone = mayReadPhoneOf(customer);
        Map<String, String> actorNames = new HashMap<>();
        List<CustomerHistoryEntry> history = new ArrayList<>();
        for (AuditEntryView e : entries) {
            boolean handover = e.action().equals("REASSIGN")
                    && e.changes().stream().anyMatch(c -> c.field().equals("ownerEmployeeId"));
            List<FieldChange> changes = e.changes().stream().map(c -> switch (c.field()) {
                case "ownerEmployeeId" -> new FieldChange("owner", ownerName(c.before(), owners), ownerName(c.after(), owners));
                case "phone" -> mayReadPhone ? c : new FieldChange("phone", PhoneMask.mask(c.before()), PhoneMask.mask(c.after()));
                case "idNumber", "registrationNo" -> mayReadPhone ? c // customers: contacts
                        : new FieldChange(c.field(), IdentityNumbers.mask(c.before()), IdentityNumbers.mask(c.after()));
                default -> c;
            }).toList();
            String actorName = actorNames.computeIfAbsent(e.actor(), a -> userDirectory.displayNameOf(a).orElse(a));
            history.add(new CustomerHistoryEntry(e.occurredAt(), e.actor(), actorName, handover ? "HANDOVER" : e.action(),
                    e.summary(), changes));
        }
        return history;
    }

    /** This card and every card merged into it, also through earlier merges. */
    private List<Long> withMergedCards(Long id) {
        List<Long> ids = new ArrayList<>(List.of(id));
        for (int i = 0; i < ids.size() && ids.size() < 100; i++) {
            customers.findIdsMergedInto(ids.get(i)).stream().filter(m -> !ids.contains(m)).forEach(ids::add);
        }
        return ids;
    }

    private static Long idOrNull(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String ownerName(String employeeId, Map<Long, EmployeeView> owners) {
        if (employeeId == null) {
            return null;
        }
        EmployeeView owner = owners.get(idOrNull(employeeId));
        return owner == null ? employeeId : owner.name();
    }

    /** 查重 — one card per phone number in a store, whoever owns it; the message says whose card it is. */
    private void refuseDuplicatePhone(Long storeId, String phone, Long self) {
        String normalised = PhoneNumbers.normalise(phone);
        if (normalised == null) {
            return;
        }
        customers.findByStoreIdAndAnyPhone(storeId, normalised).stream() // customers: contacts — extra and contacts' phones too
                .filter(existing -> !existing.id().equals(self))
                .findFirst()
                .ifPresent(existing -> {
                    String owner = org.employee(existing.ownerEmployeeId()).map(EmployeeView::name).orElse("—");
                    throw new DuplicateRecordException("customer.duplicate-phone", existing.details().name(), owner,
                            String.valueOf(existing.id()));
                });
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
        return mayReadPhoneOf(c) ? phone : PhoneMask.mask(phone);
    }

    boolean mayReadPhoneOf(Customer c) {
        CurrentUser user = currentUsers.find().orElse(null);
        return user != null && (user.can(Permissions.CUSTOMERS_SENSITIVE)
                || (user.employeeId() != null && user.employeeId().equals(c.ownerEmployeeId())));
    }
}
