package com.autosales.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditLogIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired AuditTrail trail;
    @Autowired TransactionTemplate tx;

    @Test
    void anAdminFindsAChangeByRecordWithItsBeforeAndAfter() throws Exception {
        tx.executeWithoutResult(s -> trail.record(AuditRecord.of("vehicle", "LSVAU2180N2183294", "UPDATE", "调价",
                FieldChange.of("msrp", "158800.00", "155800.00"))));
        mvc.perform(get("/admin/audit").param("entityType", "vehicle").param("entityId", "LSVAU2180N2183294")
                        .with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("158800.00")))
                .andExpect(content().string(containsString("155800.00")))
                .andExpect(content().string(containsString("调价")));
    }

    @Test
    void filtersNarrowTheList() throws Exception {
        mvc.perform(get("/admin/audit").param("entityType", "no-such-type").with(logins.as("admin")))
                .andExpect(content().string(containsString("没有符合条件的审计记录")));
    }

    @Test
    void htmxGetsOnlyTheResults() throws Exception {
        mvc.perform(get("/admin/audit").header("HX-Request", "true").with(logins.as("admin")))
                .andExpect(content().string(containsString("audit-results")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void unchangedFieldsAreNotRecorded() {
        AuditRecord record = AuditRecord.of("customer", 1, "UPDATE", null,
                FieldChange.of("name", "王芳", "王芳"), FieldChange.of("grade", "B", "A"));
        org.assertj.core.api.Assertions.assertThat(record.changes()).extracting(FieldChange::field).containsExactly("grade");
    }
}
