package com.autosales.reports;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A report as the API returns it, read for assertions: numbers without trailing zeros ("70.0" → "70"), null as null. */
final class ReportJson {

    private final JsonNode report;

    ReportJson(JsonNode report) {
        this.report = report;
    }

    JsonNode section(String id) {
        for (JsonNode s : report.get("sections")) {
            if (s.get("id").asString().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no section " + id);
    }

    List<List<String>> rows(String section) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode row : section(section).get("rows")) {
            rows.add(cells(row));
        }
        return rows;
    }

    List<String> links(String section) {
        List<String> links = new ArrayList<>();
        for (JsonNode row : section(section).get("rows")) {
            links.add(row.get("link").isNull() ? null : row.get("link").asString());
        }
        return links;
    }

    List<String> totals(String section) {
        return cells(section(section).get("totals"));
    }

    /** The headline values by label key. */
    String headline(String labelKey) {
        for (JsonNode h : report.get("headlines")) {
            if (h.get("labelKey").asString().equals(labelKey)) {
                return value(h.get("value"));
            }
        }
        throw new AssertionError("no headline " + labelKey);
    }

    private static List<String> cells(JsonNode row) {
        List<String> cells = new ArrayList<>();
        for (JsonNode cell : row.get("cells")) {
            cells.add(value(cell));
        }
        return cells;
    }

    private static String value(JsonNode cell) {
        if (cell == null || cell.isNull()) {
            return null;
        }
        return cell.isNumber() ? cell.decimalValue().stripTrailingZeros().toPlainString() : cell.asString();
    }
}
