package com.autosales.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The list filters by every classification, orders as asked, and counts what the reader may see. */
@IntegrationTest
class CustomerListIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;
    @Autowired CustomerManagement customers;
    @Autowired CustomerProfiles profiles;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    /** A customer of consultant1 (张伟) with this name, grade and region. */
    private Long customer(String name, Grade grade, String region) {
        Map<String, Object> wangFang = jdbc.queryForMap("select store_id, owner_employee_id from customer where name = '王芳'");
        String phone = "1364" + String.format("%07d", Math.abs((tag + name).hashCode()) % 10_000_000);
        Long id = customers.registerFor((Long) wangFang.get("store_id"), (Long) wangFang.get("owner_employee_id"),
                new CustomerDetails(CustomerKind.INDIVIDUAL, name, phone, Lifecycle.NEW, grade));
        profiles.recordFor(id, new ProfileClassification(null, null, null, null, region, null, null));
        return id;
    }

    @Test
    void gradeAndRegionFiltersNarrowTheListAndTheOrderFollowsThePinyinOfTheName() throws Exception {
        String region = "筛选区" + tag;
        customer("周列表" + tag, Grade.A, region);
        customer("安列表" + tag, Grade.A, region);
        customer("马列表" + tag, Grade.C, region);

        mvc.perform(get("/customers").param("q", tag).param("grade", "A").param("sort", "NAME").with(logins.as("consultant1")))
                .andExpect(content().string(containsString("共 2 位客户")))
                .andExpect(content().string(not(containsString("马列表" + tag))));
        String page = mvc.perform(get("/customers").param("q", tag).param("region", region).param("sort", "NAME")
                        .with(logins.as("consultant1")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("安列表" + tag)).isLessThan(page.indexOf("马列表" + tag));
        assertThat(page.indexOf("马列表" + tag)).isLessThan(page.indexOf("周列表" + tag));
    }

    @Test
    void theRegionFilterOffersTheRegionsInUseWithTheirCountsOnlyToThoseWhoMaySeeThem() throws Exception {
        String region = "计数区" + tag;
        customer("计数甲" + tag, Grade.B, region);
        customer("计数乙" + tag, Grade.B, region);

        mvc.perform(get("/customers").with(logins.as("consultant1")))
                .andExpect(content().string(containsString("hx-get=\"/customers/filters\"")));
        mvc.perform(get("/customers/filters").with(logins.as("consultant1")))
                .andExpect(content().string(containsString(region + " (2)")));
        mvc.perform(get("/customers/filters").with(logins.as("consultant2")))
                .andExpect(content().string(not(containsString(region))));
    }

    @Test
    void theApiTakesTheSameFiltersAndSaysHowManyMatch() throws Exception {
        String region = "接口区" + tag;
        customer("接口甲" + tag, Grade.A, region);
        customer("接口乙" + tag, Grade.B, region);

        mvc.perform(get("/api/v1/customers").param("q", tag).param("region", region).param("grade", "B")
                        .header("Authorization", "Bearer " + api.tokenFor("consultant1")))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].name").value("接口乙" + tag));
        mvc.perform(get("/api/v1/customers/counts").header("Authorization", "Bearer " + api.tokenFor("consultant1")))
                .andExpect(jsonPath("$.region['" + region + "']").value(2));
    }

    @Test
    void theExportFollowsTheSameFiltersAsTheList() throws Exception {
        String region = "导出区" + tag;
        customer("导出甲" + tag, Grade.A, region);
        customer("导出乙" + tag, Grade.C, region);
        byte[] sheet = mvc.perform(get("/customers/export.xlsx").param("region", region).param("grade", "C")
                        .with(logins.as("salesmanager")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(sheet))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("导出乙" + tag);
        }
    }
}
