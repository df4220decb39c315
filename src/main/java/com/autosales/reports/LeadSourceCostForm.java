package com.autosales.reports;

import com.autosales.funnel.FunnelSource;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A month's marketing spend per lead source, as the cost screen and the API send it: one line per source with the
 * amount (blank: not known), a note and the version read (-1 for a source without a saved amount).
 */
public class LeadSourceCostForm {

    @NotNull(message = "{reports.costs.invalid.month}")
    private YearMonth month;

    @Valid
    @NotNull(message = "{reports.costs.invalid.lines}")
    private List<Line> lines = new ArrayList<>();

    public YearMonth getMonth() {
        return month;
    }

    public void setMonth(YearMonth month) {
        this.month = month;
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLines(List<Line> lines) {
        this.lines = lines;
    }

    /** One source's amount for the month. */
    public static class Line {

        @NotNull(message = "{reports.costs.invalid.source}")
        private FunnelSource source;

        @DecimalMin(value = "0.00", message = "{reports.costs.invalid.amount-negative}")
        @Digits(integer = 15, fraction = 2, message = "{reports.costs.invalid.amount-digits}")
        private BigDecimal amount;

        @Size(max = 200, message = "{reports.costs.invalid.note}")
        private String note;

        private long version = -1;

        public Line() {
        }

        Line(FunnelSource source, BigDecimal amount, String note, long version) {
            this.source = source;
            this.amount = amount;
            this.note = note;
            this.version = version;
        }

        public FunnelSource getSource() {
            return source;
        }

        public void setSource(FunnelSource source) {
            this.source = source;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }
}
