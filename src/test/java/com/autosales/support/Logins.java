package com.autosales.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs MockMvc requests in as a real (demo) user, with their actual roles and data scope. */
@Component
public class Logins {

    public static final String DEMO_PASSWORD = "Demo@2026";

    private final UserDetailsService users;

    Logins(UserDetailsService users) {
        this.users = users;
    }

    public RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
