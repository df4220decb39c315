package com.autosales.access;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Creating roles and user logins. Used by the admin screens and the demo seed. */
@Service
@Transactional
public class AccessSetup {

    private final Roles roles;
    private final UserAccounts users;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AccessSetup(Roles roles, UserAccounts users, PasswordEncoder passwords, Clock clock) {
        this.roles = roles;
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean hasUsers() {
        return users.count() > 0;
    }

    /**
     * Whether this is the first run (no users yet), for the code that creates the first users.
     * Several nodes may start at once on an empty database: this locks the {@code admin} role row
     * (created by migration) until the caller's transaction ends, so the other nodes wait here and
     * then see the users the first one created. Call it inside that transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean isFirstRun() {
        roles.lockByCode("admin");
        return users.count() == 0;
    }

    public Long createRole(String code, String nameZh, String nameEn, DataScope scope, Set<String> permissions) {
        Set<String> unknown = new HashSet<>(permissions);
        unknown.removeAll(Permissions.catalogue());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown permissions " + unknown);
        }
        return roles.save(new Role(code, nameZh, nameEn, scope, permissions)).id();
    }

    public Long createUser(NewUser user) {
        Set<Role> granted = new HashSet<>(roles.findByCodeIn(user.roleCodes()));
        if (granted.size() != user.roleCodes().size()) {
            throw new IllegalArgumentException("unknown role among " + user.roleCodes());
        }
        UserAccount account = new UserAccount(AppUserDetailsService.normalise(user.username()),
                passwords.encode(user.rawPassword()), user.displayName(), user.email(), user.employeeId(),
                user.storeId(), granted, clock.instant());
        return users.save(account).id();
    }

    /** A login to create. */
    public record NewUser(String username, String rawPassword, String displayName, String email, Long employeeId,
            Long storeId, List<String> roleCodes) {
    }
}
