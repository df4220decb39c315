package com.autosales.customers;

import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 路线计划 — routes (路序: region, route code, visit order on the card's classification) as a day's visit plan:
 * customers in order with address and phone (masked per the usual rules), last visit, days since last contact and
 * whether they were visited that day. Managers put the customers in a new order.
 */
@Service
@Transactional(readOnly = true)
public class CustomerRoutes {

    private final CustomerVisitRepository visits;
    private final CustomerProfileRepository profiles;
    private final Customers customers;
    private final CustomerManagement management;
    private final CurrentUsers currentUsers;
    private final AuditTrail audit;
    private final Clock clock;

    CustomerRoutes(CustomerVisitRepository visits, CustomerProfileRepository profiles, Customers customers,
            CustomerManagement management, CurrentUsers currentUsers, AuditTrail audit, Clock clock) {
        this.visits = visits;
        this.profiles = profiles;
        this.customers = customers;
        this.management = management;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.clock = clock;
    }

    /** The routes with customers in the reader's data scope (their store or stores), by code. */
    @PreAuthorize("hasAuthority('customers:view')")
    public List<RoutePlan.Route> routes() {
        RecordScope scope = currentUsers.scope();
        return visits.routes(scope.allStores(), scope.storeIdsForQuery(), scope.allOwners(), scope.ownerIdsForQuery())
                .stream().map(r -> new RoutePlan.Route((String) r[0], (String) r[1], ((Number) r[2]).longValue()))
                .toList();
    }

    /** One route's customers in visit order (unordered ones last, by name) for a day. */
    @PreAuthorize("hasAuthority('customers:view')")
    public RoutePlan plan(String routeCode, LocalDate day) {
        RecordScope scope = currentUsers.scope();
        List<Object[]> rows = visits.route(scope.allStores(), scope.storeIdsForQuery(), scope.allOwners(),
                scope.ownerIdsForQuery(), routeCode);
        List<Customer> onRoute = rows.stream().map(r -> (Customer) r[0]).toList();
        List<Long> ids = onRoute.stream().map(Customer::id).toList();
        Map<Long, CustomerSummary> summaries = management.summarise(onRoute).stream()
                .collect(Collectors.toMap(CustomerSummary::id, s -> s));
        Map<Long, Instant> lastVisits = ids.isEmpty() ? Map.of() : visits.lastVisits(ids).stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Instant) r[1]));
        Set<Long> visited = ids.isEmpty() ? Set.of() : new HashSet<>(visits.visitedOn(ids, day));
        LocalDate today = LocalDate.now(clock);
        List<RoutePlan.Stop> stops = new ArrayList<>();
        String region = null;
        for (Object[] row : rows) {
            Customer c = (Customer) row[0];
            CustomerProfile p = (CustomerProfile) row[1];
            ProfileCard card = p.card();
            region = region == null ? card.classification().region() : region;
            Long days = c.lastContactAt() == null ? null
                    : ChronoUnit.DAYS.between(c.lastContactAt().atZone(clock.getZone()).toLocalDate(), today);
            stops.add(new RoutePlan.Stop(c.id(), c.details().name(), summaries.get(c.id()).phone(), card.basic().address(),
                    card.classification().region(), card.classification().visitOrder(), card.version(),
                    lastVisits.get(c.id()), days, visited.contains(c.id())));
        }
        return new RoutePlan(routeCode, region, day, stops);
    }

    /** A manager moves a customer to another place on its route; the card's version guards the change; audited. */
    @Transactional
    @PreAuthorize("hasAuthority('customers:approve')")
    public void reorder(Long customerId, long expectedVersion, Integer visitOrder) {
        RecordScope scope = currentUsers.scope();
        customers.findVisible(customerId, scope.allStores(), scope.storeIdsForQuery(), scope.allOwners(),
                scope.ownerIdsForQuery()).orElseThrow(() -> new RecordNotFoundException("customer", customerId));
        if (visitOrder == null || visitOrder < 1 || visitOrder > 9999) {
            throw new DomainException("customer.visits-order-invalid");
        }
        CustomerProfile profile = profiles.findById(customerId).orElseThrow(() -> new RecordNotFoundException("customer", customerId));
        if (CustomerProfile.versionOf(profile) != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        ProfileClassification now = profile.card().classification();
        List<FieldChange> changes = profile.update(new ProfileClassification(now.tradeStage(), now.nature(),
                now.channelType(), now.volumeClass(), now.region(), now.routeCode(), visitOrder), clock.instant());
        if (!changes.isEmpty()) {
            profiles.saveAndFlush(profile);
            audit.record(new AuditRecord("customer", String.valueOf(customerId), CustomerProfiles.AUDIT_ACTION, null, changes));
        }
    }
}
