package com.autosales.approvals;

import java.util.Objects;

/** Who acts on an approval, and for whom when they act as someone's deputy. */
record Actor(String username, String name, String onBehalfOf, String onBehalfOfName) {

    Actor {
        Objects.requireNonNull(username, "username");
        name = name == null ? username : name;
    }

    static Actor self(String username, String name) {
        return new Actor(username, name, null, null);
    }

    Actor forPrincipal(StepApprover principal) {
        return principal.username().equals(username) ? this
                : new Actor(username, name, principal.username(), principal.displayName());
    }
}
