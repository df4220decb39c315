package com.autosales.access;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Permission names are {@code <module>:<action>}; this is the catalogue roles are built from. */
public final class Permissions {

    public static final List<String> MODULES = List.of("org", "access", "audit", "customers", "leads", "vehicles",
            "sales", "payments", "parts", "service", "targets", "reports", "marketing", "system");

    public static final List<String> ACTIONS = List.of("view", "create", "edit", "approve", "export", "delete", "admin");

    /** Seeing full phone and ID numbers of customers one does not own. */
    public static final String CUSTOMERS_SENSITIVE = "customers:sensitive";

    /** customers: import — importing customer cards from an Excel file (managers and clerks, not consultants). */
    public static final String CUSTOMERS_IMPORT = "customers:import";

    /** sales: loans — moving a loan application through the lender's process (分期专员, GM, admins). */
    public static final String SALES_LOANS = "sales:loans";

    private Permissions() {
    }

    public static String of(String module, String action) {
        return module + ":" + action;
    }

    public static Set<String> catalogue() {
        Set<String> all = new LinkedHashSet<>();
        for (String module : MODULES) {
            for (String action : ACTIONS) {
                all.add(of(module, action));
            }
        }
        all.add(CUSTOMERS_SENSITIVE);
        all.add(CUSTOMERS_IMPORT); // customers: import
        all.add(SALES_LOANS); // sales: loans
        return all;
    }
}
