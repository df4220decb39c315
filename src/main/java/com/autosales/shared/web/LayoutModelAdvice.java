package com.autosales.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts what the page shell needs (menu, current path) into every HTML page's model. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

    private final List<NavItem> items;

    LayoutModelAdvice(List<NavItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** The menu entry the page belongs to: the longest item path the current path is in (/leads/manager, not /leads). */
    @ModelAttribute("activeNavPath")
    String activeNavPath(HttpServletRequest request) {
        String path = request.getRequestURI();
        return items.stream().map(NavItem::path)
                .filter(p -> p.equals(path) || (!p.equals("/") && path.startsWith(p + "/")))
                .max(Comparator.comparingInt(String::length)).orElse(null);
    }

    @ModelAttribute("navSections")
    List<NavSection> navSections() {
        Set<String> granted = grantedAuthorities();
        Map<String, List<NavItem>> bySection = new LinkedHashMap<>();
        for (NavItem item : items) {
            if (item.authority() == null || granted.contains(item.authority())) {
                bySection.computeIfAbsent(item.section(), k -> new ArrayList<>()).add(item);
            }
        }
        return bySection.entrySet().stream().map(e -> new NavSection(e.getKey(), e.getValue())).toList();
    }

    private static Set<String> grantedAuthorities() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return Set.of();
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }
}
