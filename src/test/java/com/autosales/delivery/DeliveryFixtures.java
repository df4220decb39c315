package com.autosales.delivery;

import com.autosales.support.StoreToday;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.autosales.sales.ContractFixtures;
import com.autosales.support.ApiClient;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** Signed contracts with their delivery sheets, and the steps of a delivery over the API. */
@Component
public class DeliveryFixtures {

    private final MockMvc mvc;
    private final ApiClient api;
    private final JdbcTemplate jdbc;
    private final ContractFixtures contracts;

    DeliveryFixtures(MockMvc mvc, ApiClient api, JdbcTemplate jdbc, ContractFixtures contracts) {
        this.mvc = mvc;
        this.api = api;
        this.jdbc = jdbc;
        this.contracts = contracts;
    }

    /** consultant1's cash contract, signed, its receivables open; answers the contract id. */
    Long signedCashContract() throws Exception {
        return signedCashContractOf("consultant1");
    }

    Long signedCashContractOf(String consultant) throws Exception {
        Long id = contracts.approvedOf(consultant, "CASH");
        contracts.action(consultant, id, "sign", null);
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "select count(*) from receivable_account where contract_id = ?", Integer.class, id) == 1);
        return id;
    }

    /** Deposit paid and a car of the contract's trim and colours in stock; answers its VIN. */
    String depositPaidWithCarInStock(Long contractId) throws Exception {
        contracts.payDeposit(contractId, "5000");
        return matchingCar(contractId);
    }

    String matchingCar(Long contractId) {
        var c = jdbc.queryForMap("select exterior_colour, interior_colour from sales_contract where id = ?", contractId);
        return contracts.carInStock(contractId, (String) c.get("exterior_colour"), (String) c.get("interior_colour"));
    }

    String otherColourCar(Long contractId) {
        var c = jdbc.queryForMap("select exterior_colour, interior_colour from sales_contract where id = ?", contractId);
        return contracts.carInStock(contractId, contracts.anotherExteriorThan((String) c.get("exterior_colour")),
                (String) c.get("interior_colour"));
    }

    /**
     * A car handed over the way the showroom does it: consultant1's signed cash contract, the deposit, a matching car
     * allocated, every required item ticked, the customer's signature, the final payment, the handover. Answers the
     * delivery id.
     */
    public Long delivered() throws Exception {
        return deliveredBy("consultant1");
    }

    /** {@link #delivered()} for another consultant's customer. */
    public Long deliveredBy(String consultant) throws Exception {
        Long contractId = signedCashContractOf(consultant);
        Long id = deliveryOf(consultant, contractId);
        String vin = depositPaidWithCarInStock(contractId);
        requireSuccess(act(consultant, id, "allocation", "{\"vin\":\"" + vin + "\"}"));
        tickRequired(consultant, id);
        requireSuccess(sign(consultant, id, "王芳"));
        requireSuccess(payBalance(contractId));
        requireSuccess(act(consultant, id, "handover", "{}"));
        return id;
    }

    private static void requireSuccess(MvcResult step) throws Exception {
        if (step.getResponse().getStatus() >= 300) {
            throw new IllegalStateException(step.getRequest().getRequestURI() + " answered "
                    + step.getResponse().getStatus() + ": " + step.getResponse().getContentAsString());
        }
    }

    Long deliveryOf(Long contractId) throws Exception {
        return deliveryOf("consultant1", contractId);
    }

    Long deliveryOf(String consultant, Long contractId) throws Exception {
        return json(read(consultant, "/api/v1/deliveries/by-contract/" + contractId)).get("id").asLong();
    }

    JsonNode view(String user, Long deliveryId) throws Exception {
        return json(read(user, "/api/v1/deliveries/" + deliveryId));
    }

    /** Ticks every required item of every checklist as consultant1. */
    void tickRequired(Long deliveryId) throws Exception {
        tickRequired("consultant1", deliveryId);
    }

    void tickRequired(String consultant, Long deliveryId) throws Exception {
        for (JsonNode group : view(consultant, deliveryId).get("checklists")) {
            for (JsonNode line : group.get("lines")) {
                if (line.get("required").asBoolean() && !line.get("checked").asBoolean()) {
                    act(consultant, deliveryId, "checks/" + line.get("itemId").asLong(), "{\"note\":\"OK\"}");
                }
            }
        }
    }

    MvcResult sign(Long deliveryId, String receiver) throws Exception {
        return sign("consultant1", deliveryId, receiver);
    }

    MvcResult sign(String consultant, Long deliveryId, String receiver) throws Exception {
        return act(consultant, deliveryId, "confirmation", "{\"receiverName\":\"" + receiver + "\",\"signaturePng\":\""
                + Base64.getEncoder().encodeToString(signaturePng()) + "\"}");
    }

    /** The finance specialist records the rest of what the contract expects as the final payment. */
    MvcResult payBalance(Long contractId) throws Exception {
        BigDecimal balance = jdbc.queryForObject("select expected - received from receivable_account where contract_id = ?",
                BigDecimal.class, contractId);
        return mvc.perform(post("/api/v1/payments").header("Authorization", "Bearer " + api.tokenFor("finance"))
                .header("Idempotency-Key", "final-" + UUID.randomUUID()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"contractId\":" + contractId + ",\"kind\":\"FINAL_PAYMENT\",\"channel\":\"BANK_TRANSFER\",\"amount\":"
                        + balance.toPlainString() + ",\"paidOn\":\"" + StoreToday.date() + "\",\"reference\":\"FINAL-1\"}"))
                .andReturn();
    }

    MvcResult act(String user, Long deliveryId, String action, String json) throws Exception {
        return mvc.perform(post("/api/v1/deliveries/" + deliveryId + "/" + action)
                .header("Authorization", "Bearer " + api.tokenFor(user)).contentType(MediaType.APPLICATION_JSON)
                .content(json == null ? "{}" : json)).andReturn();
    }

    MvcResult read(String user, String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", "Bearer " + api.tokenFor(user))).andReturn();
    }

    static JsonNode json(MvcResult result) throws Exception {
        return ApiClient.json(result.getResponse().getContentAsString());
    }

    /** A scribble, as the signature pad sends it. */
    static byte[] signaturePng() throws Exception {
        BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        g.drawLine(10, 80, 120, 20);
        g.drawLine(120, 20, 200, 70);
        g.drawLine(200, 70, 290, 15);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
