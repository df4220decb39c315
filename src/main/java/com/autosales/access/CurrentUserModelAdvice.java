package com.autosales.access;

import com.autosales.org.OrgDirectory;
import com.autosales.org.UnitView;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The signed-in user and their store name, for the top bar of every page. */
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

    @ModelAttribute("currentStoreName")
    String currentStoreName() {
        return currentUsers.find().flatMap(u -> org.unit(u.storeId())).map(UnitView::name).orElse(null);
    }
}
