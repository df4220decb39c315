package com.autosales.leads;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Follow-up tasks and records; user-facing finders take the data scope like {@link Leads}. */
interface FollowUps extends JpaRepository<FollowUp, Long> {

    String IN_SCOPE = "(:allStores = true or f.storeId in :storeIds) and (:allOwners = true or f.ownerEmployeeId in :ownerIds)";
    String ACTIVE = " and (f.purpose is not null or exists (select l.id from Lead l where l.id = f.leadId and l.status in"
            + " (com.autosales.leads.LeadStatus.OPEN, com.autosales.leads.LeadStatus.LOST_PENDING)))";

    @Query("select f from FollowUp f where f.id = :id and " + IN_SCOPE)
    Optional<FollowUp> findVisible(Long id, boolean allStores, Collection<Long> storeIds, boolean allOwners,
            Collection<Long> ownerIds);

    @Query("select f from FollowUp f where " + IN_SCOPE + " and f.ownerEmployeeId = :owner"
            + " and f.state = com.autosales.leads.FollowUp.State.OPEN and f.dueDate <= :until" + ACTIVE
            + " order by f.dueDate, f.id")
    List<FollowUp> openOf(boolean allStores, Collection<Long> storeIds, boolean allOwners, Collection<Long> ownerIds,
            Long owner, LocalDate until);

    @Query("select count(f) from FollowUp f where " + IN_SCOPE + " and f.ownerEmployeeId = :owner"
            + " and f.state = com.autosales.leads.FollowUp.State.OPEN and f.dueDate <= :until" + ACTIVE)
    long countDue(boolean allStores, Collection<Long> storeIds, boolean allOwners, Collection<Long> ownerIds,
            Long owner, LocalDate until);

    @Query("select f.ownerEmployeeId, count(f) from FollowUp f where " + IN_SCOPE
            + " and f.state = com.autosales.leads.FollowUp.State.OPEN and f.dueDate < :today" + ACTIVE
            + " group by f.ownerEmployeeId")
    List<Object[]> overduePerOwner(boolean allStores, Collection<Long> storeIds, boolean allOwners,
            Collection<Long> ownerIds, LocalDate today);

    @Query("select f from FollowUp f where f.leadId = :leadId order by f.state desc, f.dueDate desc, f.id desc")
    List<FollowUp> ofLead(Long leadId);

    @Query("select f from FollowUp f where f.leadId in :leadIds and f.state = com.autosales.leads.FollowUp.State.OPEN")
    List<FollowUp> openOfLeads(Collection<Long> leadIds);

    @Query("select f from FollowUp f where f.leadId = :leadId and f.purpose is not null order by f.dueDate, f.id")
    List<FollowUp> aftercareOf(Long leadId);

    @Query("select l from Lead l where l.id in :ids")
    List<Lead> leads(Collection<Long> ids);
}
