package com.autosales.access;

import com.autosales.shared.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** 401 and 403 for API clients, as localized problem+json. Runs before Spring MVC, so it resolves the locale itself. */
@Component
class ProblemResponses {

    private final MessageSource messages;
    private final LocaleResolver locales;

    ProblemResponses(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
            throws IOException {
        String detail = messages.getMessage("error." + code, null, code, locales.resolveLocale(request));
        Problems.write(response, status, code, detail);
    }

    AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized");
    }

    AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(request, response, HttpStatus.FORBIDDEN, "forbidden");
    }
}
