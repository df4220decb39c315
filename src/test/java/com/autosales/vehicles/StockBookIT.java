package com.autosales.vehicles;

import static com.autosales.vehicles.StockBookApi.kind;
import static com.autosales.vehicles.StockBookApi.row;
import static com.autosales.vehicles.StockBookApi.rows;
import static com.autosales.vehicles.StockBookApi.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.autosales.support.IntegrationTest;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A month of documents in two stores: each model's book adds up, matches the cars on it, and stays in its store. */
@IntegrationTest
class StockBookIT extends StockBookTestSupport {

    StockBookMonth month;
    Long storeB;

    @BeforeAll
    void aMonthOfDocumentsInTwoStores() {
        storeB = secondStore();
        month = new StockBookMonth(fixtures, setup, model, pudong, storeB, today);
    }

    @Test
    void theMonthsDocumentsAddUpToTheClosingOfTheModel() throws Exception {
        JsonNode own = row(api.book("clerk", Map.of()), model.modelId());
        assertThat(units(own, "opening")).isEqualTo(StockBookMonth.PUDONG_OPENING);
        assertThat(kind(own, BookKind.FACTORY_IN)).isEqualTo(StockBookMonth.PUDONG_FACTORY_IN);
        assertThat(kind(own, BookKind.TRANSFER_IN)).isEqualTo(StockBookMonth.PUDONG_TRANSFER_IN);
        assertThat(kind(own, BookKind.RETURN_IN)).isEqualTo(StockBookMonth.PUDONG_RETURN_IN);
        assertThat(kind(own, BookKind.SALE_OUT)).isEqualTo(StockBookMonth.PUDONG_SALE_OUT);
        assertThat(kind(own, BookKind.TRANSFER_OUT)).isEqualTo(StockBookMonth.PUDONG_TRANSFER_OUT);
        assertThat(kind(own, BookKind.DEMO_OUT)).isEqualTo(StockBookMonth.PUDONG_DEMO_OUT);
        assertThat(kind(own, BookKind.FACTORY_RETURN_OUT)).isEqualTo(StockBookMonth.PUDONG_FACTORY_RETURN_OUT);
        assertThat(units(own, "closing")).isEqualTo(StockBookMonth.PUDONG_CLOSING);
        assertThat(own.get("opening").get("cost").decimalValue()).isEqualByComparingTo("453000");
        assertThat(own.get("closing").get("cost").decimalValue()).isEqualByComparingTo("771000");
    }

    @Test
    void openingPlusInboundMinusOutboundIsTheClosingOfEveryModelAndTheTotal() throws Exception {
        JsonNode book = api.book("clerk", Map.of());
        List<JsonNode> lines = new ArrayList<>(rows(book));
        lines.add(book.get("total"));
        for (JsonNode line : lines) {
            long in = BookKind.inbounds().stream().mapToLong(k -> kind(line, k)).sum();
            long out = BookKind.outbounds().stream().mapToLong(k -> kind(line, k)).sum();
            assertThat(units(line, "inbound")).as(line.toString()).isEqualTo(in);
            assertThat(units(line, "outbound")).as(line.toString()).isEqualTo(out);
            assertThat(units(line, "opening") + in - out).as(line.toString()).isEqualTo(units(line, "closing"));
        }
        assertThat(units(book.get("total"), "closing"))
                .isEqualTo(rows(book).stream().mapToLong(r -> units(r, "closing")).sum());
    }

    @Test
    void theClosingOfThisMonthIsWhatStandsOnTheBookInEachStore() throws Exception {
        JsonNode pudongRow = row(api.book("clerk", Map.of()), model.modelId());
        assertThat(units(pudongRow, "onBookNow")).isEqualTo(StockBookMonth.PUDONG_CLOSING)
                .isEqualTo(fixtures.onBook(pudong, model));
        assertThat(pudongRow.get("differs").asBoolean()).isFalse();
        JsonNode storeBRow = row(api.book(fixtures.secondClerk(), Map.of()), model.modelId());
        assertThat(units(storeBRow, "opening")).isEqualTo(1);
        assertThat(kind(storeBRow, BookKind.TRANSFER_IN)).isEqualTo(1);
        assertThat(kind(storeBRow, BookKind.TRANSFER_OUT)).isEqualTo(1);
        assertThat(units(storeBRow, "closing")).isEqualTo(1).isEqualTo(units(storeBRow, "onBookNow"))
                .isEqualTo(fixtures.onBook(storeB, model));
    }

