package com.autosales.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The plan pages as the GM and a consultant use them, in Chinese and English. Plans three years ahead. */
@IntegrationTest
class SalesPlanPagesIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;

    private String page(String user, String path, String language) throws Exception {
        return mvc.perform(get(path).with(logins.as(user)).cookie(new Cookie("AUTOSALES_LANG", language)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private MvcResult form(String user, String path, String... params) throws Exception {
        var request = post(path).with(logins.as(user)).with(csrf()).cookie(new Cookie("AUTOSALES_LANG", "zh-CN"));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
    }

    private long version(Long planId) {
        return jdbc.queryForObject("select version from sales_plan where id = ?", Long.class, planId);
    }

    @Test
    void theGridAndTheProgressPageShowThePlanInChineseAndEnglish() throws Exception {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 3;
        Long store = jdbc.queryForObject("select id from org_unit where code = 'SH-PD-4S'", Long.class);
        assertThat(page("gm", "/sales-plans/new", "zh-CN")).contains("新建销售计划", "上海浦东4S店");

        MvcResult created = form("gm", "/sales-plans/new", "storeId", store.toString(), "year", String.valueOf(year));
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).matches("/sales-plans/\\d+");
        Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
        assertThat(page("gm", "/sales-plans", "zh-CN")).contains("上海浦东4S店 · " + year, "草稿", "第 1 版");

        form("gm", location + "/split", "version", String.valueOf(version(id)), "metric", "DELIVERIES", "annual", "100",
                "mode", "EVEN");
        Long storeNode = jdbc.queryForObject("select id from sales_plan_node where plan_id = ? and kind = 'STORE'", Long.class, id);
        MvcResult bad = form("gm", location + "/nodes/" + storeNode, "version", String.valueOf(version(id)),
                "metric", "DELIVERIES", "months", "abc");
        assertThat((String) bad.getFlashMap().get("errorMessage")).isEqualTo("「abc」不是有效的数字。");

        String zh = page("gm", location, "zh-CN");
        assertThat(zh).contains("上海浦东4S店", "草稿", "交车（台）", "销售部", "张伟", "未分配", "平均分给下级", "提交总经理审批",
                "id=\"plan-grid\"", "unallocated-row").doesNotContain("??");
        assertThat(zh).as("100 a year: 8 a month, 12 in December; the rest unallocated under the store")
                .contains(">8<", ">12<", ">100<", "form=\"row-" + storeNode + "\"");
        String en = page("gm", location + "?metric=REVENUE", "en");
        assertThat(en).contains("Sales department", "Unallocated", "Revenue", "Split evenly among children",
                "Submit to the general manager").doesNotContain("??", "未分配");

        String progressZh = page("gm", location + "/progress", "zh-CN");
        assertThat(progressZh).contains("达成进度", "年初至今", "达成率", "id=\"progress-chart\"", "target-progress.js", "张伟")
                .doesNotContain("??");
        String progressEn = page("gm", location + "/progress?metric=REVENUE&month=3", "en");
        assertThat(progressEn).contains("Progress", "Year to date", "Attainment", "Mar", "Sales department")
                .doesNotContain("??", "年初至今");

        String consultant = page("consultant2", location, "zh-CN");
        assertThat(consultant).contains("刘洋").doesNotContain("张伟", "销售部", "提交总经理审批");
        assertThat(page("consultant2", location + "/progress", "zh-CN")).contains("刘洋").doesNotContain("张伟");
    }
}
