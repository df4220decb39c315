package com.autosales.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the app, page or API, against every demo role: allowed exactly when the role holds
 * the permission the route needs. A new route without a line in {@link #RULES} fails this test.
 */
@IntegrationTest
class AuthorizationMatrixIT {

    /** Any signed-in user. */
    private static final String SIGNED_IN = "signed-in";
    /** Needs a valid bearer token (tested in ApiTokenIT), not a role. */
    private static final String TOKEN_HOLDER = "token-holder";
    /** No login needed. */
    private static final String PUBLIC = "public";

    private static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("GET /", SIGNED_IN),
            Map.entry("GET /login", PUBLIC),
            Map.entry("GET /language", PUBLIC),
            Map.entry("GET /error", PUBLIC),
            Map.entry("GET /notifications", SIGNED_IN),
            Map.entry("GET /notifications/badge", SIGNED_IN),
            Map.entry("GET /notifications/{id}/open", SIGNED_IN),
            Map.entry("POST /notifications/read-all", SIGNED_IN),
            Map.entry("GET /customers", "customers:view"),
            Map.entry("GET /customers/{id}", "customers:view"),
            Map.entry("GET /customers/new", "customers:create"),
            Map.entry("POST /customers/new", "customers:create"),
            Map.entry("GET /customers/{id}/edit", "customers:edit"),
            Map.entry("POST /customers/{id}/edit", "customers:edit"),
            Map.entry("GET /admin/audit", "audit:view"),
            Map.entry("POST /store-context", SIGNED_IN),
            Map.entry("GET /admin/access-log", "access:view"),
            Map.entry("GET /api/v1/access-log", "access:view"),
            Map.entry("GET /admin/users", "access:view"),
            Map.entry("GET /admin/users/new", "access:admin"),
            Map.entry("POST /admin/users/new", "access:admin"),
            Map.entry("GET /admin/users/{id}", "access:view"),
            Map.entry("POST /admin/users/{id}", "access:admin"),
            Map.entry("POST /admin/users/{id}/password", "access:admin"),
            Map.entry("POST /admin/users/{id}/unlock", "access:admin"),
            Map.entry("GET /admin/roles", "access:view"),
            Map.entry("GET /admin/roles/new", "access:admin"),
            Map.entry("POST /admin/roles/new", "access:admin"),
            Map.entry("GET /admin/roles/{id}", "access:view"),
            Map.entry("POST /admin/roles/{id}", "access:admin"),
            Map.entry("GET /api/v1/roles", "access:view"),
            Map.entry("POST /api/v1/roles", "access:admin"),
            Map.entry("GET /api/v1/roles/{id}", "access:view"),
            Map.entry("PUT /api/v1/roles/{id}", "access:admin"),
            Map.entry("POST /api/v1/auth/token", PUBLIC),
            Map.entry("DELETE /api/v1/auth/token", TOKEN_HOLDER),
            Map.entry("GET /api/v1/customers", "customers:view"),
            Map.entry("GET /api/v1/customers/{id}", "customers:view"),
            Map.entry("GET /api/v1/customers/counts", "customers:view"),
            Map.entry("POST /api/v1/customers", "customers:create"),
            Map.entry("PUT /api/v1/customers/{id}", "customers:edit"),
            Map.entry("GET /api/v1/customers/{id}/profile", "customers:view"),
            Map.entry("PUT /api/v1/customers/{id}/profile/basic", "customers:edit"),
            Map.entry("PUT /api/v1/customers/{id}/profile/traits", "customers:edit"),
            Map.entry("PUT /api/v1/customers/{id}/profile/business", "customers:edit"),
            Map.entry("PUT /api/v1/customers/{id}/profile/trading", "customers:edit"),
            Map.entry("PUT /api/v1/customers/{id}/profile/classification", "customers:edit"),
            Map.entry("GET /api/v1/customers/{id}/history", "customers:view"),
            Map.entry("GET /api/v1/notifications", SIGNED_IN),
            Map.entry("GET /api/v1/notifications/unread-count", SIGNED_IN),
            Map.entry("POST /api/v1/notifications/{id}/read", SIGNED_IN),
            Map.entry("POST /api/v1/notifications/read-all", SIGNED_IN),
            Map.entry("GET /api/v1/audit-entries", "audit:view"),
            // approvals
            Map.entry("GET /approvals", SIGNED_IN),
            Map.entry("GET /approvals/badge", SIGNED_IN),
            Map.entry("GET /approvals/history", SIGNED_IN),
            Map.entry("GET /approvals/{id}", SIGNED_IN),
            Map.entry("POST /approvals/{id}/decision", SIGNED_IN),
            Map.entry("POST /approvals/{id}/withdrawal", SIGNED_IN),
            Map.entry("GET /approvals/deputies", SIGNED_IN),
            Map.entry("POST /approvals/deputies", SIGNED_IN),
            Map.entry("POST /approvals/deputies/{id}/cancel", SIGNED_IN),
            Map.entry("GET /api/v1/approvals", SIGNED_IN),
            Map.entry("GET /api/v1/approvals/count", SIGNED_IN),
            Map.entry("GET /api/v1/approvals/{id}", SIGNED_IN),
            Map.entry("POST /api/v1/approvals/{id}/decision", SIGNED_IN),
            Map.entry("POST /api/v1/approvals/{id}/withdrawal", SIGNED_IN),
            Map.entry("GET /api/v1/approval-deputies", SIGNED_IN),
            Map.entry("POST /api/v1/approval-deputies", SIGNED_IN),
            Map.entry("DELETE /api/v1/approval-deputies/{id}", SIGNED_IN),
            // org
            Map.entry("GET /org/chart", "org:view"),
            Map.entry("GET /org/chart.pdf", "org:export"),
            Map.entry("GET /org/units/{id}", "org:view"),
            Map.entry("GET /org/units/new", "org:create"),
            Map.entry("POST /org/units/new", "org:create"),
            Map.entry("GET /org/units/{id}/edit", "org:edit"),
            Map.entry("POST /org/units/{id}/edit", "org:edit"),
            Map.entry("GET /org/units/{id}/move", "org:edit"),
            Map.entry("POST /org/units/{id}/move", "org:edit"),
            Map.entry("POST /org/units/{id}/close", "org:delete"),
            Map.entry("GET /org/positions", "org:view"),
            Map.entry("GET /org/positions/{id}", "org:view"),
            Map.entry("GET /org/positions/new", "org:create"),
            Map.entry("POST /org/positions/new", "org:create"),
            Map.entry("GET /org/positions/{id}/edit", "org:edit"),
            Map.entry("POST /org/positions/{id}/edit", "org:edit"),
            Map.entry("GET /org/employees", "org:view"),
            Map.entry("GET /org/employees/{id}", "org:view"),
            Map.entry("GET /org/employees/new", "org:create"),
            Map.entry("POST /org/employees/new", "org:create"),
            Map.entry("GET /org/employees/{id}/edit", "org:edit"),
            Map.entry("POST /org/employees/{id}/edit", "org:edit"),
            Map.entry("GET /org/employees/{id}/deactivate", "org:delete"),
            Map.entry("POST /org/employees/{id}/deactivate", "org:delete"),
            Map.entry("GET /api/v1/org/units", "org:view"),
            Map.entry("GET /api/v1/org/units/{id}", "org:view"),
            Map.entry("POST /api/v1/org/units", "org:create"),
            Map.entry("PUT /api/v1/org/units/{id}", "org:edit"),
            Map.entry("POST /api/v1/org/units/{id}/move", "org:edit"),
            Map.entry("POST /api/v1/org/units/{id}/closure", "org:delete"),
            Map.entry("GET /api/v1/org/positions", "org:view"),
            Map.entry("GET /api/v1/org/positions/{id}", "org:view"),
            Map.entry("POST /api/v1/org/positions", "org:create"),
            Map.entry("PUT /api/v1/org/positions/{id}", "org:edit"),
            Map.entry("GET /api/v1/org/employees", "org:view"),
            Map.entry("GET /api/v1/org/employees/{id}", "org:view"),
            Map.entry("POST /api/v1/org/employees", "org:create"),
            Map.entry("PUT /api/v1/org/employees/{id}", "org:edit"),
            Map.entry("POST /api/v1/org/employees/{id}/deactivation", "org:delete"),
            // customers export
            Map.entry("GET /customers/filters", "customers:view"),
            Map.entry("GET /customers/export.xlsx", "customers:export"),
            Map.entry("GET /customers/{id}/card.pdf", "customers:view"),
            Map.entry("GET /api/v1/customers/export.xlsx", "customers:export"),
            // customers reassignment
            Map.entry("POST /customers/{id}/owner", "customers:approve"),
            Map.entry("POST /api/v1/customers/{id}/owner", "customers:approve"),
            // customers profile
            Map.entry("GET /customers/{id}/profile/basic", "customers:edit"),
            Map.entry("POST /customers/{id}/profile/basic", "customers:edit"),
            Map.entry("GET /customers/{id}/profile/traits", "customers:edit"),
            Map.entry("POST /customers/{id}/profile/traits", "customers:edit"),
            Map.entry("GET /customers/{id}/profile/business", "customers:edit"),
            Map.entry("POST /customers/{id}/profile/business", "customers:edit"),
            Map.entry("GET /customers/{id}/profile/trading", "customers:edit"),
            Map.entry("POST /customers/{id}/profile/trading", "customers:edit"),
            Map.entry("GET /customers/{id}/profile/classification", "customers:edit"),
            Map.entry("POST /customers/{id}/profile/classification", "customers:edit"),
            // customers: credit
            Map.entry("GET /customers/{id}/credit", "customers:approve"),
            Map.entry("POST /customers/{id}/credit", "customers:approve"),
            Map.entry("GET /customers/{id}/grade", "customers:approve"),
            Map.entry("POST /customers/{id}/grade", "customers:approve"),
            Map.entry("POST /customers/{id}/grade/clear", "customers:approve"),
            Map.entry("GET /customers/grade-rules", "customers:admin"),
            Map.entry("POST /customers/grade-rules", "customers:admin"),
            Map.entry("GET /api/v1/customers/{id}/credit", "customers:view"),
            Map.entry("PUT /api/v1/customers/{id}/credit", "customers:approve"),
            Map.entry("GET /api/v1/customers/{id}/grade", "customers:view"),
            Map.entry("POST /api/v1/customers/{id}/grade/override", "customers:approve"),
            Map.entry("POST /api/v1/customers/{id}/grade/clear", "customers:approve"),
            Map.entry("GET /api/v1/customers/grade-rules", "customers:admin"),
            Map.entry("PUT /api/v1/customers/grade-rules", "customers:admin"),
            // customers contacts
            Map.entry("GET /customers/{id}/contacts/identity", "customers:edit"),
            Map.entry("POST /customers/{id}/contacts/identity", "customers:edit"),
            Map.entry("GET /customers/{id}/contacts/phones/form", "customers:edit"),
            Map.entry("POST /customers/{id}/contacts/phones", "customers:edit"),
            Map.entry("POST /customers/{id}/contacts/phones/remove", "customers:edit"),
            Map.entry("GET /customers/{id}/contacts/addresses/form", "customers:edit"),
            Map.entry("POST /customers/{id}/contacts/addresses", "customers:edit"),
            Map.entry("POST /customers/{id}/contacts/addresses/remove", "customers:edit"),
            Map.entry("GET /customers/{id}/contacts/people/form", "customers:edit"),
            Map.entry("POST /customers/{id}/contacts/people", "customers:edit"),
            Map.entry("POST /customers/{id}/contacts/people/remove", "customers:edit"),
            Map.entry("GET /customers/{id}/merge", "customers:approve"),
            Map.entry("GET /customers/{id}/merge/compare", "customers:approve"),
            Map.entry("POST /customers/{id}/merge", "customers:approve"),
            Map.entry("GET /api/v1/customers/{id}/contacts", "customers:view"),
            Map.entry("POST /api/v1/customers/{id}/phones", "customers:edit"),
            Map.entry("POST /api/v1/customers/{id}/contact-persons", "customers:edit"),
            Map.entry("POST /api/v1/customers/{id}/merge", "customers:approve"),
            // customers visits
            Map.entry("GET /customers/{id}/visits", "customers:view"),
            Map.entry("POST /customers/{id}/visits", "customers:edit"),
            Map.entry("GET /customers/visits", "customers:view"),
            Map.entry("GET /customers/visits/export.xlsx", "customers:export"),
            Map.entry("GET /customers/routes", "customers:view"),
            Map.entry("POST /customers/routes/order", "customers:approve"),
            Map.entry("GET /customers/stale-settings", "customers:approve"),
            Map.entry("POST /customers/stale-settings", "customers:approve"),
            Map.entry("GET /api/v1/customers/{id}/visits", "customers:view"),
            Map.entry("POST /api/v1/customers/{id}/visits", "customers:edit"),
            Map.entry("GET /api/v1/customers/visits/report", "customers:view"),
            Map.entry("GET /api/v1/customers/routes", "customers:view"),
            Map.entry("GET /api/v1/customers/routes/plan", "customers:view"),
            // customers: pool
            Map.entry("GET /customers/pool", "customers:view"),
            Map.entry("GET /customers/pool/{id}/assign", "customers:approve"),
            Map.entry("POST /customers/pool/{id}/claim", "customers:create"),
            Map.entry("POST /customers/pool/{id}/assign", "customers:approve"),
            Map.entry("POST /customers/{id}/release", "customers:edit"),
            Map.entry("GET /customers/pool/settings", "customers:approve"),
            Map.entry("POST /customers/pool/settings", "customers:approve"),
            Map.entry("POST /customers/pool/pools", "customers:approve"),
            Map.entry("GET /api/v1/customers/pool", "customers:view"),
            Map.entry("GET /api/v1/customers/{id}/pool-status", "customers:view"),
            Map.entry("POST /api/v1/customers/{id}/claim", "customers:create"),
            Map.entry("POST /api/v1/customers/{id}/release", "customers:edit"),
            Map.entry("POST /api/v1/customers/{id}/pool-assign", "customers:approve"),
            // customers import
            Map.entry("GET /customers/imports", "customers:import"),
            Map.entry("POST /customers/imports", "customers:import"),
            Map.entry("GET /customers/imports/template.xlsx", "customers:import"),
            Map.entry("GET /customers/imports/{id}", "customers:import"),
            Map.entry("GET /customers/imports/{id}/progress", "customers:import"),
            Map.entry("POST /customers/imports/{id}/check", "customers:import"),
            Map.entry("POST /customers/imports/{id}/accept", "customers:import"),
            Map.entry("POST /customers/imports/{id}/cancel", "customers:import"),
            Map.entry("GET /customers/imports/{id}/errors.xlsx", "customers:import"),
            Map.entry("POST /api/v1/customers/imports", "customers:import"),
            Map.entry("GET /api/v1/customers/imports/{id}", "customers:import"),
            Map.entry("POST /api/v1/customers/imports/{id}/accept", "customers:import"),
            Map.entry("GET /api/v1/customers/imports/template.xlsx", "customers:import"),
            // showroom
            Map.entry("GET /showroom", "leads:view"),
            Map.entry("GET /showroom/receptions", "leads:view"),
            Map.entry("GET /showroom/receptions/{id}", "leads:view"),
            Map.entry("GET /showroom/receptions/new", "leads:create"),
            Map.entry("GET /showroom/receptions/match", "leads:create"),
            Map.entry("POST /showroom/receptions", "leads:create"),
            Map.entry("POST /showroom/receptions/{id}/left", "leads:edit"),
            Map.entry("GET /showroom/receptions/export.xlsx", "leads:export"),
            Map.entry("GET /api/v1/receptions", "leads:view"),
            Map.entry("GET /api/v1/receptions/{id}", "leads:view"),
            Map.entry("POST /api/v1/receptions", "leads:create"),
            Map.entry("POST /api/v1/receptions/{id}/left", "leads:edit"),
            // leads
            Map.entry("GET /leads", "leads:view"),
            Map.entry("GET /leads/new", "leads:create"),
            Map.entry("POST /leads", "leads:create"),
            Map.entry("GET /leads/{id}", "leads:view"),
            Map.entry("GET /leads/{id}/edit", "leads:edit"),
            Map.entry("POST /leads/{id}", "leads:edit"),
            Map.entry("POST /leads/{id}/lost", "leads:edit"),
            Map.entry("POST /leads/{id}/confirm-lost", "leads:approve"),
            Map.entry("POST /leads/{id}/reject-lost", "leads:approve"),
            Map.entry("GET /leads/{id}/reassign", "leads:approve"),
            Map.entry("POST /leads/{id}/reassign", "leads:approve"),
            Map.entry("GET /leads/manager", "leads:approve"),
            Map.entry("GET /leads/settings", "leads:approve"),
            Map.entry("POST /leads/settings", "leads:approve"),
            Map.entry("POST /leads/settings/reasons", "leads:approve"),
            Map.entry("POST /leads/settings/response", "leads:approve"),
            Map.entry("POST /leads/settings/reasons/remove", "leads:approve"),
            Map.entry("GET /follow-ups", "leads:view"),
            Map.entry("GET /follow-ups/{id}/form", "leads:edit"),
            Map.entry("POST /follow-ups/{id}", "leads:edit"),
            Map.entry("GET /api/v1/leads", "leads:view"),
            Map.entry("GET /api/v1/leads/{id}", "leads:view"),
            Map.entry("GET /api/v1/leads/first-contacts", "leads:view"),
            Map.entry("GET /api/v1/leads/response-times", "leads:approve"),
            Map.entry("POST /api/v1/leads", "leads:create"),
            Map.entry("PUT /api/v1/leads/{id}", "leads:edit"),
            Map.entry("POST /api/v1/leads/{id}/reassign", "leads:approve"),
            Map.entry("POST /api/v1/leads/{id}/lost", "leads:edit"),
            Map.entry("POST /api/v1/leads/{id}/confirm-lost", "leads:approve"),
            Map.entry("POST /api/v1/leads/{id}/reject-lost", "leads:approve"),
            Map.entry("GET /api/v1/follow-ups", "leads:view"),
            Map.entry("POST /api/v1/follow-ups/{id}", "leads:edit"),
            // testdrives
            Map.entry("GET /test-drives", "leads:view"),
            Map.entry("GET /test-drives/cars/{id}", "leads:view"),
            Map.entry("GET /test-drives/new", "leads:create"),
            Map.entry("POST /test-drives/new", "leads:create"),
            Map.entry("GET /test-drives/{id}", "leads:view"),
            Map.entry("POST /test-drives/{id}/cancel", "leads:edit"),
            Map.entry("POST /test-drives/{id}/start", "leads:edit"),
            Map.entry("POST /test-drives/{id}/complete", "leads:edit"),
            Map.entry("GET /test-drives/fleet", "leads:approve"),
            Map.entry("POST /test-drives/fleet/cars", "leads:approve"),
            Map.entry("POST /test-drives/fleet/cars/{id}/active", "leads:approve"),
            Map.entry("POST /test-drives/fleet/routes", "leads:approve"),
            Map.entry("POST /test-drives/fleet/routes/{id}/active", "leads:approve"),
            Map.entry("POST /test-drives/fleet/settings", "leads:approve"),
            Map.entry("GET /api/v1/test-drives", "leads:view"),
            Map.entry("GET /api/v1/test-drives/calendar", "leads:view"),
            Map.entry("GET /api/v1/test-drives/{id}", "leads:view"),
            Map.entry("POST /api/v1/test-drives", "leads:create"),
            Map.entry("POST /api/v1/test-drives/{id}/cancel", "leads:edit"),
            Map.entry("POST /api/v1/test-drives/{id}/start", "leads:edit"),
            Map.entry("POST /api/v1/test-drives/{id}/complete", "leads:edit"),
            // funnel
            Map.entry("GET /funnel", "leads:view"),
            Map.entry("GET /funnel/records", "leads:view"),
            Map.entry("GET /api/v1/funnel", "leads:view"),
            Map.entry("GET /api/v1/funnel/records", "leads:view"),
            // vehicles
            Map.entry("GET /vehicles/stock", "vehicles:view"),
            Map.entry("GET /vehicles/stock/export.xlsx", "vehicles:export"),
            Map.entry("GET /vehicles/stock/{id}", "vehicles:view"),
            Map.entry("GET /vehicles/stock/new", "vehicles:create"),
            Map.entry("POST /vehicles/stock/new", "vehicles:create"),
            Map.entry("POST /vehicles/stock/{id}/transitions", "vehicles:edit"),
            Map.entry("POST /vehicles/stock/{id}/reservation", "vehicles:approve"),
            Map.entry("POST /vehicles/stock/{id}/release", "vehicles:approve"),
            Map.entry("GET /vehicles/catalogue", "vehicles:view"),
            Map.entry("GET /vehicles/catalogue/trims/{id}", "vehicles:view"),
            Map.entry("POST /vehicles/catalogue/brands", "vehicles:edit"),
            Map.entry("POST /vehicles/catalogue/series", "vehicles:edit"),
            Map.entry("POST /vehicles/catalogue/models", "vehicles:edit"),
            Map.entry("POST /vehicles/catalogue/trims", "vehicles:edit"),
            Map.entry("POST /vehicles/catalogue/trims/{id}/offer", "vehicles:edit"),
            Map.entry("POST /vehicles/catalogue/trims/{id}/prices", "vehicles:edit"),
            Map.entry("POST /vehicles/catalogue/packages", "vehicles:edit"),
            Map.entry("POST /vehicles/catalogue/packages/{id}/prices", "vehicles:edit"),
            Map.entry("GET /api/v1/vehicle-models", "vehicles:view"),
            Map.entry("GET /api/v1/vehicle-trims/{id}/price", "vehicles:view"),
            Map.entry("GET /api/v1/stock-vehicles", "vehicles:view"),
            Map.entry("GET /api/v1/stock-vehicles/ageing", "vehicles:view"),
            Map.entry("GET /api/v1/stock-vehicles/{id}", "vehicles:view"),
            Map.entry("GET /api/v1/stock-vehicles/{id}/history", "vehicles:view"),
            Map.entry("POST /api/v1/stock-vehicles", "vehicles:create"),
            Map.entry("POST /api/v1/stock-vehicles/{id}/transitions", "vehicles:edit"),
            Map.entry("POST /api/v1/stock-vehicles/{id}/reservation", "vehicles:approve"),
            Map.entry("DELETE /api/v1/stock-vehicles/{id}/reservation", "vehicles:approve"));

    private static final List<String> DEMO_USERS = List.of("admin", "gm", "salesmanager", "consultant1", "consultant2",
            "clerk", "finance", "partsplanner", "service", "cs", "director");

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private List<String> appRoutes() {
        List<String> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getPackageName().startsWith("com.autosales")) {
                continue;
            }
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            for (String pattern : e.getKey().getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add("GET " + pattern);
                } else {
                    methods.forEach(m -> routes.add(m.name() + " " + pattern));
                }
            }
        }
        return routes;
    }

    @Test
    void everyRouteHasAnAuthorizationRule() {
        assertThat(RULES.keySet()).as("routes without a rule in AuthorizationMatrixIT.RULES")
                .containsAll(appRoutes());
    }

    @Test
    void everyDemoRoleIsAllowedExactlyWhatItsPermissionsSay() throws Exception {
        String visibleCustomer = String.valueOf(jdbc.queryForObject("select id from customer where name = '王芳'", Long.class));
        Map<String, String> mismatches = new TreeMap<>();
        for (String route : new TreeSet<>(appRoutes())) {
            String rule = RULES.get(route);
            if (rule == null || PUBLIC.equals(rule) || TOKEN_HOLDER.equals(rule)) {
                continue;
            }
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1).replace("{id}", visibleCustomer);
            for (String user : DEMO_USERS) {
                boolean expected = SIGNED_IN.equals(rule) || holds(user, rule);
                int status = mvc.perform(request(HttpMethod.valueOf(method), path).with(logins.as(user)).with(csrf())
                                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                        .andReturn().getResponse().getStatus();
                boolean allowed = status != 401 && status != 403;
                if (allowed != expected) {
                    mismatches.put(route + " as " + user, "expected " + (expected ? "allowed" : "denied") + ", got " + status);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void anonymousVisitorsReachOnlyPublicRoutes() throws Exception {
        for (String route : new TreeSet<>(appRoutes())) {
            if (PUBLIC.equals(RULES.get(route))) {
                continue;
            }
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1).replace("{id}", "1");
            int status = mvc.perform(request(HttpMethod.valueOf(method), path).with(csrf())).andReturn().getResponse().getStatus();
            assertThat(status).as(route).isIn(302, 401);
        }
    }

    private boolean holds(String user, String permission) {
        return users.loadUserByUsername(user).getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(permission));
    }
}
