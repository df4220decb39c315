package com.autosales.access;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The store a group-level user is looking at right now, kept in their (database-stored) session.
 * {@link #GROUP_VIEW} means the whole group; no choice means the user's home store.
 */
@Component
class StoreContext {

    static final long GROUP_VIEW = 0L;
    private static final String ATTRIBUTE = "autosales.storeContext";

    Optional<Long> chosen() {
        HttpSession session = session(false);
        return session == null ? Optional.empty() : Optional.ofNullable((Long) session.getAttribute(ATTRIBUTE));
    }

    void choose(long storeIdOrGroup) {
        HttpSession session = session(true);
        if (session != null) {
            session.setAttribute(ATTRIBUTE, storeIdOrGroup);
        }
    }

    private static HttpSession session(boolean create) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getSession(create);
        }
        return null;
    }
}
