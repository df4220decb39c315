package com.autosales.vehicles;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.support.ApiClient;
import com.autosales.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The demo's stock book for this month looks like a dealership's: stock from before, sales, a demo car, a transfer. */
@IntegrationTest
class DemoStockBookIT {

    @Autowired MockMvc mvc;
    @Autowired ApiClient apiClient;

    @Test
    void theClerksBookOfThisMonthHasSalesADemoCarATransferAndReconciles() throws Exception {
        JsonNode book = new StockBookApi(mvc, apiClient).book("clerk", Map.of());
        JsonNode total = book.get("total");
        assertThat(StockBookApi.units(total, "opening")).isGreaterThanOrEqualTo(20);
        assertThat(StockBookApi.kind(total, BookKind.SALE_OUT)).isGreaterThanOrEqualTo(3);
        assertThat(StockBookApi.kind(total, BookKind.DEMO_OUT)).isGreaterThanOrEqualTo(1);
        assertThat(StockBookApi.kind(total, BookKind.TRANSFER_OUT)).isGreaterThanOrEqualTo(1);
        assertThat(book.get("reconciling").asBoolean()).isTrue();
        assertThat(StockBookApi.rows(book)).allSatisfy(row -> assertThat(row.get("differs").asBoolean()).as(row.toString()).isFalse());
        assertThat(book.get("documents").toString()).contains("上海闵行4S店").contains("DB");
    }
}
