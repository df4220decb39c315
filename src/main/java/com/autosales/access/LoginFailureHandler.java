package com.autosales.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends the user back to the login page saying why: wrong password, locked, or disabled. */
class LoginFailureHandler implements AuthenticationFailureHandler {

    static final String LAST_USERNAME = "autosales.lastUsername";

    private final LoginAttempts attempts;

    LoginFailureHandler(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        if (username != null && username.length() <= 60) {
            // so the login form can keep what was typed; the password is never kept
            request.getSession().setAttribute(LAST_USERNAME, username);
        }
        String reason;
        if (exception instanceof LockedException || attempts.isLocked(username)) {
            reason = "locked";
        } else if (exception instanceof DisabledException) {
            reason = "disabled";
        } else {
            reason = "bad-credentials";
        }
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}
