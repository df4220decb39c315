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
 * the permission the route needs. A new route without a line in {@link RouteRules#RULES} fails this test.
 */
@IntegrationTest
class AuthorizationMatrixIT {

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
        assertThat(RouteRules.RULES.keySet()).as("routes without a rule in RouteRules.RULES")
                .containsAll(appRoutes());
    }

    @Test
    void everyDemoRoleIsAllowedExactlyWhatItsPermissionsSay() throws Exception {
        String visibleCustomer = String.valueOf(jdbc.queryForObject("select id from customer where name = '王芳'", Long.class));
        Map<String, String> mismatches = new TreeMap<>();
        for (String route : new TreeSet<>(appRoutes())) {
            String rule = RouteRules.RULES.get(route);
            if (rule == null || RouteRules.PUBLIC.equals(rule) || RouteRules.TOKEN_HOLDER.equals(rule)) {
                continue;
            }
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1).replaceAll("\\{[A-Za-z]+}", visibleCustomer);
            for (String user : DEMO_USERS) {
                boolean expected = RouteRules.SIGNED_IN.equals(rule) || holds(user, rule);
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
            if (RouteRules.PUBLIC.equals(RouteRules.RULES.get(route))) {
                continue;
            }
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1).replaceAll("\\{[A-Za-z]+}", "1");
            int status = mvc.perform(request(HttpMethod.valueOf(method), path).with(csrf())).andReturn().getResponse().getStatus();
            assertThat(status).as(route).isIn(302, 401);
        }
    }

    private boolean holds(String user, String permission) {
        return users.loadUserByUsername(user).getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(permission));
    }
}
