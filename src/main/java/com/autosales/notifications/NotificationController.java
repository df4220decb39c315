package com.autosales.notifications;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notification centre page and the bell's unread badge. */
@Controller
class NotificationController {

    private final Inbox inbox;

    NotificationController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/notifications")
    String list(Principal principal, @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("notifications", inbox.list(principal.getName(), unread, page));
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("unreadCount", inbox.unreadCount(principal.getName()));
        return "notifications/list";
    }

    @GetMapping("/notifications/badge")
    String badge(Principal principal, @RequestParam(defaultValue = "false") boolean count, Model model) {
        model.addAttribute("unreadCount", inbox.unreadCount(principal.getName()));
        return count ? "fragments/bell :: count" : "fragments/bell :: bell";
    }

    @GetMapping("/notifications/{id}/open")
    String open(Principal principal, @PathVariable Long id) {
        NotificationView opened = inbox.open(principal.getName(), id);
        return "redirect:" + (opened.link() == null ? "/notifications" : opened.link());
    }

    @PostMapping("/notifications/read-all")
    String readAll(Principal principal, RedirectAttributes redirect) {
        redirect.addFlashAttribute("successKey", "notifications.all-read");
        inbox.markAllRead(principal.getName());
        return "redirect:/notifications";
    }
}
