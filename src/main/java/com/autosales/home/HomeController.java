package com.autosales.home;

import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.org.OrgDirectory;
import com.autosales.org.UnitView;
import com.autosales.shared.web.DashboardCard;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The workbench: who I am, where I work, and the cards modules offer for my role. */
@Controller
class HomeController {

    private final CurrentUsers currentUsers;
    private final OrgDirectory org;
    private final List<DashboardCard.Source> cards;

    HomeController(CurrentUsers currentUsers, OrgDirectory org, List<DashboardCard.Source> cards) {
        this.currentUsers = currentUsers;
        this.org = org;
        this.cards = cards;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("me", user);
        model.addAttribute("employee", org.employee(user.employeeId()).orElse(null));
        model.addAttribute("store", org.unit(user.storeId()).map(UnitView::name).orElse(null));
        model.addAttribute("unit", org.unit(user.unitId()).map(UnitView::name).orElse(null));
        model.addAttribute("cards", cards.stream()
                .filter(source -> source.authority() == null || user.can(source.authority()))
                .map(DashboardCard.Source::card)
                .filter(Objects::nonNull) // a source may have nothing to show this user
                .sorted(Comparator.comparingInt(DashboardCard::order))
                .toList());
        return "home/index";
    }
}
