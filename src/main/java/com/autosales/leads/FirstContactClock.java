package com.autosales.leads;

import com.autosales.access.UserDirectory;
import com.autosales.notifications.Notice;
import com.autosales.notifications.Notifications;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Starts a lead's first-contact clock by its store's rule, tells the consultant the deadline, and stops the clock. */
@Component
class FirstContactClock {

    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final LeadSettings settings;
    private final UserDirectory users;
    private final Notifications notifications;
    private final Clock clock;

    FirstContactClock(LeadSettings settings, UserDirectory users, Notifications notifications, Clock clock) {
        this.settings = settings;
        this.users = users;
        this.notifications = notifications;
        this.clock = clock;
    }

    void start(Lead lead, Instant now) {
        ResponseRule rule = settings.responseRuleOf(lead.storeId());
        lead.awaitFirstContact(now, rule.firstContactDue(now, clock.getZone()), rule.reassignOfferAt(now, clock.getZone()));
    }

    void tellOwner(Lead lead) {
        String due = DEADLINE.withZone(clock.getZone()).format(lead.firstContactDueAt());
        users.usernameOfEmployee(lead.ownerEmployeeId()).ifPresent(username -> notifications.send(
                Notice.to(username, "lead-first-contact", "leads.notice.first-contact-due", "/leads/" + lead.id(),
                        lead.customerName(), due)));
    }

    /** A follow-up result was recorded: if the lead was waiting, the wait ends and its opening minutes are kept. */
    void contacted(Lead lead, Instant at) {
        if (!lead.awaitingFirstContact()) {
            return;
        }
        ResponseRule rule = settings.responseRuleOf(lead.storeId());
        lead.firstContact(at, rule.hours(clock.getZone()).openMinutesBetween(lead.responseStartedAt(), at));
    }
}
