package com.autosales.leads;

import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.access.UserDirectory;
import com.autosales.notifications.Notice;
import com.autosales.notifications.Notifications;
import org.springframework.stereotype.Component;

/** Tells a consultant about their lead in the notification centre, naming who acted. */
@Component
class LeadNotices {

    private final CurrentUsers currentUsers;
    private final UserDirectory users;
    private final Notifications notifications;

    LeadNotices(CurrentUsers currentUsers, UserDirectory users, Notifications notifications) {
        this.currentUsers = currentUsers;
        this.users = users;
        this.notifications = notifications;
    }

    void tell(Long employeeId, String category, String key, Lead lead) {
        String by = currentUsers.find().map(CurrentUser::displayName).orElse("");
        users.usernameOfEmployee(employeeId).ifPresent(username -> notifications.send(
                Notice.to(username, category, key, "/leads/" + lead.id(), lead.customerName(), by)));
    }
}
