package com.autosales.access;

import com.autosales.org.OrgDirectory;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads a user with the union of their roles' permissions and the widest of their data scopes. */
@Service
class AppUserDetailsService implements UserDetailsService {

    private final UserAccounts users;
    private final OrgDirectory org;

    AppUserDetailsService(UserAccounts users, OrgDirectory org) {
        this.users = users;
        this.org = org;
    }

    @Override
    @Transactional(readOnly = true)
    public AppUserPrincipal loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return principalOf(account);
    }

    AppUserPrincipal principalOf(UserAccount account) {
        Set<String> permissions = new HashSet<>();
        DataScope scope = DataScope.OWN;
        for (Role role : account.roles()) {
            permissions.addAll(role.permissions());
            scope = scope.widest(role.dataScope());
        }
        Long unitId = org.unitOfEmployee(account.employeeId()).orElse(null);
        Long storeId = account.storeId() != null ? account.storeId()
                : unitId == null ? null : org.storeOf(unitId).orElse(null);
        CurrentUser user = new CurrentUser(account.id(), account.username(), account.displayName(),
                account.employeeId(), unitId, storeId, account.extraStoreIds(), scope, Set.copyOf(permissions));
        return new AppUserPrincipal(user, account.passwordHash(), account.enabled(), account.lockedUntil());
    }

    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
