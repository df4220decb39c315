package com.autosales.reports;

import com.autosales.scorecards.Leaderboard;
import com.autosales.scorecards.LeaderboardRow;
import com.autosales.scorecards.Leaderboards;
import com.autosales.scorecards.RankingMetric;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** 销售排名 — the store's monthly leaderboard by units with margin (for those who may see it), attainment, satisfaction. */
@Component
class RankingReport implements ReportDefinition {

    private static final ReportEntry ENTRY = new ReportEntry("ranking", "reports.ranking.title", "reports.ranking.description",
            80);

    private final Leaderboards leaderboards;

    RankingReport(Leaderboards leaderboards) {
        this.leaderboards = leaderboards;
    }

    @Override
    public ReportEntry entry() {
        return ENTRY;
    }

    @Override
    public String extraAuthority() {
        return "targets:view";
    }

    @Override
    public Report run(ReportRequest request) {
        YearMonth month = YearMonth.from(request.period().start());
        Leaderboard board = leaderboards.board(month, RankingMetric.UNITS);
        List<Column> columns = new ArrayList<>(List.of(Column.count("reports.ranking.rank"),
                Column.text("rankings.consultant"), Column.decimal("rankings.metric.UNITS")));
        if (board.marginVisible()) {
            columns.add(Column.money("rankings.metric.GROSS_MARGIN"));
        }
        columns.add(Column.percent("rankings.metric.ATTAINMENT"));
        columns.add(Column.decimal("rankings.metric.SATISFACTION"));
        columns.add(Column.count("reports.ranking.change"));
        List<ReportRow> rows = new ArrayList<>();
        for (LeaderboardRow r : board.rows()) {
            List<Object> cells = new ArrayList<>(List.of(r.rank(), r.name(), r.units()));
            if (board.marginVisible()) {
                cells.add(r.margin());
            }
            cells.add(r.attainment());
            cells.add(r.satisfaction());
            cells.add(r.change());
            rows.add(new ReportRow(cells, "/rankings?month=" + month));
        }
        List<Headline> headlines = new ArrayList<>();
        if (board.best() != null) {
            headlines.add(Headline.of("reports.ranking.best", ColumnKind.TEXT, board.best().name()).linkedTo("/rankings?month=" + month));
        }
        return new Report(code(), titleKey(), request.period(), null, headlines, List.of(
                ReportSection.table("board", "reports.ranking.board", columns, rows).withChart(Chart.of(Chart.Type.BAR, 1, 2))));
    }
}
