package com.autosales.reports;

import com.autosales.funnel.ConsultantFunnel;
import com.autosales.funnel.FunnelFilter;
import com.autosales.funnel.FunnelOverview;
import com.autosales.funnel.FunnelReport;
import com.autosales.funnel.FunnelStage;
import com.autosales.funnel.SourceFunnel;
import com.autosales.funnel.StageFigure;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** 漏斗与转化 — the funnel module's overview of the period as a report: stages, by consultant, by source. */
@Component
class FunnelConversionReport implements ReportDefinition {

    private static final ReportEntry ENTRY = new ReportEntry("funnel-conversion", "reports.funnel.title", "reports.funnel.description",
            40);

    private final FunnelReport funnel;

    FunnelConversionReport(FunnelReport funnel) {
        this.funnel = funnel;
    }

    @Override
    public ReportEntry entry() {
        return ENTRY;
    }

    @Override
    public String extraAuthority() {
        return "leads:view";
    }

    @Override
    public List<PeriodKind> periodKinds() {
        return List.of(PeriodKind.MONTH, PeriodKind.WEEK, PeriodKind.DAY, PeriodKind.YEAR);
    }

    @Override
    public Report run(ReportRequest request) {
        ReportPeriod period = request.period();
        FunnelFilter filter = new FunnelFilter(null, period.start(), period.last(), null, null);
        FunnelOverview overview = funnel.overview(filter);
        String days = "from=" + period.start() + "&to=" + period.last();
        List<ReportRow> stages = new ArrayList<>();
        for (StageFigure f : overview.stages()) {
            stages.add(ReportRow.of("funnel.stage." + f.stage(), f.count(), f.rateFromPrevious(), f.rateFromVisits())
                    .linkedTo("/funnel/records?stage=" + f.stage() + "&" + days));
        }
        List<ReportRow> consultants = new ArrayList<>();
        for (ConsultantFunnel c : overview.byConsultant()) {
            consultants.add(stageRow(c.consultantName(), c.stages()).linkedTo("/funnel?" + days + "&consultantId=" + c.consultantId()));
        }
        List<ReportRow> sources = new ArrayList<>();
        for (SourceFunnel s : overview.bySource()) {
            sources.add(stageRow("funnel.source." + s.source(), s.stages()).linkedTo("/funnel?" + days + "&source=" + s.source()));
        }
        List<Headline> headlines = overview.stages().stream()
                .map(f -> Headline.of("funnel.stage." + f.stage(), ColumnKind.COUNT, f.count())
                        .linkedTo("/funnel/records?stage=" + f.stage() + "&" + days)).toList();
        return new Report(code(), titleKey(), period, null, headlines, List.of(
                ReportSection.table("stages", "reports.funnel.stages", List.of(Column.label("funnel.stage"),
                        Column.count("reports.funnel.count"), Column.percent("reports.funnel.from-previous"),
                        Column.percent("reports.funnel.from-visits")), stages).withChart(Chart.of(Chart.Type.FUNNEL, 0, 1)),
                ReportSection.table("consultants", "reports.funnel.by-consultant", stageColumns(Column.text("funnel.consultant")),
                        consultants).withChart(Chart.of(Chart.Type.BAR, 0, 1, 2, 5, 6)),
                ReportSection.table("sources", "reports.funnel.by-source", stageColumns(Column.label("funnel.source")),
                        sources).withChart(Chart.of(Chart.Type.BAR, 0, 1, 2, 5, 6))));
    }

    private static List<Column> stageColumns(Column first) {
        List<Column> columns = new ArrayList<>();
        columns.add(first);
        for (FunnelStage stage : FunnelStage.values()) {
            columns.add(Column.count("funnel.stage." + stage));
        }
        columns.add(Column.percent("reports.funnel.visit-to-delivery"));
        return columns;
    }

    private static ReportRow stageRow(Object name, List<StageFigure> stages) {
        List<Object> cells = new ArrayList<>();
        cells.add(name);
        stages.forEach(f -> cells.add(f.count()));
        cells.add(stages.get(stages.size() - 1).rateFromVisits());
        return new ReportRow(cells, null);
    }
}
