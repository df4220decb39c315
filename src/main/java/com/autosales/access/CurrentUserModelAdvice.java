package com.autosales.access;

import com.autosales.org.OrgDirectory;
import com.autosales.org.UnitView;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The signed-in user, the store they work in and the stores they may switch to, for the top bar. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserModelAdvice {

    private final CurrentUsers currentUsers;
    private final OrgDirectory org;

    CurrentUserModelAdvice(CurrentUsers currentUsers, OrgDirectory org) {
        this.currentUsers = currentUsers;
        this.org = org;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return currentUsers.find().orElse(null);
    }

    @ModelAttribute("currentStoreId")
    Long currentStoreId() {
        return currentUsers.currentStoreId().orElse(null);
    }

    @ModelAttribute("currentStoreName")
    String currentStoreName() {
        return currentUsers.currentStoreId().flatMap(org::unit).map(UnitView::name).orElse(null);
    }

    /** Empty when there is nothing to switch between. */
    @ModelAttribute("storeChoices")
    List<UnitView> storeChoices() {
        List<UnitView> stores = currentUsers.selectableStores();
        return stores.size() > 1 || currentUsers.mayUseGroupView() ? stores : List.of();
    }

    @ModelAttribute("groupViewAllowed")
    boolean groupViewAllowed() {
        return currentUsers.mayUseGroupView();
    }
}
