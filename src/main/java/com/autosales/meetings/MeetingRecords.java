package com.autosales.meetings;

import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import org.springframework.stereotype.Component;

/**
 * A meeting as the reader may see it: of their stores, and — unless they run meetings or see the whole store —
 * only one they attend or own an action item of. Any other does not exist for them (404).
 */
@Component
class MeetingRecords {

    static final long NOBODY = -1L;

    private final Meetings meetings;
    private final CurrentUsers currentUsers;

    MeetingRecords(Meetings meetings, CurrentUsers currentUsers) {
        this.meetings = meetings;
        this.currentUsers = currentUsers;
    }

    Meeting visible(Long id) {
        RecordScope s = currentUsers.scope();
        return meetings.findVisible(id, s.allStores(), s.storeIdsForQuery(), seesAll(s), me())
                .orElseThrow(() -> new RecordNotFoundException("meeting", id));
    }

    /** The visible meeting at the version the reader saw; a missing version is a malformed request. */
    Meeting visible(Long id, Long expectedVersion) {
        Meeting meeting = visible(id);
        requireVersion(expectedVersion, meeting.version());
        return meeting;
    }

    static void requireVersion(Long expected, long actual) {
        if (expected == null) {
            throw new DomainException("malformed-request");
        }
        if (expected != actual) {
            throw new ConcurrentChangeException();
        }
    }

    boolean seesAll(RecordScope scope) {
        return scope.allOwners() || runsMeetings();
    }

    boolean runsMeetings() {
        return currentUsers.find().map(u -> u.can(MeetingManagement.RUN)).orElse(false);
    }

    Long me() {
        return currentUsers.find().map(CurrentUser::employeeId).orElse(NOBODY);
    }
}
