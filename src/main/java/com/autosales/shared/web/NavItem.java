package com.autosales.shared.web;

/**
 * One entry of the left navigation. Each module declares its own as a bean, so adding a module
 * adds its menu without touching the layout.
 *
 * @param section   message key of the group the entry belongs to
 * @param order     position, lower first (sections are ordered by their first entry)
 * @param labelKey  message key of the label
 * @param icon      Bootstrap Icons name without the {@code bi-} prefix
 * @param path      where it leads
 * @param authority the permission needed to see it, or {@code null} for every signed-in user
 * @param badgePath where htmx fetches a small count shown next to the label (e.g. items waiting), or {@code null}
 */
public record NavItem(String section, int order, String labelKey, String icon, String path, String authority,
        String badgePath) {

    public NavItem(String section, int order, String labelKey, String icon, String path, String authority) {
        this(section, order, labelKey, icon, path, authority, null);
    }
}
