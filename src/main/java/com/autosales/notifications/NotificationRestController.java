package com.autosales.notifications;

import com.autosales.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's notifications over the API. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications")
class NotificationRestController {

    private final Inbox inbox;

    NotificationRestController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    @Operation(summary = "My notifications, newest first")
    PageResponse<NotificationView> list(Principal principal, @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") int page) {
        return PageResponse.of(inbox.list(principal.getName(), unread, page));
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many of my notifications are unread")
    Map<String, Long> unreadCount(Principal principal) {
        return Map.of("unread", inbox.unreadCount(principal.getName()));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one notification read")
    NotificationView read(Principal principal, @PathVariable Long id) {
        return inbox.open(principal.getName(), id);
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark all my notifications read")
    Map<String, Integer> readAll(Principal principal) {
        return Map.of("marked", inbox.markAllRead(principal.getName()));
    }

}
