package com.autosales.vehicles;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.autosales.support.ApiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Reads the stock book and the weekly report over the API as a user, the way a client does. */
final class StockBookApi {

    private final MockMvc mvc;
    private final ApiClient api;

    StockBookApi(MockMvc mvc, ApiClient api) {
        this.mvc = mvc;
        this.api = api;
    }

    JsonNode book(String user, Map<String, String> params) throws Exception {
        return read(user, "/api/v1/stock-book", params);
    }

    JsonNode report(String user, Map<String, String> params) throws Exception {
        return read(user, "/api/v1/stock-report", params);
    }

    private JsonNode read(String user, String path, Map<String, String> params) throws Exception {
        var request = get(path).header("Authorization", "Bearer " + api.tokenFor(user));
        params.forEach(request::param);
        String body = mvc.perform(request).andReturn().getResponse().getContentAsString();
        return ApiClient.json(body);
    }

    /** Every model row of a book, in its groups' order. */
    static List<JsonNode> rows(JsonNode book) {
        List<JsonNode> rows = new ArrayList<>();
        book.get("groups").forEach(g -> g.get("rows").forEach(rows::add));
        return rows;
    }

    static JsonNode row(JsonNode book, Long modelId) {
        return rows(book).stream().filter(r -> r.get("modelId").asLong() == modelId).findFirst()
                .orElseThrow(() -> new AssertionError("no row of model " + modelId + " in " + book));
    }

    static long units(JsonNode row, String figure) {
        return row.get(figure).get("units").asLong();
    }

    static long kind(JsonNode row, BookKind kind) {
        return row.get("kinds").get(kind.name()).get("units").asLong();
    }
}
