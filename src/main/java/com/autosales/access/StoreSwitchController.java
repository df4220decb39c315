package com.autosales.access;

import com.autosales.shared.web.SafeRedirect;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The store switch in the top bar, for users who work for several stores or the whole group. */
@Controller
class StoreSwitchController {

    private final CurrentUsers currentUsers;

    StoreSwitchController(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @PostMapping("/store-context")
    String switchStore(@RequestParam(required = false) Long storeId, HttpServletRequest request) {
        currentUsers.switchStore(storeId);
        return "redirect:" + SafeRedirect.back(request.getHeader("Referer"));
    }
}
