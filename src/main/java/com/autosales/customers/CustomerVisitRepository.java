package com.autosales.customers;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Visit reports; the report finders take the reader's data scope (store and rep) like {@link Customers}. */
interface CustomerVisitRepository extends JpaRepository<CustomerVisit, Long> {

    String IN_SCOPE = "(:allStores = true or v.storeId in :storeIds) "
            + "and (:allOwners = true or v.employeeId in :ownerIds)";

    @Query("select v from CustomerVisit v where v.customerId = :customerId order by v.visitedAt desc, v.id desc")
    List<CustomerVisit> findLatest(Long customerId, Pageable page);

    @Query("select v from CustomerVisit v where " + IN_SCOPE
            + " and v.visitDay between :from and :to order by v.employeeId, v.visitedAt, v.id")
    List<CustomerVisit> findInPeriod(boolean allStores, Collection<Long> storeIds, boolean allOwners,
            Collection<Long> ownerIds, LocalDate from, LocalDate to);

    @Query("select v.customerId, max(v.visitedAt) from CustomerVisit v where v.customerId in :customerIds group by v.customerId")
    List<Object[]> lastVisits(Collection<Long> customerIds);

    @Query("select distinct v.customerId from CustomerVisit v where v.customerId in :customerIds and v.visitDay = :day")
    List<Long> visitedOn(Collection<Long> customerIds, LocalDate day);


    @Query("select p.routeCode, min(p.region), count(c) from Customer c, CustomerProfile p where p.customerId = c.id and "
            + Customers.IN_SCOPE + " and p.routeCode is not null group by p.routeCode order by p.routeCode")
    List<Object[]> routes(boolean allStores, Collection<Long> storeIds, boolean allOwners, Collection<Long> ownerIds);

    @Query("select c, p from Customer c, CustomerProfile p where p.customerId = c.id and " + Customers.IN_SCOPE
            + " and p.routeCode = :routeCode"
            + " order by case when p.visitOrder is null then 1 else 0 end, p.visitOrder, c.name, c.id")
    List<Object[]> route(boolean allStores, Collection<Long> storeIds, boolean allOwners, Collection<Long> ownerIds,
            String routeCode);
}
