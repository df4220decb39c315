package com.autosales.access;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Signs a user out everywhere (all nodes share the session table): after disabling or a password reset. */
@Component
class SessionTermination {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    SessionTermination(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    void endSessionsOf(String username) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (repository != null) {
            repository.findByPrincipalName(username).keySet().forEach(repository::deleteById);
        }
    }
}
