package com.autosales.approvals;

import com.autosales.approvals.ApprovalDetails.EntryKind;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApprovalRecords extends JpaRepository<Approval, Long> {

    String WAITING = """
            from Approval a join a.steps s join s.approvers p
            where a.status = com.autosales.approvals.ApprovalStatus.PENDING
              and s.number = a.currentStep and p.username in :usernames""";

    /** Pending approvals whose current step any of {@code usernames} may decide, oldest request first. */
    @Query(value = "select distinct a " + WAITING + " order by a.requestedAt asc, a.id asc",
            countQuery = "select count(distinct a) " + WAITING)
    Page<Approval> waitingFor(Collection<String> usernames, Pageable page);

    @Query("select count(distinct a) " + WAITING)
    long countWaitingFor(Collection<String> usernames);

    Page<Approval> findByRequesterOrderByRequestedAtDescIdDesc(String requester, Pageable page);

    @Query(value = "select distinct a from Approval a join a.entries e where e.actor = :actor and e.kind in :kinds "
            + "order by a.id desc",
            countQuery = "select count(distinct a) from Approval a join a.entries e where e.actor = :actor and e.kind in :kinds")
    Page<Approval> actedOnBy(String actor, Collection<EntryKind> kinds, Pageable page);

    List<Approval> findByRecordTypeAndRecordIdOrderByIdDesc(String recordType, Long recordId);

    Optional<Approval> findFirstByRecordTypeAndRecordIdOrderByIdDesc(String recordType, Long recordId);

    Optional<Approval> findFirstByRecordTypeAndRecordIdAndStatus(String recordType, Long recordId, ApprovalStatus status);
}
