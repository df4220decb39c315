package com.autosales.shared.web;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A titled panel of a role's home dashboard: a chart and/or a few figures, each clicking through to the records behind
 * it. Modules contribute a {@link Source} bean; the home page shows those of the user's dashboards they may see.
 */
public record DashboardPanel(int order, String titleKey, String icon, String link, List<Figure> figures,
        DashboardChart chart) {

    public DashboardPanel {
        figures = List.copyOf(figures);
    }

    public static DashboardPanel of(int order, String titleKey, String icon, String link, DashboardChart chart,
            Figure... figures) {
        return new DashboardPanel(order, titleKey, icon, link, List.of(figures), chart);
    }

    /** An amount as a figure shows it: "¥1,234,567.00". */
    public static String yuan(java.math.BigDecimal amount) {
        java.text.DecimalFormat format = new java.text.DecimalFormat("¥#,##0.00",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        return format.format(amount == null ? java.math.BigDecimal.ZERO : amount);
    }

    /** A named number: the name is a message key ({@code labelKey}) or a literal ({@code text}, e.g. a person). */
    public record Figure(String labelKey, String text, String value, String link) {

        public static Figure of(String labelKey, Object value, String link) {
            return new Figure(labelKey, null, String.valueOf(value), link);
        }

        public static Figure named(String text, Object value, String link) {
            return new Figure(null, text, String.valueOf(value), link);
        }
    }

    /**
     * Whose dashboard a panel belongs to. The home page decides a user's dashboards from permissions and data scope
     * (a consultant sees his own records, a sales manager his team's, a general manager the store's ...).
     */
    public enum Audience {
        CONSULTANT, SALES_MANAGER, GENERAL_MANAGER, CLERK, FINANCE, PARTS
    }

    /** Computes a panel for the current user, who holds {@link #authority()} and has one of the audiences' dashboards. */
    public interface Source {

        String authority();

        Set<Audience> audiences();

        /** The panel, or {@code null} when there is nothing to show this user. */
        DashboardPanel panel();

        static Source of(String authority, Audience audience, Supplier<DashboardPanel> panel) {
            return of(authority, Set.of(audience), panel);
        }

        static Source of(String authority, Set<Audience> audiences, Supplier<DashboardPanel> panel) {
            return new Source() {
                @Override
                public String authority() {
                    return authority;
                }

                @Override
                public Set<Audience> audiences() {
                    return audiences;
                }

                @Override
                public DashboardPanel panel() {
                    return panel.get();
                }
            };
        }
    }
}
