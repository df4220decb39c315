package com.autosales.access;

import com.autosales.org.OrgDirectory;
import com.autosales.org.UnitView;
import com.autosales.shared.DomainException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Who is signed in, which store they are working in, and which records they may see. The one place
 * data scope is computed: every module's queries take {@link #scope()}.
 */
@Service
public class CurrentUsers {

    private final OrgDirectory org;
    private final StoreContext storeContext;

    CurrentUsers(OrgDirectory org, StoreContext storeContext) {
        this.org = org;
        this.storeContext = storeContext;
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

    /** The store the user is working in now; empty in the group view. */
    public Optional<Long> currentStoreId() {
        return find().flatMap(this::workingStore);
    }

    /** Like {@link #currentStoreId()}, but refuses the group view: for actions that belong to one store. */
    public Long requireStore() {
        return currentStoreId().orElseThrow(() -> new DomainException("access.store-required"));
    }

    /** The stores this user may switch between. */
    public List<UnitView> selectableStores() {
        return find().map(this::allowedStores).orElse(List.of());
    }

    public boolean mayUseGroupView() {
        return find().map(u -> u.dataScope() == DataScope.ALL || u.storeIds().size() > 1).orElse(false);
    }

    /** Switches the store (or the group view with {@code null}); refuses a store the user may not work in. */
    public void switchStore(Long storeId) {
        CurrentUser user = current();
        if (storeId == null) {
            if (!mayUseGroupView()) {
                throw new DomainException("access.group-view-not-allowed");
            }
            storeContext.choose(StoreContext.GROUP_VIEW);
            return;
        }
        if (allowedStores(user).stream().noneMatch(s -> s.id().equals(storeId))) {
            throw new DomainException("access.store-not-allowed");
        }
        storeContext.choose(storeId);
    }

    RecordScope scopeOf(CurrentUser user) {
        Optional<Long> working = workingStore(user);
        Set<Long> store = working.map(Set::of).orElse(Set.of());
        Set<Long> self = user.employeeId() == null ? Set.of() : Set.of(user.employeeId());
        return switch (user.dataScope()) {
            case ALL -> working.isPresent() ? new RecordScope(false, store, true, Set.of()) : RecordScope.everything();
            case STORE -> new RecordScope(false, working.isPresent() ? store : user.storeIds(), true, Set.of());
            case DEPARTMENT -> new RecordScope(false, store, false, colleaguesIn(user, true));
            case TEAM -> new RecordScope(false, store, false, colleaguesIn(user, false));
            case OWN -> new RecordScope(false, store, false, self);
        };
    }

    private Optional<Long> workingStore(CurrentUser user) {
        Optional<Long> chosen = storeContext.chosen();
        if (chosen.isPresent()) {
            long id = chosen.get();
            boolean groupAllowed = user.dataScope() == DataScope.ALL || user.storeIds().size() > 1;
            if (id == StoreContext.GROUP_VIEW && groupAllowed) {
                return Optional.empty();
            }
            if (id != StoreContext.GROUP_VIEW && (user.dataScope() == DataScope.ALL || user.storeIds().contains(id))) {
                return Optional.of(id);
            }
        }
        return Optional.ofNullable(user.storeId());
    }

    private List<UnitView> allowedStores(CurrentUser user) {
        List<UnitView> stores = org.stores();
        if (user.dataScope() == DataScope.ALL) {
            return stores;
        }
        return stores.stream().filter(s -> user.storeIds().contains(s.id())).toList();
    }

    private Set<Long> colleaguesIn(CurrentUser user, boolean wholeDepartment) {
        if (user.unitId() == null) {
            return user.employeeId() == null ? Set.of() : Set.of(user.employeeId());
        }
        Long root = wholeDepartment ? org.departmentOf(user.unitId()).orElse(user.unitId()) : user.unitId();
        return org.employeeIdsUnder(root);
    }
}
