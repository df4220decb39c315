package com.autosales.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class LoanPagesIT {

    private static final Cookie ENGLISH = new Cookie("AUTOSALES_LANG", "en");

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired JdbcTemplate jdbc;
    @Autowired LoanFixtures fixtures;

    private String page(String user, String path, Cookie... cookies) throws Exception {
        var request = get(path).with(logins.as(user));
        if (cookies.length > 0) {
            request.cookie(cookies);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private Long openedOnThePage(Long contractId) throws Exception {
        String location = mvc.perform(post("/loans").with(logins.as("finance")).with(csrf())
                        .param("contractId", String.valueOf(contractId)).param("lender", "大众汽车金融")
                        .param("amount", "150000").param("termMonths", "24").param("annualRate", "3.99"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.valueOf(location.substring("/loans/".length()));
    }

    @Test
    void theWorkbenchShowsAFinancedContractToOpenThenTheApplicationCollectingDocuments() throws Exception {
        Long contractId = fixtures.approvedFinancedContractOf("consultant1");
        assertThat(page("finance", "/loans")).contains("待申请", "id=\"to-open-" + contractId + "\"");
        assertThat(page("finance", "/loans/new?contractId=" + contractId)).contains("新建分期申请", "186830");
        Long id = openedOnThePage(contractId);
        String desk = page("finance", "/loans");
        assertThat(desk).doesNotContain("id=\"to-open-" + contractId + "\"").contains("收集资料中", "/loans/" + id + "\"", "缺 5 项必备资料");
        assertThat(page("finance", "/loans?status=COLLECTING&lender=大众汽车金融")).contains("/loans/" + id + "\"");
        assertThat(page("finance", "/loans?lender=招商银行")).doesNotContain("/loans/" + id + "\"");
    }

    @Test
    void oneClickTicksADocumentAndTheChecklistComesBackWithTheNewVersion() throws Exception {
        Long id = openedOnThePage(fixtures.approvedFinancedContractOf("consultant1"));
        Long idCard = fixtures.documentTypeIds(id).get(0);
        long version = fixtures.versionOf(id);
        String fragment = mvc.perform(post("/loans/" + id + "/documents/" + idCard).with(logins.as("finance")).with(csrf())
                        .header("HX-Request", "true").param("version", String.valueOf(version)).param("received", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("id=\"loan-main\"", "缺 4 项必备资料", "value=\"" + (version + 1) + "\"")
                .doesNotContain("<html");
        String stale = mvc.perform(post("/loans/" + id + "/documents/" + idCard).with(logins.as("finance")).with(csrf())
                        .header("HX-Request", "true").param("version", String.valueOf(version)).param("received", "false"))
                .andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("alert-danger");
        assertThat(jdbc.queryForObject("select received from sales_loan_document where loan_id = ? and type_id = ?",
                Boolean.class, id, idCard)).isTrue();
    }

    @Test
    void submittingOnThePageWithDocumentsMissingShowsWhichAndKeepsTheApplication() throws Exception {
        Long id = openedOnThePage(fixtures.approvedFinancedContractOf("consultant1"));
        mvc.perform(post("/loans/" + id + "/submit").with(logins.as("finance")).with(csrf())
                        .param("version", String.valueOf(fixtures.versionOf(id))))
                .andExpect(redirectedUrl("/loans/" + id))
                .andExpect(flash().attribute("actionError", org.hamcrest.Matchers.containsString("身份证")));
        assertThat(fixtures.statusOf(id)).isEqualTo("COLLECTING");
        assertThat(page("finance", "/loans/" + id)).contains("资料未齐，不能提交", "id=\"submit-loan\"");
    }

    @Test
    void everyLoanPageHasItsLabelsInEnglish() throws Exception {
        Long contractId = fixtures.approvedFinancedContractOf("consultant1");
        Long id = openedOnThePage(contractId);
        for (String path : new String[] {"/loans", "/loans?status=COLLECTING", "/loans/" + id, "/loans/" + id + "/edit",
                "/loans/new?contractId=" + fixtures.approvedFinancedContractOf("consultant1"),
                "/loans/for-contract/" + contractId}) {
            assertThat(page("finance", path, ENGLISH)).as(path).doesNotContain("??").containsIgnoringCase("loan");
        }
        assertThat(page("admin", "/loans/settings", ENGLISH)).doesNotContain("??").contains("Document checklist", "Driving licence");
        assertThat(page("consultant1", "/loans/for-contract/" + contractId)).contains("收集资料", "/loans/" + id + "\"");
    }

    @Test
    void theContractCardOffersToOpenAnApplicationForAFinancedContractWithoutOne() throws Exception {
        Long financed = fixtures.approvedFinancedContractOf("consultant1");
        assertThat(page("consultant1", "/loans/for-contract/" + financed)).contains("id=\"open-loan\"", "尚无进行中的分期申请");
        Long cash = fixtures.approvedContractOf("consultant1", "CASH");
        assertThat(page("consultant1", "/loans/for-contract/" + cash)).contains("全款合同").doesNotContain("id=\"open-loan\"");
        mvc.perform(get("/loans/for-contract/" + financed).with(logins.as("consultant2"))).andExpect(status().isNotFound());
        fixtures.post("consultant1", "/api/v1/loans", "{\"contractId\": " + cash + "}")
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.code")
                        .value("sales.loan.contract-not-financed"));
    }

    @Test
    void anAdminAddsALenderAndAnOptionalDocumentForApplicationsOpenedAfterwards() throws Exception {
        String lender = "平安银行" + System.nanoTime() % 100000;
        mvc.perform(post("/loans/settings/lenders").with(logins.as("admin")).with(csrf()).param("name", lender)
                .param("kind", "BANK").param("position", "50")).andExpect(redirectedUrl("/loans/settings"));
        String code = "GUARANTEE" + System.nanoTime() % 100000;
        mvc.perform(post("/loans/settings/documents").with(logins.as("admin")).with(csrf()).param("code", code)
                .param("nameZh", "担保人资料").param("nameEn", "Guarantor's papers")).andExpect(redirectedUrl("/loans/settings"));
        Long contractId = fixtures.approvedFinancedContractOf("consultant1");
        assertThat(page("finance", "/loans/new?contractId=" + contractId)).contains(lender);
        Long id = openedOnThePage(contractId);
        assertThat(page("finance", "/loans/" + id)).contains("担保人资料", "选交", "缺 5 项必备资料");
        jdbc.update("update sales_loan_document_type set active = false where code = ?", code);
    }
}
