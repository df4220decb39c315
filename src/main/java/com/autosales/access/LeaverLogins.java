package com.autosales.access;

import com.autosales.org.EmployeeDeactivated;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When an employee leaves, the logins linked to them are disabled and signed out everywhere, so they can
 * no longer use the app, sign in again or use a token.
 */
@Component
class LeaverLogins {

    private static final Logger log = LoggerFactory.getLogger(LeaverLogins.class);

    private final EntityManager entities;
    private final SessionTermination sessions;

    LeaverLogins(EntityManager entities, SessionTermination sessions) {
        this.entities = entities;
        this.sessions = sessions;
    }

    @ApplicationModuleListener
    void on(EmployeeDeactivated event) {
        entities.createQuery("select u from UserAccount u where u.employeeId = :employeeId", UserAccount.class)
                .setParameter("employeeId", event.employeeId())
                .getResultList()
                .forEach(account -> {
                    account.disable();
                    sessions.endSessionsOf(account.username());
                    log.info("Login {} disabled: employee {} left", account.username(), event.employeeId());
                });
    }
}
