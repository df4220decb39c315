package com.autosales.customers;

import com.autosales.audit.FieldChange;
import java.time.Instant;
import java.util.List;

/**
 * One line of a customer card's history: when, who, what.
 *
 * @param actor     the login that made the change ({@code system} for jobs)
 * @param actorName that login's display name, or the login itself when it no longer exists
 * @param kind      {@code CREATE}, {@code UPDATE}, {@code REASSIGN} (by a manager), {@code HANDOVER} (the owner left)
 *                  or another audit action
 * @param summary   the reason given, if any
 * @param changes   fields before → after; owners as employee names, phones masked unless the reader may see them
 */
public record CustomerHistoryEntry(Instant occurredAt, String actor, String actorName, String kind, String summary,
        List<FieldChange> changes) {
}
