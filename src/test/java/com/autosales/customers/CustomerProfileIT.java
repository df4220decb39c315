package com.autosales.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CustomerProfileIT {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;
    @Autowired CustomerManagement customers;

    /** A fresh customer of consultant1 (张伟), with a name and phone no other test uses. */
    private Long consultant1Customer(String name) {
        Map<String, Object> wangFang = jdbc.queryForMap("select store_id, owner_employee_id from customer where name = '王芳'");
        int n = SEQ.incrementAndGet();
        String phone = String.format("1355%03d%04d", (int) (System.nanoTime() % 1000), n);
        return customers.registerFor((Long) wangFang.get("store_id"), (Long) wangFang.get("owner_employee_id"),
                new CustomerDetails(CustomerKind.ORGANISATION, name + n + "-" + System.nanoTime() % 100000, phone,
                        Lifecycle.NEW, Grade.B));
    }

    private long version(Long id) {
        List<Long> versions = jdbc.queryForList("select version from customer_profile where customer_id = ?", Long.class, id);
        return versions.isEmpty() ? -1 : versions.get(0);
    }

    private String name(Long id) {
        return jdbc.queryForObject("select name from customer where id = ?", String.class, id);
    }

    @Test
    void savingASectionShowsItOnTheCardAndTheAuditTrailKeepsBeforeAndAfter() throws Exception {
        Long id = consultant1Customer("档案卡测试公司");
        mvc.perform(post("/customers/" + id + "/profile/basic").with(csrf()).with(logins.as("consultant1"))
                        .param("version", "-1").param("address", "上海市浦东新区世纪大道 1 号")
                        .param("legalPerson", "赵一").param("foundedOn", "2010-05-01").param("registeredCapital", "5000000"))
                .andExpect(redirectedUrl("/customers/" + id + "#profile-basic"));
        mvc.perform(post("/customers/" + id + "/profile/basic").with(csrf()).with(logins.as("consultant1"))
                        .param("version", String.valueOf(version(id))).param("address", "上海市浦东新区世纪大道 2 号")
                        .param("legalPerson", "赵一").param("foundedOn", "2010-05-01").param("registeredCapital", "5000000.00"))
                .andExpect(redirectedUrl("/customers/" + id + "#profile-basic"));

        List<Map<String, Object>> changes = jdbc.queryForList("select c.field, c.before_value, c.after_value from audit_change c "
                + "join audit_entry e on e.id = c.entry_id where e.entity_type = 'customer' and e.entity_id = ? "
                + "and e.action = 'UPDATE_PROFILE' and e.actor = 'consultant1' order by e.id desc, c.field", String.valueOf(id));
        assertThat(changes.get(0)).containsEntry("field", "profile.address")
                .containsEntry("before_value", "上海市浦东新区世纪大道 1 号").containsEntry("after_value", "上海市浦东新区世纪大道 2 号");
        assertThat(changes).as("the second save changed only the address; the same capital is no change")
                .filteredOn(c -> c.get("before_value") != null).hasSize(1);

        mvc.perform(get("/customers/" + id).with(logins.as("consultant1")))
                .andExpect(content().string(containsString("上海市浦东新区世纪大道 2 号")))
                .andExpect(content().string(containsString("¥5,000,000.00")))
                .andExpect(content().string(containsString("修改档案卡")));
    }

    @Test
    void invalidInputIsExplainedNextToTheFieldInChineseAndNothingIsSaved() throws Exception {
        Long id = consultant1Customer("档案卡校验公司");
        mvc.perform(post("/customers/" + id + "/profile/traits").with(csrf()).with(logins.as("consultant1"))
                        .param("version", "-1").param("annualRevenue", "-100").param("businessPhilosophy", "长".repeat(501))
                        .param("staffCount", "12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("请输入不小于 0 的金额（最多两位小数）")))
                .andExpect(content().string(containsString("最多 500 个字")))
                .andExpect(content().string(containsString("提交的信息有误，请按提示修改")));
        mvc.perform(post("/customers/" + id + "/profile/traits").with(csrf()).with(logins.as("consultant1"))
                        .param("version", "-1").param("staffCount", "十二").param("serviceArea", "浦东"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("格式不正确")))
                .andExpect(content().string(containsString("value=\"浦东\"")));
        assertThat(version(id)).as("no profile row was written").isEqualTo(-1);
    }

    @Test
    void anEmptyPostIsRefusedAndChangesNothing() throws Exception {
        Long wangFang = jdbc.queryForObject("select id from customer where name = '王芳'", Long.class);
        long before = version(wangFang);
        mvc.perform(post("/customers/" + wangFang + "/profile/classification").with(csrf()).with(logins.as("admin"))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        assertThat(version(wangFang)).isEqualTo(before);
    }

    @Test
    void aStaleFormIsRefusedAndNothingIsSaved() throws Exception {
        Long id = consultant1Customer("档案卡并发公司");
        mvc.perform(post("/customers/" + id + "/profile/trading").with(csrf()).with(logins.as("consultant1"))
                        .param("version", "-1").param("creditStanding", "GOOD").param("tradingTerms", "月结 30 天"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/customers/" + id + "/profile/trading").with(csrf()).with(logins.as("salesmanager"))
                        .param("version", "-1").param("creditStanding", "POOR").param("tradingTerms", "现款现货"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该记录刚被其他人修改过")));
        assertThat(jdbc.queryForObject("select credit_standing from customer_profile where customer_id = ?", String.class, id))
                .isEqualTo("GOOD");
    }

    @Test
    void anotherConsultantsCustomerCannotBeOpenedAndFinanceMayOnlyRead() throws Exception {
        Long id = consultant1Customer("档案卡权限公司");
        mvc.perform(get("/customers/" + id + "/profile/business").with(logins.as("consultant2")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/customers/" + id + "/profile/business").with(csrf()).with(logins.as("consultant2"))
                        .param("version", "-1").param("salesWithUs", "抢单"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/customers/" + id + "/profile/business").with(csrf()).with(logins.as("finance"))
                        .param("version", "-1").param("salesWithUs", "财务改的"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/customers/" + id).with(logins.as("finance")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("业务状况")))
                .andExpect(content().string(not(containsString("edit-profile-business"))));
        assertThat(version(id)).isEqualTo(-1);
    }

    @Test
    void theListFiltersByVolumeClassAndCountsEachValue() throws Exception {
        Long key = consultant1Customer("筛选主力客户");
        Long scattered = consultant1Customer("筛选零散客户");
        for (var c : List.of(Map.entry(key, "KEY"), Map.entry(scattered, "SCATTERED"))) {
            mvc.perform(post("/customers/" + c.getKey() + "/profile/classification").with(csrf()).with(logins.as("consultant1"))
                            .param("version", "-1").param("volumeClass", c.getValue()).param("tradeStage", "TRADING")
                            .param("region", "浦东").param("routeCode", "PD-09").param("visitOrder", "3"))
                    .andExpect(status().is3xxRedirection());
        }
        long keyCount = jdbc.queryForObject("select count(*) from customer_profile p join customer c on c.id = p.customer_id "
                + "join app_user u on u.employee_id = c.owner_employee_id where u.username = 'consultant1' and p.volume_class = 'KEY'",
                Long.class);
        mvc.perform(get("/customers").param("q", "筛选").param("volumeClass", "KEY").with(logins.as("consultant1")))
                .andExpect(content().string(containsString(name(key))))
                .andExpect(content().string(not(containsString(name(scattered)))));
        mvc.perform(get("/customers/filters").param("volumeClass", "KEY").with(logins.as("consultant1")))
                .andExpect(content().string(containsString("主力 (" + keyCount + ")")));
        mvc.perform(get("/customers").param("q", "筛选").with(logins.as("consultant1")))
                .andExpect(content().string(containsString(name(key))))
                .andExpect(content().string(containsString(name(scattered))));
    }

    @Test
    void theExportContainsExactlyTheRowsOfTheFilteredList() throws Exception {
        Long key = consultant1Customer("导出筛选主力");
        Long scattered = consultant1Customer("导出筛选零散");
        for (var c : List.of(Map.entry(key, "KEY"), Map.entry(scattered, "SCATTERED"))) {
            mvc.perform(post("/customers/" + c.getKey() + "/profile/classification").with(csrf()).with(logins.as("consultant1"))
                            .param("version", "-1").param("volumeClass", c.getValue()))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(get("/customers").param("q", "导出筛选").param("volumeClass", "KEY").with(logins.as("salesmanager")))
                .andExpect(content().string(containsString("volumeClass=KEY")));
        byte[] sheet = mvc.perform(get("/customers/export.xlsx").param("q", "导出筛选").param("volumeClass", "KEY")
                        .with(logins.as("salesmanager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> names = new java.util.ArrayList<>();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(sheet))) {
            var rows = workbook.getSheetAt(0);
            for (int r = 1; r <= rows.getLastRowNum(); r++) {
                names.add(rows.getRow(r).getCell(0).getStringCellValue());
            }
        }
        assertThat(names).containsExactly(name(key));
        assertThat(jdbc.queryForObject("select reason from access_log where username = 'salesmanager' and action = 'EXPORT' "
                + "order by id desc limit 1", String.class)).isEqualTo("q=导出筛选; volumeClass=KEY");
    }

    @Test
    void theCardShowsItsSectionsInChineseAndEnglish() throws Exception {
        Long id = consultant1Customer("档案卡双语公司");
        mvc.perform(get("/customers/" + id).with(logins.as("consultant1")))
                .andExpect(content().string(containsString("基础资料")))
                .andExpect(content().string(containsString("客户特征")))
                .andExpect(content().string(containsString("业务状况")))
                .andExpect(content().string(containsString("交易现状")))
                .andExpect(content().string(containsString("客户分类")))
                .andExpect(content().string(containsString("edit-profile-basic")));
        mvc.perform(get("/customers/" + id).with(logins.as("consultant1")).cookie(new Cookie("AUTOSALES_LANG", "en")))
                .andExpect(content().string(containsString("Basic data")))
                .andExpect(content().string(containsString("Characteristics")))
                .andExpect(content().string(containsString("Business status")))
                .andExpect(content().string(containsString("Trading status")))
                .andExpect(content().string(containsString("Classification")));
        var form = mvc.perform(get("/customers/" + id + "/profile/classification").with(logins.as("consultant1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("交易阶段")))
                .andExpect(content().string(containsString("主力"))).andReturn();
        if (System.getProperty("dumpHtml") != null) {
            java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/profile-form.html"), form.getResponse().getContentAsString());
            Long demo = jdbc.queryForObject("select id from customer where name = '苏州顺达汽配批发部'", Long.class);
            java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/profile-card.html"), mvc.perform(get("/customers/" + demo)
                    .with(logins.as("director"))).andReturn().getResponse().getContentAsString());
            java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/profile-list.html"), mvc.perform(get("/customers")
                    .param("volumeClass", "KEY").with(logins.as("admin"))).andReturn().getResponse().getContentAsString());
        }
    }
}
