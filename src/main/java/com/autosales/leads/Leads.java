package com.autosales.leads;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Leads; every finder for users takes the reader's data scope (store and owner). */
interface Leads extends JpaRepository<Lead, Long> {

    String IN_SCOPE = "(:allStores = true or l.storeId in :storeIds) and (:allOwners = true or l.ownerEmployeeId in :ownerIds)";

    @Query("select l from Lead l where l.id = :id and " + IN_SCOPE)
    Optional<Lead> findVisible(Long id, boolean allStores, Collection<Long> storeIds, boolean allOwners,
            Collection<Long> ownerIds);

    @Query("select l from Lead l where " + IN_SCOPE
            + " and (:level is null or l.level = :level) and (:status is null or l.status = :status)"
            + " and (:owner is null or l.ownerEmployeeId = :owner)"
            + " and (:overdue = false or exists (select f.id from FollowUp f where f.leadId = l.id"
            + " and f.state = com.autosales.leads.FollowUp.State.OPEN and f.dueDate < :today))"
            + " and (:waiting = false or (l.firstContactAt is null and l.firstContactDueAt is not null))"
            + " order by l.updatedAt desc, l.id desc")
    Page<Lead> list(boolean allStores, Collection<Long> storeIds, boolean allOwners, Collection<Long> ownerIds,
            LeadLevel level, LeadStatus status, Long owner, boolean overdue, boolean waiting, LocalDate today,
            Pageable page);

    @Query("select l from Lead l where " + IN_SCOPE + " and l.status in :statuses"
            + " and ((l.lastFollowUpAt is null and l.createdAt < :cutoff) or l.lastFollowUpAt < :cutoff)"
            + " order by l.lastFollowUpAt asc nulls first, l.createdAt asc")
    List<Lead> notFollowedUpSince(boolean allStores, Collection<Long> storeIds, boolean allOwners,
            Collection<Long> ownerIds, Collection<LeadStatus> statuses, Instant cutoff, Pageable page);

    @Query("select l from Lead l where " + IN_SCOPE + " and l.status = :status order by l.updatedAt")
    List<Lead> withStatus(boolean allStores, Collection<Long> storeIds, boolean allOwners, Collection<Long> ownerIds,
            LeadStatus status);

    String WAITING = "l.firstContactAt is null and l.firstContactDueAt is not null"
            + " and l.status in (com.autosales.leads.LeadStatus.OPEN, com.autosales.leads.LeadStatus.LOST_PENDING)";

    @Query("select l from Lead l where " + WAITING + " and l.firstContactDueAt <= :now and l.responseEscalatedAt is null"
            + " order by l.firstContactDueAt")
    List<Lead> firstContactMissed(Instant now, Pageable page);

    @Query("select l from Lead l where " + WAITING + " and l.reassignOfferAt <= :now and l.reassignOfferedAt is null"
            + " order by l.reassignOfferAt")
    List<Lead> reassignDue(Instant now, Pageable page);

    /** Marks the escalation once (0 when another node or the consultant got there first); the version stays. */
    @Modifying
    @Query("update Lead l set l.responseEscalatedAt = :now where l.id = :id and l.responseEscalatedAt is null"
            + " and l.firstContactAt is null")
    int markEscalated(Long id, Instant now);

    @Modifying
    @Query("update Lead l set l.reassignOfferedAt = :now where l.id = :id and l.reassignOfferedAt is null"
            + " and l.firstContactAt is null")
    int markReassignOffered(Long id, Instant now);

    /** Leads in my scope waiting for their first contact, most urgent first. */
    @Query("select l from Lead l where " + IN_SCOPE + " and " + WAITING + " order by l.firstContactDueAt, l.id")
    List<Lead> awaitingFirstContact(boolean allStores, Collection<Long> storeIds, boolean allOwners,
            Collection<Long> ownerIds, Pageable page);

    @Query("select count(l) from Lead l where " + IN_SCOPE + " and " + WAITING)
    long countAwaitingFirstContact(boolean allStores, Collection<Long> storeIds, boolean allOwners,
            Collection<Long> ownerIds);

    String RESPONSE_FIGURES = "count(l), count(l.firstContactAt), sum(case when l.firstContactAt is not null"
            + " and l.firstContactAt <= l.firstContactDueAt then 1 else 0 end), avg(l.firstResponseMinutes)";
    String RESPONSE_TRACKED = " and l.firstContactDueAt is not null and l.responseStartedAt >= :since";

    @Query("select l.ownerEmployeeId, " + RESPONSE_FIGURES + " from Lead l where " + IN_SCOPE + RESPONSE_TRACKED
            + " group by l.ownerEmployeeId")
    List<Object[]> responseByOwner(boolean allStores, Collection<Long> storeIds, boolean allOwners,
            Collection<Long> ownerIds, Instant since);

    @Query("select l.source, " + RESPONSE_FIGURES + " from Lead l where " + IN_SCOPE + RESPONSE_TRACKED
            + " group by l.source")
    List<Object[]> responseBySource(boolean allStores, Collection<Long> storeIds, boolean allOwners,
            Collection<Long> ownerIds, Instant since);

    @Modifying
    @Query("update Lead l set l.customerId = :survivorId where l.customerId = :mergedId")
    int repoint(Long mergedId, Long survivorId);
}
