package com.autosales.approvals;

import java.time.LocalDate;

/**
 * A deputy arrangement as pages and the API show it.
 *
 * @param state {@code SCHEDULED}, {@code ACTIVE}, {@code ENDED} or {@code CANCELLED}
 */
public record DeputyView(Long id, String principal, String principalName, String deputy, String deputyName,
        LocalDate startsOn, LocalDate endsOn, String state) {

    public boolean cancellable() {
        return "SCHEDULED".equals(state) || "ACTIVE".equals(state);
    }
}
