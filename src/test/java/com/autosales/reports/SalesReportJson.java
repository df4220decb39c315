package com.autosales.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads a report as the API returns it: a headline, a section, a row's cells compared with the hand-made figures. */
final class SalesReportJson {

    private SalesReportJson() {
    }

    static JsonNode headline(JsonNode report, String labelKey) {
        for (JsonNode h : report.get("headlines")) {
            if (h.get("labelKey").asString().equals(labelKey)) {
                return h;
            }
        }
        throw new AssertionError("no headline " + labelKey);
    }

    static JsonNode section(JsonNode report, String id) {
        for (JsonNode s : report.get("sections")) {
            if (s.get("id").asString().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no section " + id);
    }

    static boolean hasSection(JsonNode report, String id) {
        for (JsonNode s : report.get("sections")) {
            if (s.get("id").asString().equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** The rows' first cells, in order. */
    static List<String> labels(JsonNode section) {
        List<String> labels = new ArrayList<>();
        for (JsonNode row : section.get("rows")) {
            labels.add(row.get("cells").get(0).asString());
        }
        return labels;
    }

    static JsonNode row(JsonNode section, String label) {
        for (JsonNode row : section.get("rows")) {
            if (row.get("cells").get(0).asString().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " in " + section.get("id"));
    }

    /** Each cell equals the expected value: text as text, numbers by value ("12.50" = 12.5), null as null. */
    static void cells(JsonNode row, Object... expected) {
        JsonNode cells = row.get("cells");
        assertThat(cells.size()).as(row.toString()).isEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) {
            JsonNode cell = cells.get(i);
            Object want = expected[i];
            if (want == null) {
                assertThat(cell.isNull()).as("cell %d of %s", i, row).isTrue();
            } else if (want instanceof String text && !cell.isNumber()) {
                assertThat(cell.asString()).as("cell %d of %s", i, row).isEqualTo(text);
            } else {
                assertThat(cell.isNull()).as("cell %d of %s", i, row).isFalse();
                assertThat(cell.decimalValue()).as("cell %d of %s", i, row).isEqualByComparingTo(new BigDecimal(want.toString()));
            }
        }
    }

    static void value(JsonNode headline, Object value, Object compare) {
        assertNumber(headline.get("value"), value, headline);
        assertNumber(headline.get("compareValue"), compare, headline);
    }

    private static void assertNumber(JsonNode node, Object expected, JsonNode context) {
        if (expected == null) {
            assertThat(node == null || node.isNull()).as(context.toString()).isTrue();
        } else {
            assertThat(node.decimalValue()).as(context.toString()).isEqualByComparingTo(new BigDecimal(expected.toString()));
        }
    }
}
