package com.autosales.approvals;

import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.access.UserDirectory;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Deputies (审批代理): who stands in for whom, and when. Each person manages their own. */
@Service
@Transactional(readOnly = true)
class Deputies {

    private final DeputyRecords records;
    private final CurrentUsers currentUsers;
    private final UserDirectory users;
    private final AuditTrail audit;
    private final ApprovalNotices notices;
    private final Clock clock;

    Deputies(DeputyRecords records, CurrentUsers currentUsers, UserDirectory users, AuditTrail audit,
            ApprovalNotices notices, Clock clock) {
        this.records = records;
        this.currentUsers = currentUsers;
        this.users = users;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The people {@code username} stands in for today. */
    Set<String> principalsOf(String username) {
        return Set.copyOf(records.principalsOf(username, today()));
    }

    /** Arrangements where I am the principal or the deputy, latest first. */
    List<DeputyView> mine() {
        LocalDate today = today();
        return records.involving(currentUsers.current().username()).stream().map(d -> d.view(today)).toList();
    }

    @Transactional
    DeputyView appoint(String deputyUsername, LocalDate startsOn, LocalDate endsOn) {
        CurrentUser me = currentUsers.current();
        String username = deputyUsername == null ? "" : deputyUsername.trim().toLowerCase(Locale.ROOT);
        String name = users.displayNameOf(username)
                .orElseThrow(() -> new DomainException("approval.deputy-unknown", username));
        if (records.countOverlapping(me.username(), startsOn, endsOn) > 0) {
            throw new DomainException("approval.deputy-overlap");
        }
        Deputy deputy = records.save(new Deputy(Actor.self(me.username(), me.displayName()),
                Actor.self(username, name), startsOn, endsOn, today(), clock.instant()));
        audit.record(AuditRecord.of("approval-deputy", deputy.id(), "CREATE", null,
                FieldChange.of("deputy", null, username), FieldChange.of("startsOn", null, startsOn),
                FieldChange.of("endsOn", null, endsOn)));
        notices.deputyAppointed(deputy, me.displayName());
        return deputy.view(today());
    }

    /** Only the principal ends their own arrangement; anyone else is told it does not exist. */
    @Transactional
    void cancel(Long id) {
        String me = currentUsers.current().username();
        Deputy deputy = records.findById(id).filter(d -> d.principal().equals(me))
                .orElseThrow(() -> new RecordNotFoundException("approval-deputy", id));
        deputy.cancel(clock.instant());
        audit.record(AuditRecord.of("approval-deputy", id, "CANCEL", null,
                FieldChange.of("deputy", deputy.deputy(), null)));
    }
}
