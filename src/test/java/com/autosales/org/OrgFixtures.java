package com.autosales.org;

import com.autosales.customers.CustomerDetails;
import com.autosales.customers.CustomerKind;
import com.autosales.customers.CustomerManagement;
import com.autosales.customers.Lifecycle;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Named fixtures for the org tests: each test builds its own units and people, so demo data stays as it is. */
record OrgFixtures(OrgSetup org, CustomerManagement customers, JdbcTemplate jdbc) {

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    Long unit(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    Long employee(String employeeNo) {
        return jdbc.queryForObject("select id from org_employee where employee_no = ?", Long.class, employeeNo);
    }

    Long position(String code) {
        return jdbc.queryForObject("select id from org_position where code = ?", Long.class, code);
    }

    long unitVersion(Long id) {
        return jdbc.queryForObject("select version from org_unit where id = ?", Long.class, id);
    }

    long employeeVersion(Long id) {
        return jdbc.queryForObject("select version from org_employee where id = ?", Long.class, id);
    }

    Long store() {
        return unit("SH-PD-4S");
    }

    Long salesManager() {
        return employee("E1002");
    }

    /** A new team of the 4S store's sales department. */
    Long salesTeam(String nameZh, Integer planned) {
        return org.createUnit(unit("SH-PD-SALES"), UnitKind.TEAM, "T-" + unique(), nameZh, null, null, planned);
    }

    Long department(String nameZh, Integer planned) {
        return org.createUnit(store(), UnitKind.DEPARTMENT, "D-" + unique(), nameZh, null, null, planned);
    }

    Long consultantIn(Long unit, String name) {
        return org.hire("T" + unique(), name, null, "sales-consultant", unit, salesManager(), LocalDate.of(2025, 5, 1));
    }

    Long customerOf(Long owner, String name) {
        return customers.registerFor(store(), owner,
                new CustomerDetails(CustomerKind.INDIVIDUAL, name, null, Lifecycle.POTENTIAL, null));
    }

    long customersOwnedBy(Long employee) {
        return jdbc.queryForObject("select count(*) from customer where owner_employee_id = ?", Long.class, employee);
    }

    long auditEntries(String type, Long id, String action) {
        return jdbc.queryForObject("select count(*) from audit_entry where entity_type = ? and entity_id = ? and action = ?",
                Long.class, type, String.valueOf(id), action);
    }
}
