package com.autosales.customers;

import java.util.List;

/**
 * 查重 — cards of a store that look like the customer about to be registered. The same phone (primary, extra or a
 * contact's) or the same ID / credit code refuse the registration; a similar name only warns.
 */
public record DuplicateCandidates(List<Match> samePhone, List<Match> sameIdentity, List<Match> similarName) {

    /** One existing card; {@code ownerName} is its consultant. */
    public record Match(Long customerId, String name, String ownerName) {
    }

    /** A card with the same phone or identity number exists: registering again is refused. */
    public boolean refused() {
        return !samePhone.isEmpty() || !sameIdentity.isEmpty();
    }

    public boolean any() {
        return refused() || !similarName.isEmpty();
    }
}
