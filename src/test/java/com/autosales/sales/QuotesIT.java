package com.autosales.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import com.autosales.support.Logins;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class QuotesIT {

    @Autowired MockMvc mvc;
    @Autowired Logins logins;
    @Autowired ApiClient api;
    @Autowired JdbcTemplate jdbc;
    @Autowired QuoteFixtures fixtures;

    private void decide(String approver, Long quoteId, String decision, String comment) throws Exception {
        Map<String, Object> approval = jdbc.queryForMap("select id, version from approval where record_type = 'quote'"
                + " and record_id = ? and status = 'PENDING'", quoteId);
        mvc.perform(post("/api/v1/approvals/" + approval.get("id") + "/decision")
                        .header("Authorization", "Bearer " + api.tokenFor(approver)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"" + decision + "\",\"comment\":\"" + comment + "\",\"version\":"
                                + approval.get("version") + "}"))
                .andExpect(status().isOk());
    }

    @Test
    void aQuoteWithinTheConsultantsAuthorityIsIssuedAtOnce() throws Exception {
        JsonNode quote = fixtures.draftByConsultant1(3000);
        assertThat(quote.get("needsApproval").asBoolean()).isFalse();
        assertThat(quote.get("figures").get("amountDue").decimalValue()).isEqualByComparingTo("245200");
        Long id = quote.get("id").asLong();
        JsonNode issued = ApiClient.json(fixtures.action("consultant1", id, "issue", null));
        assertThat(issued.get("status").asString()).isEqualTo("ISSUED");
        assertThat(issued.get("validUntil").isNull()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from funnel_entry where stage = 'QUOTE' and record_type = 'quote'"
                + " and record_id = ?", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void aDiscountBeyondAuthorityWaitsForTheSalesManagerAndIsIssuedOnceApproved() throws Exception {
        Long id = fixtures.draftByConsultant1(12_000).get("id").asLong();
        assertThat(fixtures.action("consultant1", id, "issue", null)).contains("sales.quote.needs-approval");
        JsonNode pending = ApiClient.json(fixtures.action("consultant1", id, "approval", "{\"comment\":\"老客户转介绍\"}"));
        assertThat(pending.get("status").asString()).isEqualTo("PENDING_APPROVAL");
        assertThat(fixtures.action("consultant1", id, "issue", null)).contains("sales.quote.needs-approval");
        decide("salesmanager", id, "APPROVE", "同意");
        await().atMost(Duration.ofSeconds(15)).until(() -> "APPROVED".equals(fixtures.statusOf(id)));
        assertThat(ApiClient.json(fixtures.action("consultant1", id, "issue", null)).get("status").asString()).isEqualTo("ISSUED");
    }

    @Test
    void aDiscountBeyondTheManagersAuthorityAlsoNeedsTheGm() throws Exception {
        Long id = fixtures.draftByConsultant1(20_000).get("id").asLong();
        fixtures.action("consultant1", id, "approval", "{\"comment\":\"大客户\"}");
        decide("salesmanager", id, "APPROVE", "同意，请总经理审批");
        assertThat(fixtures.statusOf(id)).isEqualTo("PENDING_APPROVAL");
        decide("gm", id, "APPROVE", "同意");
        await().atMost(Duration.ofSeconds(15)).until(() -> "APPROVED".equals(fixtures.statusOf(id)));
    }

    @Test
    void aReturnedQuoteIsADraftAgainWithTheApproversComment() throws Exception {
        Long id = fixtures.draftByConsultant1(12_000).get("id").asLong();
        fixtures.action("consultant1", id, "approval", null);
        decide("salesmanager", id, "RETURN", "优惠太大，请控制在五千以内");
        await().atMost(Duration.ofSeconds(15)).until(() -> "DRAFT".equals(fixtures.statusOf(id)));
        mvc.perform(get("/quotes/" + id).with(logins.as("consultant1"))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("优惠太大，请控制在五千以内")));
    }

    @Test
    void consultant2CannotReachConsultant1sQuoteByPageApiOrPdf() throws Exception {
        JsonNode quote = fixtures.draftByConsultant1(1000);
        Long id = quote.get("id").asLong();
        mvc.perform(get("/quotes/" + id).with(logins.as("consultant2"))).andExpect(status().isNotFound());
        mvc.perform(get("/quotes/" + id + "/pdf").with(logins.as("consultant2"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/quotes/" + id).header("Authorization", "Bearer " + api.tokenFor("consultant2")))
                .andExpect(status().isNotFound());
        String list = mvc.perform(get("/api/v1/quotes").header("Authorization", "Bearer " + api.tokenFor("consultant2")))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("\"id\":" + id + ",");
        String customer = quote.get("customerName").asString();
        assertThat(mvc.perform(get("/quotes").param("customer", customer).with(logins.as("consultant1")))
                .andReturn().getResponse().getContentAsString()).contains("/quotes/" + id + "\"");
        assertThat(mvc.perform(get("/quotes").param("customer", customer).with(logins.as("consultant2")))
                .andReturn().getResponse().getContentAsString()).doesNotContain("/quotes/" + id + "\"");
        mvc.perform(get("/api/v1/quotes/" + id).header("Authorization", "Bearer " + api.tokenFor("salesmanager")))
                .andExpect(status().isOk());
    }

    @Test
    void theMarginIsShownToTheSalesManagerButNeverToTheConsultant() throws Exception {
        Long id = fixtures.draftByConsultant1(3000).get("id").asLong();
        mvc.perform(get("/api/v1/quotes/" + id).header("Authorization", "Bearer " + api.tokenFor("consultant1")))
                .andExpect(jsonPath("$.margin").doesNotExist());
        String page = mvc.perform(get("/quotes/" + id).with(logins.as("consultant1"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("quote-margin").doesNotContain("196000").doesNotContain("241000");
        mvc.perform(get("/api/v1/quotes/" + id).header("Authorization", "Bearer " + api.tokenFor("salesmanager")))
                .andExpect(jsonPath("$.margin.vehicle").value(25900.0));
        assertThat(mvc.perform(get("/quotes/" + id).with(logins.as("salesmanager"))).andReturn().getResponse()
                .getContentAsString()).contains("quote-margin");
    }

    @Test
    void badInputIsALocalizedProblemAndNothingIsSaved() throws Exception {
        int before = jdbc.queryForObject("select count(*) from sales_quote", Integer.class);
        String body = fixtures.body(fixtures.openLeadOf("consultant1"), 300_000, "CASH");
        mvc.perform(post("/api/v1/quotes").header("Authorization", "Bearer " + api.tokenFor("consultant1"))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is4xxClientError()).andExpect(jsonPath("$.code").value("sales.discount-invalid"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("MSRP")));
        assertThat(jdbc.queryForObject("select count(*) from sales_quote", Integer.class)).isEqualTo(before);
    }

    @Test
    void theCustomersPdfShowsTheAmountDueAndTheFinancePlanButNoCost() throws Exception {
        Long id = fixtures.draftByConsultant1(3000).get("id").asLong();
        fixtures.action("consultant1", id, "issue", null);
        byte[] pdf = mvc.perform(get("/quotes/" + id + "/pdf").with(logins.as("salesmanager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/quote.pdf"), pdf);
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("购车报价单", "¥245,200.00", "-¥3,000.00", "途观L", "¥5,557.62", "张伟")
                .doesNotContain("241,000").doesNotContain("毛利").doesNotContain("草稿");
    }

    @Test
    void everyQuotePageHasItsLabelsInEnglish() throws Exception {
        JsonNode quote = fixtures.draftByConsultant1(12_000);
        Long id = quote.get("id").asLong();
        for (String path : new String[] {"/quotes", "/quotes/new", "/quotes/new?leadId=" + quote.get("leadId").asLong(),
                "/quotes/" + id, "/quotes/" + id + "/edit"}) {
            String page = mvc.perform(get(path).with(logins.as("consultant1")).cookie(new jakarta.servlet.http.Cookie("AUTOSALES_LANG", "en")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).as(path).doesNotContain("??").contains("Quote");
        }
        String totals = mvc.perform(post("/quotes/preview").with(logins.as("consultant1"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .cookie(new jakarta.servlet.http.Cookie("AUTOSALES_LANG", "en")).param("leadId", quote.get("leadId").asString())
                        .param("trimId", String.valueOf(fixtures.tiguanRLine())).param("exteriorColour", "曜石黑")
                        .param("interiorColour", "黑色").param("discount", "12000").param("paymentMethod", "CASH"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(totals).doesNotContain("??").contains("beyond your authority", "257,900.00");
    }

    @Test
    void anIssuedQuoteChangesByANewVersionAndTheOldOneIsSuperseded() throws Exception {
        JsonNode v1 = fixtures.draftByConsultant1(2000);
        Long id = v1.get("id").asLong();
        JsonNode issued = ApiClient.json(fixtures.action("consultant1", id, "issue", null));
        String revised = fixtures.body(v1.get("leadId").asLong(), 4000, "CASH")
                .replace("\"comment\"", "\"version\": " + issued.get("version").asLong() + ", \"comment\"");
        JsonNode v2 = ApiClient.json(fixtures.action("consultant1", id, "versions", revised));
        assertThat(v2.get("versionNo").asInt()).isEqualTo(2);
        assertThat(v2.get("status").asString()).isEqualTo("DRAFT");
        assertThat(fixtures.statusOf(id)).isEqualTo("SUPERSEDED");
        mvc.perform(get("/api/v1/quotes/" + v2.get("id").asLong() + "/versions")
                        .header("Authorization", "Bearer " + api.tokenFor("consultant1")))
                .andExpect(jsonPath("$.length()").value(2));
    }
}
