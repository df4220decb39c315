package com.autosales.approvals;

import java.util.Objects;

/**
 * One step of an approval chain, described by who should approve; resolved from the organisation
 * when the request is made. A step nobody holds (or only the requester) is skipped, and a step with the
 * same approvers as the one before is merged into it; if no step is left the request is refused.
 */
public sealed interface ApproverStep {

    /** The requester's direct manager ({@code EmployeeView.managerId}). */
    static ApproverStep managerOfRequester() {
        return new Manager(1);
    }

    /** The manager of the requester's manager: the next level up. */
    static ApproverStep managerOfManager() {
        return new Manager(2);
    }

    /** The manager {@code levels} steps up the reporting line (1 = direct manager). */
    static ApproverStep managerLevelsUp(int levels) {
        return new Manager(levels);
    }

    /** Whoever holds the position with this code in the requester's store (e.g. {@code gm}); any one of them decides. */
    static ApproverStep position(String positionCode) {
        return new Position(positionCode);
    }

    /** A named login, e.g. a group-level finance controller. */
    static ApproverStep user(String username) {
        return new User(username);
    }

    record Manager(int levelsUp) implements ApproverStep {
        public Manager {
            if (levelsUp < 1) {
                throw new IllegalArgumentException("levelsUp must be at least 1");
            }
        }
    }

    record Position(String code) implements ApproverStep {
        public Position {
            Objects.requireNonNull(code, "code");
        }
    }

    record User(String username) implements ApproverStep {
        public User {
            Objects.requireNonNull(username, "username");
        }
    }
}
