package com.autosales.meetings;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Someone invited to a meeting, and whether they were there. */
@Entity
@Table(name = "meeting_attendee")
class MeetingAttendee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long meetingId;
    private Long employeeId;
    private String employeeName;
    private boolean present;

    protected MeetingAttendee() {
    }

    MeetingAttendee(Long meetingId, Long employeeId, String employeeName) {
        this.meetingId = meetingId;
        this.employeeId = employeeId;
        this.employeeName = employeeName;
        this.present = true;
    }

    void present(boolean there) {
        this.present = there;
    }

    Long id() { return id; }
    Long meetingId() { return meetingId; }
    Long employeeId() { return employeeId; }
    String employeeName() { return employeeName; }
    boolean present() { return present; }
}
