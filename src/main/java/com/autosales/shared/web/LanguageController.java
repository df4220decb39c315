package com.autosales.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The language switch: the interceptor stores {@code ?lang=}, then the user returns to the page they were on. */
@Controller
class LanguageController {

    @GetMapping("/language")
    String switchLanguage(HttpServletRequest request) {
        return "redirect:" + SafeRedirect.back(request.getHeader("Referer"));
    }
}
