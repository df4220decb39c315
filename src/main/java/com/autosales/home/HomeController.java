package com.autosales.home;

import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.org.OrgDirectory;
import com.autosales.org.UnitView;
import com.autosales.shared.web.DashboardCard;
import com.autosales.shared.web.DashboardChartJson;
import com.autosales.shared.web.DashboardPanel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The workbench: who I am, where I work, the cards modules offer for my role, then my role's dashboard panels. */
@Controller
class HomeController {

    private final CurrentUsers currentUsers;
    private final OrgDirectory org;
    private final List<DashboardCard.Source> cards;
    private final List<DashboardPanel.Source> panels;
    private final DashboardChartJson chartJson;
    private final Clock clock;

    HomeController(CurrentUsers currentUsers, OrgDirectory org, List<DashboardCard.Source> cards,
            List<DashboardPanel.Source> panels, DashboardChartJson chartJson, Clock clock) {
        this.clock = clock;
        this.currentUsers = currentUsers;
        this.org = org;
        this.cards = cards;
        this.panels = panels;
        this.chartJson = chartJson;
    }

    /** A panel with its chart as the JSON the page's chart script draws (null: no chart). */
    record PanelView(DashboardPanel panel, String chart) {
    }

    @GetMapping("/")
    String home(Model model, Locale locale) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("me", user);
        model.addAttribute("today", LocalDate.now(clock)); // the store's day, not the server's (UTC)
        model.addAttribute("employee", org.employee(user.employeeId()).orElse(null));
        model.addAttribute("store", org.unit(user.storeId()).map(UnitView::name).orElse(null));
        model.addAttribute("unit", org.unit(user.unitId()).map(UnitView::name).orElse(null));
        model.addAttribute("cards", cards.stream()
                .filter(source -> source.authority() == null || user.can(source.authority()))
                .map(DashboardCard.Source::card)
                .filter(Objects::nonNull) // a source may have nothing to show this user
                .sorted(Comparator.comparingInt(DashboardCard::order))
                .toList());
        Set<DashboardPanel.Audience> audiences = Dashboards.of(user);
        model.addAttribute("panels", panels.stream()
                .filter(source -> source.authority() == null || user.can(source.authority()))
                .filter(source -> !Collections.disjoint(source.audiences(), audiences))
                .map(DashboardPanel.Source::panel)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(DashboardPanel::order))
                .map(panel -> new PanelView(panel, chartJson.of(panel.chart(), locale)))
                .toList());
        return "home/index";
    }
}
