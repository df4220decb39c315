package com.autosales.scorecards;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * 考核模板 — the scorecard of a position, one version of it. The current version is edited in place until a finished
 * evaluation uses it; from then on a change makes the next version and the evaluations keep the one they used.
 */
@Entity
@Table(name = "scorecard_template")
class ScorecardTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String positionCode;
    private int versionNo;
    @Column(name = "is_current")
    private boolean current;
    private String name;
    private String updatedBy;
    private Instant updatedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scorecard_template_line", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "seq")
    private List<TemplateLine> lines = new ArrayList<>();
    @Version
    private long version;

    protected ScorecardTemplate() {
    }

    ScorecardTemplate(String positionCode, int versionNo, String name, List<TemplateLine> lines, String by, Instant at) {
        this.positionCode = positionCode;
        this.versionNo = versionNo;
        this.current = true;
        change(name, lines, by, at);
    }

    void change(String newName, List<TemplateLine> newLines, String by, Instant at) {
        this.name = newName;
        this.lines.clear();
        this.lines.addAll(newLines);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** A newer version took over. */
    void supersede() {
        this.current = false;
    }

    String describe() {
        return name + ": " + String.join("; ", lines.stream().map(TemplateLine::describe).toList());
    }

    TemplateView view(String positionName) {
        return new TemplateView(id, positionCode, positionName, name, versionNo, current, lines.stream()
                .map(l -> new TemplateView.Line(l.indicator(), l.weight(), l.target(), l.rule().kind(), l.rule().cap(),
                        l.rule().thresholds())).toList(), updatedBy, updatedAt, version);
    }

    Long id() { return id; }
    String positionCode() { return positionCode; }
    int versionNo() { return versionNo; }
    String name() { return name; }
    List<TemplateLine> lines() { return List.copyOf(lines); }
    long version() { return version; }
}
