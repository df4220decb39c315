package com.autosales.scorecards;

import com.autosales.shared.DomainException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An evaluation period: a month ("2026-12") or a quarter ("2026-Q4"), both days included. */
public record Period(Kind kind, String label, LocalDate from, LocalDate to) {

    public enum Kind { MONTH, QUARTER }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");

    static Period parse(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = MONTH.matcher(t);
        if (m.matches() && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12) {
            return month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        Matcher q = QUARTER.matcher(t);
        if (q.matches()) {
            int year = Integer.parseInt(q.group(1));
            int quarter = Integer.parseInt(q.group(2));
            YearMonth first = YearMonth.of(year, quarter * 3 - 2);
            return new Period(Kind.QUARTER, year + "-Q" + quarter, first.atDay(1), first.plusMonths(2).atEndOfMonth());
        }
        throw new DomainException("scorecards.period-invalid", t);
    }

    static Period month(YearMonth month) {
        return new Period(Kind.MONTH, month.toString(), month.atDay(1), month.atEndOfMonth());
    }
}
