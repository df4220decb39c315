package com.autosales.funnel;

import static org.awaitility.Awaitility.await;

import com.autosales.access.AccessSetup;
import com.autosales.leads.LeadCreated;
import com.autosales.leads.LeadSource;
import com.autosales.org.OrgSetup;
import com.autosales.org.StoreType;
import com.autosales.org.UnitKind;
import com.autosales.showroom.ReceptionLogged;
import com.autosales.showroom.ReceptionSource;
import com.autosales.support.Logins;
import com.autosales.testdrives.TestDriveCompleted;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A store of its own with two consultants and their sales manager, and the events its records would publish, so the
 * funnel's counts are exactly what a test sent (whatever else the demo data and other tests recorded).
 */
final class FunnelTestStore {

    record Person(String username, Long employeeId, String name) {
    }

    final Long storeId;
    final Person consultantA;
    final Person consultantB;
    final Person manager;

    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    /** Record ids no real record has (identity columns start at 1), different in every run. */
    private final AtomicLong nextId = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 9_000_000_000_000L));

    FunnelTestStore(OrgSetup org, AccessSetup access, JdbcTemplate jdbc, ApplicationEventPublisher events,
            TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.events = events;
        this.tx = tx;
        String tag = String.valueOf(System.nanoTime() % 10_000_000);
        Long group = jdbc.queryForObject("select parent_id from org_unit where code = 'SH-PD-4S'", Long.class);
        storeId = org.createStore(group, StoreType.DEALERSHIP, "FUN-" + tag, "漏斗测试店" + tag, "Funnel store " + tag);
        Long team = org.createUnit(storeId, UnitKind.TEAM, "FUN-T-" + tag, "漏斗测试组", "Funnel team", null, 5);
        manager = person(org, access, team, "funnelmgr" + tag, "经理" + tag, "sales-manager", "salesmanager");
        consultantA = person(org, access, team, "funnela" + tag, "顾问甲" + tag, "sales-consultant", "consultant");
        consultantB = person(org, access, team, "funnelb" + tag, "顾问乙" + tag, "sales-consultant", "consultant");
    }

    private Person person(OrgSetup org, AccessSetup access, Long team, String username, String name, String position,
            String role) {
        Long employee = org.hire(username.toUpperCase(), name, null, position, team, null, LocalDate.of(2025, 1, 1));
        access.createUser(new AccessSetup.NewUser(username, Logins.DEMO_PASSWORD, name, null, employee, storeId,
                List.of(role)));
        return new Person(username, employee, name);
    }

    Long newId() {
        return nextId.incrementAndGet();
    }

    /** Publishes the event as its module does: inside a transaction, delivered to listeners after the commit. */
    void publish(Object event) {
        tx.executeWithoutResult(status -> events.publishEvent(event));
    }

    Long visit(Person consultant, Long customerId, ReceptionSource source) {
        Long id = newId();
        publish(new ReceptionLogged(id, customerId, consultant.employeeId(), storeId, source, true,
                Instant.now().minusSeconds(60)));
        return id;
    }

    Long lead(Person consultant, Long customerId, LeadSource source) {
        Long id = newId();
        publish(new LeadCreated(id, customerId, consultant.employeeId(), storeId, source, Instant.now()));
        return id;
    }

    Long drive(Person consultant, Long customerId, Long leadId) {
        Long id = newId();
        publish(new TestDriveCompleted(id, customerId, leadId, consultant.employeeId(), 5, Instant.now(), storeId));
        return id;
    }

    long rows() {
        return jdbc.queryForObject("select count(*) from funnel_entry where store_id = ?", Long.class, storeId);
    }

    /** Waits until the funnel's listeners have completed this many deliveries of events whose JSON contains the text. */
    void awaitDeliveries(String jsonFragment, long expected) {
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject("select count(*) from event_publication"
                + " where listener_id like '%FunnelListeners%' and serialized_event like ? and completion_date is not null",
                Long.class, "%" + jsonFragment + "%") >= expected);
    }

    /** Waits until the listeners have recorded this many rows of the store. */
    void awaitRows(long expected) {
        await().atMost(Duration.ofSeconds(15)).until(() -> rows() >= expected);
    }
}
