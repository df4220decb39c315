package com.autosales.scorecards;

import com.autosales.performance.PerformanceMetric;
import com.autosales.shared.DomainException;
import com.autosales.shared.web.FlashOutcome;
import com.autosales.shared.web.RequiresPermission;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 排行榜 pages: the monthly leaderboard with the best consultant, the contests, and the showroom wallboard. */
@Controller
@RequiresPermission("targets:view")
class RankingController {

    private final Leaderboards leaderboards;
    private final ContestManagement contests;
    private final Wallboard wallboard;
    private final FlashOutcome flash;

    RankingController(Leaderboards leaderboards, ContestManagement contests, Wallboard wallboard, FlashOutcome flash) {
        this.leaderboards = leaderboards;
        this.contests = contests;
        this.wallboard = wallboard;
        this.flash = flash;
    }

    @GetMapping("/rankings")
    String board(@RequestParam(required = false) String month, @RequestParam(required = false) RankingMetric metric,
            Model model) {
        Leaderboard board = leaderboards.board(leaderboards.month(month), metric);
        model.addAttribute("board", board);
        model.addAttribute("metrics", board.marginVisible() ? List.of(RankingMetric.values())
                : List.of(RankingMetric.UNITS, RankingMetric.ATTAINMENT, RankingMetric.SATISFACTION));
        return "rankings/board";
    }

    @GetMapping("/rankings/contests")
    String contests(Model model) {
        model.addAttribute("contests", contests.list());
        model.addAttribute("teams", contests.teams());
        model.addAttribute("people", contests.people());
        model.addAttribute("metrics", PerformanceMetric.values());
        return "rankings/contests";
    }

    @PostMapping("/rankings/contests")
    @RequiresPermission("targets:edit")
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) PerformanceMetric metric,
            @RequestParam(required = false) String prize, @RequestParam(required = false) String participantKind,
            @RequestParam(required = false) List<Long> teams, @RequestParam(required = false) List<Long> people,
            RedirectAttributes redirect) {
        return flash.run(null, redirect, "/rankings/contests", "scorecards.contest.created", () -> {
            String kind = "UNITS".equals(participantKind) ? "UNITS" : "PEOPLE";
            List<Long> chosen = new ArrayList<>("UNITS".equals(kind) ? teams == null ? List.of() : teams
                    : people == null ? List.of() : people);
            contests.create(new ContestForm(name, day(from), day(to), metric, prize, kind, chosen));
            return "/rankings/contests";
        });
    }

    @GetMapping("/rankings/wallboard")
    String wallboard(Model model) {
        model.addAttribute("board", wallboard.board());
        return "rankings/wallboard";
    }

    /** The board alone, fetched by htmx every 60 s. */
    @GetMapping("/rankings/wallboard/board")
    String wallboardBoard(Model model) {
        model.addAttribute("board", wallboard.board());
        return "rankings/wallboard :: board";
    }

    private static LocalDate day(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("scorecards.contest.period-invalid");
        }
    }
}
