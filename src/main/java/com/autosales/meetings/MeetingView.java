package com.autosales.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A meeting as its page and the API show it, with what the reader may do: {@code mayRun} (edit minutes, attendance,
 * add action items, close) while it is a draft and the reader runs meetings.
 */
public record MeetingView(Long id, MeetingKind kind, LocalDate heldOn, String title, Long chairEmployeeId,
        String chairName, String minutes, MeetingStatus status, String createdBy, Instant createdAt, long version,
        List<Attendee> attendees, List<ActionItem> actions, Pack pack, boolean mayRun, boolean mayManageActions) {

    public boolean draft() {
        return status == MeetingStatus.DRAFT;
    }

    public record Attendee(Long employeeId, String name, boolean present) {
    }

    /** {@code mayTrack}: the reader may mark it done or reopen it (its owner, or whoever runs meetings). */
    public record ActionItem(Long id, String text, Long ownerEmployeeId, String ownerName, LocalDate dueOn,
            ActionStatus status, Instant doneAt, String doneBy, String note, long version, boolean overdue,
            boolean mayTrack) {

        public boolean open() {
            return status == ActionStatus.OPEN;
        }
    }

    /** The figures pack: which report and period, when generated, its headline figures formatted for the reader. */
    public record Pack(String reportCode, String periodLabel, Instant generatedAt, List<Figure> headlines,
            String reportLink, String downloadLink) {
    }

    public record Figure(String label, String value) {
    }
}
