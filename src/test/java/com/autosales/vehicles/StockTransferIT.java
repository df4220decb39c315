package com.autosales.vehicles;

import static com.autosales.vehicles.StockBookApi.kind;
import static com.autosales.vehicles.StockBookApi.row;
import static com.autosales.vehicles.StockBookApi.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.shared.Vin;
import com.autosales.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** 调拨 — an in-stock car moves to another store: out of one book, into the other; anything else is refused unchanged. */
@IntegrationTest
class StockTransferIT extends StockBookTestSupport {

    Long storeB;

    @BeforeAll
    void aSecondStore() {
        storeB = secondStore();
    }

    private MvcResult transferOnPage(String user, Long vehicleId, Object targetStore, String document) throws Exception {
        return mvc.perform(post("/vehicles/stock/" + vehicleId + "/transfer").with(logins.as(user)).with(csrf())
                .param("targetStoreId", String.valueOf(targetStore)).param("document", document).param("note", "客户在对方门店提车"))
                .andReturn();
    }

    private String storeOf(Long vehicleId) {
        return String.valueOf(jdbc.queryForObject("select store_id from stock_vehicle where id = ?", Long.class, vehicleId));
    }

    private List<String> movementsOf(Long vehicleId) {
        return jdbc.queryForList("select coalesce(book_kind, '-') || ' ' || store_id || ' ' || coalesce(document, '-')"
                + " from stock_movement where vehicle_id = ? order by id", String.class, vehicleId);
    }

