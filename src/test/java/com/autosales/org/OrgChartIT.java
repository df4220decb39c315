package com.autosales.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.customers.CustomerManagement;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** 组织架构图: the tree with people, headcount against plan and vacancies, the person page, the PDF. */
@IntegrationTest
class OrgChartIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrgSetup setup;
    @Autowired CustomerManagement customers;

    private OrgFixtures org;

    @BeforeEach
    void fixtures() {
        org = new OrgFixtures(setup, customers, jdbc);
    }

    @Test
    void theChartShowsEachUnitsPeopleHeadcountAgainstPlanAndVacancies() throws Exception {
        Long department = org.department("大客户部", 5);
        Long team = setup.createUnit(department, UnitKind.TEAM, "T-" + OrgFixtures.unique(), "政企组", null, null, 2);
        Long first = org.consultantIn(department, "欧阳锋");
        org.consultantIn(team, "洪七");
        mvc.perform(get("/org/chart").with(logins.as("gm")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("大客户部")))
                .andExpect(content().string(containsString("在岗 2 / 编制 5")))
                .andExpect(content().string(containsString("缺编 3")))
                .andExpect(content().string(containsString("在岗 1 / 编制 2")))
                .andExpect(content().string(containsString("href=\"/org/employees/" + first + "\"")))
                .andExpect(content().string(containsString("欧阳锋")))
                .andExpect(content().string(containsString("<details")));
        mvc.perform(get("/org/chart").with(logins.as("gm")).cookie(new Cookie("AUTOSALES_LANG", "en")))
                .andExpect(content().string(containsString("2 staff of 5 planned")))
                .andExpect(content().string(containsString("3 open")));
    }

    @Test
    void aPersonPageShowsTheDutiesOfTheirPositionInTheReadersLanguage() throws Exception {
        Long zhangWei = org.employee("E1003");
        mvc.perform(get("/org/employees/" + zhangWei).with(logins.as("salesmanager")))
                .andExpect(content().string(containsString("岗位职责")))
                .andExpect(content().string(containsString("按意向级别跟进客户，及时更新意向客户管理卡")));
        mvc.perform(get("/org/employees/" + zhangWei).with(logins.as("salesmanager")).cookie(new Cookie("AUTOSALES_LANG", "en")))
                .andExpect(content().string(containsString("Follows up leads by intention level and keeps the lead card up to date")));
    }

    @Test
    void theChartExportsAsAPdfWithTheChineseFontInside() throws Exception {
        org.department("PDF测试部", 3);
        byte[] pdf = mvc.perform(get("/org/chart.pdf").with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", containsString("org-chart.pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/org-chart.pdf"), pdf);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("WenQuanYi");
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("组织架构图", "上海浦东4S店", "销售部", "王建国");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'org_unit' and action = 'EXPORT' and actor = 'admin'",
                Integer.class)).isPositive();
    }

    @Test
    void theGeneralManagerExportsTheChartTheSalesManagerOnlySeesItAndAConsultantNeither() throws Exception {
        mvc.perform(get("/org/chart").with(logins.as("gm")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"chart-pdf\"")));
        mvc.perform(get("/org/chart.pdf").with(logins.as("gm"))).andExpect(status().isOk());
        mvc.perform(get("/org/chart").with(logins.as("salesmanager")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"chart-pdf\""))));
        mvc.perform(get("/org/chart.pdf").with(logins.as("salesmanager"))).andExpect(status().isForbidden());
        mvc.perform(get("/org/chart").with(logins.as("consultant1"))).andExpect(status().isForbidden());
    }
}
