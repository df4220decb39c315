package com.autosales.shared.web;

import java.util.function.Supplier;

/**
 * A figure on the workbench (e.g. "my customers: 12") with a link to the list behind it.
 * Modules contribute a {@link Source} bean; the home page shows those the user may see.
 */
public record DashboardCard(int order, String labelKey, String icon, String value, String link) {

    /** Computes a card for the current user, who holds {@link #authority()} (or any user if {@code null}). */
    public interface Source {

        String authority();

        /** The card, or {@code null} when there is nothing to show this user. */
        DashboardCard card();

        /** A source computed by {@code card} for holders of {@code authority}. */
        static Source of(String authority, Supplier<DashboardCard> card) {
            return new Source() {
                @Override
                public String authority() {
                    return authority;
                }

                @Override
                public DashboardCard card() {
                    return card.get();
                }
            };
        }
    }
}