    @Test
    void theClerkTransfersACarOutOfHerBookIntoTheOtherStoresBook() throws Exception {
        Vin vin = fixtures.receive(pudong, model, today.minusDays(3), 150_000);
        Long id = fixtures.idOf(vin);
        long pudongBefore = units(row(api.book("clerk", Map.of()), model.modelId()), "closing");

        MvcResult done = transferOnPage("clerk", id, storeB, "DB-" + fixtures.tag);
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/vehicles/stock");
        assertThat(done.getFlashMap().get("successKey")).isEqualTo("vehicles.transferred");
        assertThat(storeOf(id)).isEqualTo(String.valueOf(storeB));
        assertThat(movementsOf(id)).containsExactly("FACTORY_IN " + pudong + " RK-" + fixtures.tag,
                "TRANSFER_OUT " + pudong + " DB-" + fixtures.tag, "TRANSFER_IN " + storeB + " DB-" + fixtures.tag);

        JsonNode pudongRow = row(api.book("clerk", Map.of()), model.modelId());
        assertThat(units(pudongRow, "closing")).isEqualTo(pudongBefore - 1).isEqualTo(units(pudongRow, "onBookNow"));
        JsonNode bookB = api.book(fixtures.secondClerk(), Map.of());
        assertThat(kind(row(bookB, model.modelId()), BookKind.TRANSFER_IN)).isGreaterThanOrEqualTo(1);
        JsonNode in = documentOf(bookB, vin);
        assertThat(in.get("kind").asString()).isEqualTo("TRANSFER_IN");
        assertThat(in.get("counterpartStore").asString()).isEqualTo("上海浦东4S店");
        assertThat(in.get("document").asString()).isEqualTo("DB-" + fixtures.tag);
        assertThat(in.get("by").asString()).isEqualTo("陈静");

        mvc.perform(get("/vehicles/stock/" + id).with(logins.as("clerk"))).andExpect(status().isNotFound());
        String page = mvc.perform(get("/vehicles/stock/" + id).with(logins.as(fixtures.secondClerk())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("调拨入库 · 上海浦东4S店").contains("调拨出库 · 台账测试店" + fixtures.tag);
    }

    @Test
    void theApiTransfersWithTheVersionSeenAndNumbersABlankDocument() throws Exception {
        Vin vin = fixtures.receive(storeB, model, today, 152_000);
        Long id = fixtures.idOf(vin);
        String token = apiClient.tokenFor(fixtures.secondClerk());
        long version = jdbc.queryForObject("select version from stock_vehicle where id = ?", Long.class, id);
        mvc.perform(post("/api/v1/stock-vehicles/" + id + "/transfer").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"targetStoreId\":" + pudong + ",\"version\":" + version + "}"))
                .andExpect(status().isNoContent());
        assertThat(storeOf(id)).isEqualTo(String.valueOf(pudong));
        assertThat(movementsOf(id).get(2)).startsWith("TRANSFER_IN " + pudong + " DB" + today.toString().replace("-", "") + "-" + id);
        String stale = mvc.perform(post("/api/v1/stock-vehicles/" + id + "/transfer").header("Authorization", "Bearer "
                        + apiClient.tokenFor("clerk")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"targetStoreId\":" + storeB + ",\"version\":" + version + "}"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("concurrent");
        assertThat(storeOf(id)).isEqualTo(String.valueOf(pudong));
    }

    @Test
    void aReservedCarTheSameStoreAnUnknownStoreOrACarNotInStockAreRefusedAndNothingChanges() throws Exception {
        Vin reserved = fixtures.receive(pudong, model, today, 150_000);
        setup.reserve(reserved, "HT-HOLD-" + fixtures.tag);
        Vin onItsWay = fixtures.receive(pudong, model, null, 150_000, StockStatus.IN_TRANSIT);
        Vin free = fixtures.receive(pudong, model, today, 150_000);
        Object[][] refusals = {
            {reserved, storeB, "该车已被合同 HT-HOLD-" + fixtures.tag + " 锁定，不能调拨；请先解除锁定。"},
            {onItsWay, storeB, "只有在库车辆可以调拨，该车当前为“在途”。"},
            {free, pudong, "目标门店与车辆所在门店相同，请选择其他门店。"},
            {free, 987_654_321L, "目标门店不存在或已停用（987,654,321）。"},
        };
        for (Object[] refusal : refusals) {
            Long id = fixtures.idOf((Vin) refusal[0]);
            List<String> before = movementsOf(id);
            MvcResult refused = transferOnPage("clerk", id, refusal[1], "DB-NO");
            assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/vehicles/stock/" + id);
            assertThat(refused.getFlashMap().get("errorMessage")).as(refusal[2].toString()).isEqualTo(refusal[2]);
            assertThat(storeOf(id)).isEqualTo(String.valueOf(pudong));
            assertThat(movementsOf(id)).isEqualTo(before);
        }
        MvcResult noStore = mvc.perform(post("/vehicles/stock/" + fixtures.idOf(free) + "/transfer").with(logins.as("clerk"))
                .with(csrf())).andReturn();
        assertThat(noStore.getFlashMap().get("errorMessage")).isEqualTo("请填写所有必填项，并检查金额和日期的格式。");

        String problem = mvc.perform(post("/api/v1/stock-vehicles/" + fixtures.idOf(reserved) + "/transfer")
                        .header("Authorization", "Bearer " + apiClient.tokenFor("clerk")).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"targetStoreId\":" + storeB + "}"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(problem).contains("vehicles.transfer-reserved").contains("release it first");
    }

    @Test
    void onlyKeepersOfStockTransferAndOnlyCarsTheySee() throws Exception {
        Vin vin = fixtures.receive(storeB, model, today, 150_000);
        Long id = fixtures.idOf(vin);
        mvc.perform(post("/vehicles/stock/" + id + "/transfer").with(logins.as("consultant1")).with(csrf())
                .param("targetStoreId", String.valueOf(pudong))).andExpect(status().isForbidden());
        MvcResult otherStore = transferOnPage("clerk", id, pudong, "DB-X");
        assertThat(otherStore.getFlashMap().get("errorMessage")).isNotNull();
        assertThat(storeOf(id)).isEqualTo(String.valueOf(storeB));
    }

    private static JsonNode documentOf(JsonNode book, Vin vin) {
        for (JsonNode d : book.get("documents")) {
            if (d.get("vin").asString().equals(vin.value())) {
                return d;
            }
        }
        throw new AssertionError("no document of " + vin);
    }
}
