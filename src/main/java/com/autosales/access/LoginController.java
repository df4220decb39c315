package com.autosales.access;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page. */
@Controller
class LoginController {

    private final LoginAttempts attempts;

    LoginController(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, HttpSession session, Model model) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        model.addAttribute("error", error);
        model.addAttribute("lastUsername", error == null ? null : session.getAttribute(LoginFailureHandler.LAST_USERNAME));
        model.addAttribute("lockoutMinutes", attempts.lockoutMinutes());
        return "access/login";
    }
}
