package com.autosales.access;

import com.autosales.org.OrgDirectory;
import com.autosales.org.UnitView;
import com.autosales.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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

    /**
     * The top bar's store switch. Htmx fragments (the bell polls every minute) and the JSON API have no top bar, so
     * they skip the lookups ({@code annotations = Controller.class} also matches REST controllers).
     */
    @ModelAttribute
    void storeContext(HttpServletRequest request, Model model) {
        if (Htmx.isHtmx(request) || request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || currentUsers.find().isEmpty()) {
            return;
        }
        Long storeId = currentUsers.currentStoreId().orElse(null);
        boolean groupView = currentUsers.mayUseGroupView();
        List<UnitView> stores = currentUsers.selectableStores();
        model.addAttribute("currentStoreId", storeId);
        model.addAttribute("currentStoreName", storeId == null ? null : org.unit(storeId).map(UnitView::name).orElse(null));
        model.addAttribute("storeChoices", stores.size() > 1 || groupView ? stores : List.of());
        model.addAttribute("groupViewAllowed", groupView);
    }
}
