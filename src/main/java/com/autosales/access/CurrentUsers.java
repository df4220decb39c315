package com.autosales.access;

import com.autosales.org.OrgDirectory;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** Who is signed in, and which records they may see. */
@Service
public class CurrentUsers {

    private final OrgDirectory org;

    CurrentUsers(OrgDirectory org) {
        this.org = org;
    }

    public Optional<CurrentUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AppUserPrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    public CurrentUser current() {
        return find().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }

    /** The current user's data scope as concrete store and owner ids, for a query's where clause. */
    public RecordScope scope() {
        return find().map(this::scopeOf).orElse(RecordScope.nothing());
    }

    RecordScope scopeOf(CurrentUser user) {
        Set<Long> store = user.storeId() == null ? Set.of() : Set.of(user.storeId());
        Set<Long> self = user.employeeId() == null ? Set.of() : Set.of(user.employeeId());
        return switch (user.dataScope()) {
            case ALL -> RecordScope.everything();
            case STORE -> new RecordScope(false, store, true, Set.of());
            case DEPARTMENT -> new RecordScope(false, store, false, colleaguesIn(user, true));
            case TEAM -> new RecordScope(false, store, false, colleaguesIn(user, false));
            case OWN -> new RecordScope(false, store, false, self);
        };
    }

    private Set<Long> colleaguesIn(CurrentUser user, boolean wholeDepartment) {
        if (user.unitId() == null) {
            return user.employeeId() == null ? Set.of() : Set.of(user.employeeId());
        }
        Long root = wholeDepartment ? org.departmentOf(user.unitId()).orElse(user.unitId()) : user.unitId();
        return org.employeeIdsUnder(root);
    }
}
