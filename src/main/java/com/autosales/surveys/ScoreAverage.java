package com.autosales.surveys;

/** One employee's surveys over the period: how many, and the average score per topic (1–5, one decimal). */
public record ScoreAverage(String name, long surveys, double overall, double consultant, double process,
        double vehicle) {

    static ScoreAverage of(Object[] row) {
        return new ScoreAverage(row[0] == null ? "—" : (String) row[0], ((Number) row[1]).longValue(), round(row[2]),
                round(row[3]), round(row[4]), round(row[5]));
    }

    private static double round(Object value) {
        return value == null ? 0 : Math.round(((Number) value).doubleValue() * 10) / 10.0;
    }
}
