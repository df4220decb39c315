package com.autosales.org;

import com.autosales.shared.DomainException;
import com.autosales.shared.web.RequiresPermission;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A unit's page, and creating, renaming, moving and closing units. */
@Controller
@RequiresPermission("org:view")
class UnitController {

    private static final String FORM = "org/unit-form";
    private static final String EDIT = "org/unit-edit";
    private static final String MOVE = "org/unit-move";

    private final UnitManagement units;
    private final OrgChartService chart;
    private final MessageSource messages;

    UnitController(UnitManagement units, OrgChartService chart, MessageSource messages) {
        this.units = units;
        this.chart = chart;
        this.messages = messages;
    }

    @ModelAttribute("kinds")
    UnitKind[] kinds() {
        return UnitKind.values();
    }

    @ModelAttribute("storeTypes")
    StoreType[] storeTypes() {
        return StoreType.values();
    }

    @ModelAttribute("organisations")
    OrganisedBy[] organisations() {
        return OrganisedBy.values();
    }

    @GetMapping("/org/units/{id}")
    String show(@PathVariable Long id, Model model) {
        UnitDetails unit = units.get(id);
        model.addAttribute("unit", unit);
        model.addAttribute("nodes", unit.active() ? chart.chart(id) : java.util.List.of());
        return "org/unit";
    }

    @GetMapping("/org/units/new")
    @RequiresPermission("org:create")
    String createForm(@RequestParam Long parentId, Model model) {
        UnitDetails parent = units.get(parentId);
        model.addAttribute("unit", NewUnit.under(parentId, defaultKindUnder(parent.kind())));
        return createPage(model);
    }

    @PostMapping("/org/units/new")
    @RequiresPermission("org:create")
    String create(@Valid @ModelAttribute("unit") NewUnit unit, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return createPage(model);
        }
        try {
            Long id = units.create(unit);
            redirect.addFlashAttribute("successKey", "org.unit.created");
            return "redirect:/org/units/" + id;
        } catch (DomainException e) {
            errors.reject(e.messageKey(), e.args(), e.code());
            return createPage(model);
        }
    }

    @GetMapping("/org/units/{id}/edit")
    @RequiresPermission("org:edit")
    String editForm(@PathVariable Long id, Model model) {
        UnitDetails current = units.get(id);
        model.addAttribute("changes", new UnitChanges(current.nameZh(), current.nameEn(), current.organisedBy(),
                current.plannedHeadcount()));
        model.addAttribute("version", current.version());
        return editPage(current, model);
    }

    @PostMapping("/org/units/{id}/edit")
    @RequiresPermission("org:edit")
    String edit(@PathVariable Long id, @RequestParam long version, @Valid @ModelAttribute("changes") UnitChanges changes,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        UnitDetails current = units.get(id);
        model.addAttribute("version", version);
        if (errors.hasErrors()) {
            return editPage(current, model);
        }
        try {
            units.change(id, version, changes);
        } catch (DomainException e) {
            errors.reject(e.messageKey(), e.args(), e.code());
            return editPage(current, model);
        }
        redirect.addFlashAttribute("successKey", "org.unit.saved");
        return "redirect:/org/units/" + id;
    }

    @GetMapping("/org/units/{id}/move")
    @RequiresPermission("org:edit")
    String moveForm(@PathVariable Long id, Model model) {
        UnitDetails current = units.get(id);
        model.addAttribute("move", new UnitMove(current.parentId()));
        model.addAttribute("version", current.version());
        return movePage(current, model);
    }

    @PostMapping("/org/units/{id}/move")
    @RequiresPermission("org:edit")
    String move(@PathVariable Long id, @RequestParam long version, @Valid @ModelAttribute("move") UnitMove move,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        UnitDetails current = units.get(id);
        model.addAttribute("version", version);
        if (errors.hasErrors()) {
            return movePage(current, model);
        }
        try {
            units.move(id, version, move.parentId());
        } catch (DomainException e) {
            errors.reject(e.messageKey(), e.args(), e.code());
            return movePage(current, model);
        }
        redirect.addFlashAttribute("successKey", "org.unit.moved");
        return "redirect:/org/units/" + id;
    }

    /** Closing is refused with the reason (people, open records) shown on the unit's page. */
    @PostMapping("/org/units/{id}/close")
    @RequiresPermission("org:delete")
    String close(@PathVariable Long id, @RequestParam long version, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            units.close(id, version);
        } catch (DomainException e) {
            model.addAttribute("closeError", messages.getMessage(e.messageKey(), e.args(), e.code(), locale));
            return show(id, model);
        }
        redirect.addFlashAttribute("successKey", "org.unit.closed");
        return "redirect:/org/units/" + id;
    }

    private String createPage(Model model) {
        model.addAttribute("parents", units.options(null));
        return FORM;
    }

    private String editPage(UnitDetails current, Model model) {
        model.addAttribute("current", current);
        return EDIT;
    }

    private String movePage(UnitDetails current, Model model) {
        model.addAttribute("current", current);
        model.addAttribute("parents", units.options(current.id()));
        return MOVE;
    }

    private static UnitKind defaultKindUnder(UnitKind parent) {
        return switch (parent) {
            case GROUP -> UnitKind.STORE;
            case STORE -> UnitKind.DEPARTMENT;
            case REGION -> UnitKind.DISTRICT;
            case DISTRICT -> UnitKind.TERRITORY;
            default -> UnitKind.TEAM;
        };
    }
}
