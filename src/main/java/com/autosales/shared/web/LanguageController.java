package com.autosales.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The language switch: the interceptor stores {@code ?lang=}, then the user returns to the page they were on. */
@Controller
class LanguageController {

    @GetMapping("/language")
    String switchLanguage(HttpServletRequest request) {
        return "redirect:" + sameSitePath(request.getHeader("Referer"));
    }

    /** Only ever redirect within this site, whatever the Referer says. */
    static String sameSitePath(String referer) {
        if (referer == null || referer.isBlank()) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            if (path == null || path.isEmpty() || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            String query = uri.getRawQuery();
            String cleaned = query == null ? null : query.replaceAll("(^|&)lang=[^&]*", "").replaceFirst("^&", "");
            return cleaned == null || cleaned.isEmpty() ? path : path + "?" + cleaned;
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
