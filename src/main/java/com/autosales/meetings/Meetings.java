package com.autosales.meetings;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Meetings; readers see those of their stores, and unless they run meetings (or see the whole store's records) only
 * those they attend or own an action item of. No null parameters: filters take every value when not set.
 */
interface Meetings extends JpaRepository<Meeting, Long> {

    String VISIBLE = "(:allStores = true or m.storeId in :storeIds) and (:allMeetings = true"
            + " or exists (select a.id from MeetingAttendee a where a.meetingId = m.id and a.employeeId = :me)"
            + " or exists (select x.id from MeetingAction x where x.meetingId = m.id and x.ownerEmployeeId = :me))";

    @Query("select m from Meeting m where m.id = :id and " + VISIBLE)
    Optional<Meeting> findVisible(Long id, boolean allStores, Collection<Long> storeIds, boolean allMeetings, Long me);

    @Query("select m from Meeting m where " + VISIBLE + " and m.kind in :kinds and m.status in :statuses"
            + " and m.heldOn >= :from and m.heldOn <= :to order by m.heldOn desc, m.id desc")
    Page<Meeting> list(boolean allStores, Collection<Long> storeIds, boolean allMeetings, Long me,
            Collection<MeetingKind> kinds, Collection<MeetingStatus> statuses, LocalDate from, LocalDate to,
            Pageable page);

    boolean existsByStoreIdAndKindAndHeldOn(Long storeId, MeetingKind kind, LocalDate heldOn);
}
