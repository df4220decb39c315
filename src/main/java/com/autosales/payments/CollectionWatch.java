package com.autosales.payments;

import com.autosales.access.UserDirectory;
import com.autosales.notifications.Notice;
import com.autosales.notifications.Notifications;
import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import com.autosales.shared.Money;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催款 — once a day: a contract with money past its due date gets a collection task for its consultant (who is told);
 * a task still open after {@code autosales.collection.escalate-after-days} (default 7) is escalated to the consultant's
 * manager once; a task whose contract has nothing overdue any more is closed.
 */
@Component
class CollectionWatch {

    private final ReceivableAccounts accounts;
    private final CollectionTasks tasks;
    private final OrgDirectory org;
    private final UserDirectory users;
    private final Notifications notifications;
    private final int escalateAfterDays;

    CollectionWatch(ReceivableAccounts accounts, CollectionTasks tasks, OrgDirectory org, UserDirectory users,
            Notifications notifications, @Value("${autosales.collection.escalate-after-days:7}") int escalateAfterDays) {
        this.accounts = accounts;
        this.tasks = tasks;
        this.org = org;
        this.users = users;
        this.notifications = notifications;
        this.escalateAfterDays = escalateAfterDays;
    }

    @Transactional
    void check(LocalDate today) {
        Map<Long, CollectionTask> open = new HashMap<>();
        tasks.findByOpenContractIdIsNotNull().forEach(t -> open.put(t.contractId(), t));
        for (ReceivableAccount account : accounts.findOpen()) {
            List<ReceivableAccount.Outstanding> overdue = account.outstanding().stream()
                    .filter(o -> o.line().dueOn().isBefore(today)).toList();
            if (overdue.isEmpty()) {
                continue;
            }
            Money amount = overdue.stream().map(ReceivableAccount.Outstanding::amount).reduce(Money.ZERO, Money::plus);
            LocalDate oldest = overdue.stream().map(o -> o.line().dueOn()).min(LocalDate::compareTo).orElseThrow();
            CollectionTask existing = open.remove(account.contractId());
            CollectionTask task = existing != null ? existing : tasks.save(new CollectionTask(account, amount, oldest, today));
            task.update(amount, oldest);
            if (existing == null) {
                tell(Set.of(account.ownerEmployeeId()), "payments.notice.overdue", task, "collection-" + task.id());
            }
            if (task.escalationDue(today, escalateAfterDays)) {
                task.escalated(today);
                org.employee(account.ownerEmployeeId()).map(EmployeeView::managerId)
                        .ifPresent(manager -> tell(Set.of(manager), "payments.notice.escalated", task,
                                "collection-escalated-" + task.id()));
            }
        }
        open.values().forEach(t -> t.close(today));
    }

    private void tell(Set<Long> employees, String key, CollectionTask task, String once) {
        employees.forEach(e -> users.usernameOfEmployee(e).ifPresent(username -> notifications.send(
                Notice.to(username, "collection", key, "/receivables/collection", task.contractNumber(),
                        task.customerName(), task.overdueAmount().toString()).onceFor(once + "-" + username))));
    }
}
