package com.autosales.meetings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingActions extends JpaRepository<MeetingAction, Long> {

    List<MeetingAction> findByMeetingIdOrderById(Long meetingId);

    Optional<MeetingAction> findByIdAndMeetingId(Long id, Long meetingId);

    List<MeetingAction> findByOwnerEmployeeId(Long ownerEmployeeId);

    long countByOwnerEmployeeIdAndStatus(Long ownerEmployeeId, ActionStatus status);
}
