package com.autosales.reports;

import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.org.OrgDirectory;
import com.autosales.org.UnitView;
import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds a report definition the reader may run and runs it for a period within the reader's data scope. */
@Service
@Transactional(readOnly = true)
public class Reports {

    private final List<ReportDefinition> definitions;
    private final CurrentUsers users;
    private final OrgDirectory org;
    private final Clock clock;

    Reports(List<ReportDefinition> definitions, CurrentUsers users, OrgDirectory org, Clock clock) {
        this.definitions = definitions.stream().sorted(Comparator.comparingInt(ReportDefinition::order)).toList();
        this.users = users;
        this.org = org;
        this.clock = clock;
    }

    /** The reports the current user may run, in catalogue order. */
    public List<ReportDefinition> available() {
        CurrentUser user = users.current();
        return definitions.stream().filter(d -> d.extraAuthority() == null || user.can(d.extraAuthority())).toList();
    }

    public ReportDefinition definition(String code) {
        ReportDefinition definition = definitions.stream().filter(d -> d.code().equals(code)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("report", code));
        if (definition.extraAuthority() != null && !users.current().can(definition.extraAuthority())) {
            throw new AccessDeniedException("missing permission " + definition.extraAuthority());
        }
        return definition;
    }

    /** The period a request names: its kind (default the report's first) containing {@code day} (default the report's). */
    public ReportPeriod period(ReportDefinition definition, PeriodKind kind, LocalDate day) {
        PeriodKind chosen = kind != null && definition.periodKinds().contains(kind) ? kind : definition.periodKinds().get(0);
        return ReportPeriod.of(chosen, day == null ? definition.defaultDay(today()) : day);
    }

    public Report run(String code, PeriodKind kind, LocalDate day) {
        ReportDefinition definition = definition(code);
        return run(definition, period(definition, kind, day));
    }

    public Report run(ReportDefinition definition, ReportPeriod period) {
        return definition.run(new ReportRequest(period, users.scope())).withScopeLabel(scopeLabel());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The store the reader works in now, or (group view) the names of the stores in scope. */
    private String scopeLabel() {
        return users.currentStoreId().flatMap(org::unit).map(UnitView::name).orElseGet(() -> String.join("、",
                users.selectableStores().stream().map(UnitView::name).toList()));
    }
}
