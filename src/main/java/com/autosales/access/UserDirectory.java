package com.autosales.access;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Logins as other modules need them, independent of who is signed in: e.g. to route work to an employee. */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    private final UserAccounts users;
    private final EntityManager entityManager;

    UserDirectory(UserAccounts users, EntityManager entityManager) {
        this.users = users;
        this.entityManager = entityManager;
    }

    /** The enabled login of an employee (the oldest, should there be several). */
    public Optional<String> usernameOfEmployee(Long employeeId) {
        if (employeeId == null) {
            return Optional.empty();
        }
        return entityManager.createQuery("select u from UserAccount u where u.employeeId = :employeeId "
                        + "and u.enabled = true order by u.id", UserAccount.class)
                .setParameter("employeeId", employeeId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(UserAccount::username);
    }

    /** The display name of an enabled login, or empty if there is no such login. */
    public Optional<String> displayNameOf(String username) {
        return users.findByUsername(AppUserDetailsService.normalise(username))
                .filter(UserAccount::enabled)
                .map(UserAccount::displayName);
    }
}
