package com.autosales.vehicles;

import com.autosales.shared.DomainException;
import com.autosales.shared.DuplicateRecordException;
import com.autosales.shared.Vin;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The vehicle lines of a receipt, "VIN 发动机号" each, checked line by line; a problem names its line when there are several. */
final class ReceiptLines {

    static final int MAX_LINES = 200;
    private static final Pattern ENGINE_NO = Pattern.compile("[A-Z0-9-]{4,40}");

    record Line(int number, Vin vin, String engineNo) {
    }

    private ReceiptLines() {
    }

    static List<Line> parse(String text) {
        List<String> raw = (text == null ? "" : text).lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
        if (raw.isEmpty()) {
            throw new DomainException("vehicles.receipt-empty");
        }
        if (raw.size() > MAX_LINES) {
            throw new DomainException("vehicles.receipt-too-many", MAX_LINES);
        }
        List<Line> lines = new ArrayList<>();
        Set<Vin> seen = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            int number = i + 1;
            Line line = onLine(number, raw.size(), () -> line(number, raw.get(number - 1)));
            if (!seen.add(line.vin())) {
                throw onLineOf(number, raw.size(), new DuplicateRecordException("vehicles.vin-twice", line.vin().value()));
            }
            lines.add(line);
        }
        return lines;
    }

    private static Line line(int number, String text) {
        String[] parts = text.split("[\\s,，;；]+");
        if (parts.length != 2) {
            throw new DomainException("vehicles.receipt-line-format", text);
        }
        return new Line(number, Vin.of(parts[0]), engineNo(parts[1]));
    }

    /** An engine number as stored: upper case, 4–40 letters, digits or dashes. */
    static String engineNo(String text) {
        String engine = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        if (!ENGINE_NO.matcher(engine).matches()) {
            throw new DomainException("vehicles.engine-no-invalid", text);
        }
        return engine;
    }

    /** Runs a check of one line; with several lines a refusal says which line it is about. */
    static <T> T onLine(int number, int lines, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (DomainException e) {
            throw onLineOf(number, lines, e);
        }
    }

    static DomainException onLineOf(int number, int lines, DomainException e) {
        if (lines == 1) {
            return e;
        }
        DefaultMessageSourceResolvable inner = new DefaultMessageSourceResolvable(new String[] {e.messageKey()}, e.args(), e.code());
        return e instanceof DuplicateRecordException ? new DuplicateRecordException("vehicles.receipt-line", number, inner)
                : new DomainException("vehicles.receipt-line", number, inner);
    }
}