    @Test
    void aStoresBookHoldsOnlyItsOwnDocumentsAndVehicles() throws Exception {
        JsonNode bookB = api.book(fixtures.secondClerk(), Map.of());
        assertThat(rows(bookB)).extracting(r -> r.get("modelId").asLong()).containsExactly(model.modelId());
        assertThat(bookB.get("documents")).extracting(d -> d.get("vin").asString() + " " + d.get("kind").asString())
                .containsExactlyInAnyOrder(month.n1 + " TRANSFER_IN", month.x + " TRANSFER_OUT");
        String pageB = mvc.perform(get("/vehicles/stock-book").with(logins.as(fixtures.secondClerk())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(pageB).contains(month.n1.value()).doesNotContain(month.a1.value()).doesNotContain(month.o.value());

        JsonNode pudongBook = api.book("clerk", Map.of());
        List<String> pudongDocuments = new ArrayList<>();
        pudongBook.get("documents").forEach(d -> pudongDocuments.add(d.get("vin").asString() + " " + d.get("kind").asString()));
        assertThat(pudongDocuments).contains(month.x + " TRANSFER_IN", month.n1 + " FACTORY_IN", month.n1 + " TRANSFER_OUT")
                .doesNotContain(month.x + " TRANSFER_OUT", month.n1 + " TRANSFER_IN");
    }

    @Test
    void lastMonthsClosingIsThisMonthsOpeningAndIsNotReconciledAgainstToday() throws Exception {
        String previous = YearMonth.from(month.monthStart).minusMonths(1).toString();
        JsonNode last = api.book("clerk", Map.of("month", previous));
        JsonNode own = row(last, model.modelId());
        assertThat(units(own, "closing")).isEqualTo(StockBookMonth.PUDONG_OPENING);
        assertThat(own.has("onBookNow")).isFalse();
        assertThat(last.get("reconciling").asBoolean()).isFalse();
        JsonNode range = api.book("clerk", Map.of("from", month.monthStart.minusMonths(1).toString(),
                "to", today.toString()));
        assertThat(units(row(range, model.modelId()), "closing")).isEqualTo(StockBookMonth.PUDONG_CLOSING);
    }

    @Test
    void thePageShowsTheModelsFiguresAndItsDocuments() throws Exception {
        String page = mvc.perform(get("/vehicles/stock-book").with(logins.as("clerk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String row = page.substring(page.indexOf("data-model=\"" + model.modelId() + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).doesNotContain("book-differs").containsPattern("data-col=\"closing\">\\s*<span class=\"units\">5</span>")
                .contains("771,000.00");
        assertThat(page).contains("DB-OUT-" + fixtures.tag).contains("质量问题退厂").contains("台账测试店" + fixtures.tag)
                .contains("id=\"book-reconciliation\"");
    }

    @Test
    void aConsultantSeesTheUnitsWithoutAnyCost() throws Exception {
        JsonNode book = api.book("consultant1", Map.of());
        JsonNode own = row(book, model.modelId());
        assertThat(units(own, "closing")).isEqualTo(StockBookMonth.PUDONG_CLOSING);
        assertThat(book.toString()).doesNotContain("\"cost\"").doesNotContain("purchaseCost");
        mvc.perform(get("/vehicles/stock-book/export.xlsx").with(logins.as("consultant1"))).andExpect(status().isForbidden());
    }

    @Test
    void aPeriodThatCannotBeIsToldInTheReadersLanguage() throws Exception {
        assertThat(page("/vehicles/stock-book?from=2026-13-01")).contains("日期格式不正确");
        assertThat(page("/vehicles/stock-book?month=abc")).contains("日期格式不正确");
        assertThat(page("/vehicles/stock-book?from=2026-05-10&to=2026-05-01"))
                .contains("结束日期 2026-05-01 早于开始日期 2026-05-10").doesNotContain("id=\"book-summary\"");
        assertThat(page("/vehicles/stock-book?from=2024-01-01&to=2026-01-01")).contains("查询期间最长 366 天");
        String problem = mvc.perform(get("/api/v1/stock-book").param("from", "2026-05-10").param("to", "2026-05-01")
                        .header("Authorization", "Bearer " + apiClient.tokenFor("clerk")).header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(problem).contains("vehicles.book.period-reversed").contains("The end date 2026-05-01 is before");
        mvc.perform(get("/api/v1/stock-book").param("from", "yesterday")
                .header("Authorization", "Bearer " + apiClient.tokenFor("clerk"))).andExpect(status().isBadRequest());
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(logins.as("clerk"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
