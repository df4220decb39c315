package com.autosales.home;

import com.autosales.access.CurrentUser;
import com.autosales.access.DataScope;
import com.autosales.shared.web.DashboardPanel.Audience;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which role dashboards a user gets, from what they may do and how far they see: a consultant works his own leads, a
 * sales manager approves his team's, a general manager approves the store's targets, the clerk keeps the stock, finance
 * records payments, the parts planner edits parts. An administrator may get several.
 */
final class Dashboards {

    private Dashboards() {
    }

    static Set<Audience> of(CurrentUser user) {
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        DataScope scope = user.dataScope();
        if (scope == DataScope.OWN && user.can("leads:view")) {
            audiences.add(Audience.CONSULTANT);
        }
        if ((scope == DataScope.TEAM || scope == DataScope.DEPARTMENT) && user.can("leads:approve")) {
            audiences.add(Audience.SALES_MANAGER);
        }
        if ((scope == DataScope.STORE || scope == DataScope.ALL) && user.can("targets:approve")) {
            audiences.add(Audience.GENERAL_MANAGER);
        }
        if (user.can("vehicles:edit")) {
            audiences.add(Audience.CLERK);
        }
        if (user.can("payments:create")) {
            audiences.add(Audience.FINANCE);
        }
        if (user.can("parts:edit")) {
            audiences.add(Audience.PARTS);
        }
        return audiences;
    }
}
