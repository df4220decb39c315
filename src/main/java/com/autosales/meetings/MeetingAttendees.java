package com.autosales.meetings;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingAttendees extends JpaRepository<MeetingAttendee, Long> {

    List<MeetingAttendee> findByMeetingIdOrderById(Long meetingId);
}
