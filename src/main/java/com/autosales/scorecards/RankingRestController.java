package com.autosales.scorecards;

import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The leaderboard, the best consultant and the contests of the store I work in, over the API. */
@RestController
@RequestMapping("/api/v1/rankings")
@Tag(name = "Rankings")
@RequiresPermission("targets:view")
class RankingRestController {

    /** The month's best consultant (null when nobody qualifies) and the rule that picked them, in my language. */
    record BestAnswer(String month, String rule, Leaderboard.BestConsultant best) {
    }

    private final Leaderboards leaderboards;
    private final ContestManagement contests;
    private final MessageSource messages;

    RankingRestController(Leaderboards leaderboards, ContestManagement contests, MessageSource messages) {
        this.leaderboards = leaderboards;
        this.contests = contests;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "The month's leaderboard (month = 2026-12, default this month) by UNITS, GROSS_MARGIN"
            + " (targets:approve only), ATTAINMENT or SATISFACTION, with the change against the previous month")
    Leaderboard board(@RequestParam(required = false) String month, @RequestParam(required = false) RankingMetric metric) {
        return leaderboards.board(leaderboards.month(month), metric);
    }

    @GetMapping("/best-consultant")
    @Operation(summary = "最佳销售代表 of the month, with the rule that picks them")
    BestAnswer best(@RequestParam(required = false) String month) {
        Leaderboard board = leaderboards.board(leaderboards.month(month), RankingMetric.UNITS);
        return new BestAnswer(board.month(), messages.getMessage("scorecards.best.rule", null,
                LocaleContextHolder.getLocale()), board.best());
    }

    @GetMapping("/contests")
    @Operation(summary = "The store's contests, latest first, with their live standings")
    List<ContestView> contests() {
        return contests.list();
    }

    @PostMapping("/contests")
    @RequiresPermission("targets:edit")
    @Operation(summary = "Create a contest: name, from, to, metric (a performance metric), prize, participantKind"
            + " (UNITS or PEOPLE) and at least two participant ids of the store")
    ContestView create(@RequestBody(required = false) ContestForm form) {
        return contests.create(form);
    }

    @GetMapping("/contests/{id}")
    @Operation(summary = "A contest of the store with its live standing")
    ContestView contest(@PathVariable Long id) {
        return contests.get(id);
    }
}
