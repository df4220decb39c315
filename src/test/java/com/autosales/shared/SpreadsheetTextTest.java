package com.autosales.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.shared.documents.SpreadsheetText;
import org.junit.jupiter.api.Test;

/** Exported cells never start a formula. */
class SpreadsheetTextTest {

    @Test
    void prefixesEveryFormulaStartWithAQuote() {
        assertThat(SpreadsheetText.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SpreadsheetText.safe("+86 139")).isEqualTo("'+86 139");
        assertThat(SpreadsheetText.safe("-1")).isEqualTo("'-1");
        assertThat(SpreadsheetText.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetText.safe("\t=1")).isEqualTo("'\t=1");
    }

    @Test
    void leavesOrdinaryTextAloneAndEmptiesNull() {
        assertThat(SpreadsheetText.safe("主展厅")).isEqualTo("主展厅");
        assertThat(SpreadsheetText.safe(null)).isEmpty();
    }
}
