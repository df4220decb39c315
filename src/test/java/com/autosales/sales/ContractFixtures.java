package com.autosales.sales;

import com.autosales.support.StoreToday;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.autosales.support.ApiClient;
import com.autosales.support.TestVins;
import com.autosales.vehicles.StockSetup;
import com.autosales.vehicles.StockStatus;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** Contracts made the way people make them: consultant1's accepted quote, then the contract API. */
@Component
public class ContractFixtures {

    private final MockMvc mvc;
    private final ApiClient api;
    private final JdbcTemplate jdbc;
    private final QuoteFixtures quotes;
    private final StockSetup stock;

    ContractFixtures(MockMvc mvc, ApiClient api, JdbcTemplate jdbc, QuoteFixtures quotes, StockSetup stock) {
        this.mvc = mvc;
        this.api = api;
        this.jdbc = jdbc;
        this.quotes = quotes;
        this.stock = stock;
    }

    /**
     * consultant1 opens a new lead for one of their customers (signing wins a lead, so each contract needs its own),
     * quotes it within authority (discount 3,000, financed), issues the quote and the customer accepts it.
     */
    Long acceptedQuote() throws Exception {
        return acceptedQuoteOf("consultant1", "FINANCE");
    }

    Long acceptedQuoteOf(String consultant, String payment) throws Exception {
        Long customerId = jdbc.queryForObject("select min(c.id) from customer c join app_user u on u.employee_id = c.owner_employee_id"
                + " where u.username = ?", Long.class, consultant);
        Long leadId = ApiClient.json(call(consultant, post("/api/v1/leads"), "{\"customerId\":" + customerId
                + ",\"models\":\"途观L\",\"paymentIntent\":\"LOAN\",\"source\":\"WALK_IN\",\"level\":\"H\"}")
                .getResponse().getContentAsString()).get("id").asLong();
        String body = quotes.body(leadId, 3000, payment);
        Long id = ApiClient.json(call(consultant, post("/api/v1/quotes"), body).getResponse().getContentAsString())
                .get("id").asLong();
        quotes.action(consultant, id, "issue", null);
        quotes.action(consultant, id, "accept", null);
        return id;
    }

    /** A draft contract for a fresh accepted quote, as JSON. */
    JsonNode draft() throws Exception {
        return draftOf("consultant1", "FINANCE");
    }

    JsonNode draftOf(String consultant, String payment) throws Exception {
        return ApiClient.json(call(consultant, post("/api/v1/contracts"), "{\"quoteId\": " + acceptedQuoteOf(consultant, payment)
                + ", \"buyerIdNumber\": \"310101199001011234\", \"buyerAddress\": \"上海市浦东新区世纪大道100号\"}").getResponse()
                .getContentAsString());
    }

    /** A contract submitted by consultant1 and approved by the sales manager, ready to be signed. */
    Long approved() throws Exception {
        return approvedOf("consultant1", "FINANCE");
    }

    /** The consultant's contract (cash or financed), submitted and approved by the sales manager. */
    public Long approvedOf(String consultant, String payment) throws Exception {
        Long id = draftOf(consultant, payment).get("id").asLong();
        action(consultant, id, "submit", "{\"comment\":\"客户本周签约\"}");
        action("salesmanager", id, "approve", "{\"comment\":\"同意\"}");
        return id;
    }

    public Long signed() throws Exception {
        Long id = approved();
        action("consultant1", id, "sign", null);
        return id;
    }

    /** The finance specialist records the deposit in the payments ledger (once the contract's receivables are open). */
    public MvcResult payDeposit(Long contractId, String amount) throws Exception {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "select count(*) from receivable_account where contract_id = ?", Integer.class, contractId) == 1);
        return mvc.perform(post("/api/v1/payments").header("Authorization", "Bearer " + api.tokenFor("finance"))
                .header("Idempotency-Key", "test-" + java.util.UUID.randomUUID()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"contractId\":" + contractId + ",\"kind\":\"DEPOSIT\",\"channel\":\"BANK_TRANSFER\",\"amount\":"
                        + amount + ",\"paidOn\":\"" + StoreToday.date() + "\",\"reference\":\"ZZ-0001\"}")).andReturn();
    }

    MvcResult create(String username, Long quoteId) throws Exception {
        return call(username, post("/api/v1/contracts"), "{\"quoteId\": " + quoteId + "}");
    }

    /** The approver decides the record's pending approval in the approvals API, as in the inbox. */
    void decideApproval(String approver, String recordType, Long recordId) throws Exception {
        var approval = jdbc.queryForMap("select id, version from approval where record_type = ? and record_id = ?"
                + " and status = 'PENDING'", recordType, recordId);
        call(approver, post("/api/v1/approvals/" + approval.get("id") + "/decision"),
                "{\"decision\":\"APPROVE\",\"comment\":\"同意\",\"version\":" + approval.get("version") + "}");
    }

    public MvcResult action(String username, Long contractId, String action, String json) throws Exception {
        return call(username, post("/api/v1/contracts/" + contractId + "/" + action), json);
    }

    MvcResult update(String username, Long contractId, String json) throws Exception {
        return call(username, put("/api/v1/contracts/" + contractId), json);
    }

    public MvcResult read(String username, String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", "Bearer " + api.tokenFor(username))).andReturn();
    }

    private MvcResult call(String username,
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + api.tokenFor(username))
                .contentType(MediaType.APPLICATION_JSON).content(json == null ? "{}" : json)).andReturn();
    }

    public String statusOf(Long contractId) {
        return jdbc.queryForObject("select status from sales_contract where id = ?", String.class, contractId);
    }

    /** An exterior colour the Tiguan L R-Line is offered in, other than this one. */
    public String anotherExteriorThan(String colour) {
        return jdbc.queryForList("select c.name from vehicle_trim_colour c join vehicle_trim t on t.id = c.trim_id"
                + " where t.name = '四驱R-Line越享版' and c.kind = 'EXTERIOR' and c.name <> ?", String.class, colour).get(0);
    }

    /** A car in stock at the Pudong store of the contract's trim, in these colours. */
    public String carInStock(Long contractId, String exterior, String interior) {
        var vin = TestVins.fresh();
        Long store = jdbc.queryForObject("select store_id from sales_contract where id = ?", Long.class, contractId);
        Long trim = jdbc.queryForObject("select trim_id from sales_contract where id = ?", Long.class, contractId);
        stock.receive(store, vin, "CT" + vin.value().substring(11), trim, exterior, interior, null, "交车区",
                LocalDate.now().minusDays(10), StockStatus.IN_STOCK, "RK-CT");
        return vin.value();
    }
}
