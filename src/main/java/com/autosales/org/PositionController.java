package com.autosales.org;

import com.autosales.shared.DomainException;
import com.autosales.shared.web.RequiresPermission;
import jakarta.validation.Valid;
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Position templates (岗位) and their duties. The duties editor works without JavaScript: the
 * add / remove / move buttons post the form back with an {@code op} and get it re-drawn unsaved.
 */
@Controller
@RequiresPermission("org:view")
class PositionController {

    private static final String FORM = "org/position-form";

    private final PositionManagement positions;

    PositionController(PositionManagement positions) {
        this.positions = positions;
    }

    @ModelAttribute("storeTypes")
    StoreType[] storeTypes() {
        return StoreType.values();
    }

    @ModelAttribute("roleCodes")
    List<String> roleCodes() {
        return PositionForm.ROLE_CODES;
    }

    @GetMapping("/org/positions")
    String list(Model model) {
        model.addAttribute("positions", positions.list());
        return "org/positions";
    }

    @GetMapping("/org/positions/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("position", positions.get(id));
        return "org/position";
    }

    @GetMapping("/org/positions/new")
    @RequiresPermission("org:create")
    String createForm(Model model) {
        PositionForm form = new PositionForm();
        form.setLevel(4);
        form.setStoreType(StoreType.DEALERSHIP);
        form.setDuties(List.of(new PositionForm.DutyLine(), new PositionForm.DutyLine(), new PositionForm.DutyLine()));
        model.addAttribute("form", form);
        return page(null, model);
    }

    @PostMapping("/org/positions/new")
    @RequiresPermission("org:create")
    String create(@Valid @ModelAttribute("form") PositionForm form, BindingResult errors,
            @RequestParam(required = false) String op, Model model, RedirectAttributes redirect) {
        if (op != null && !op.isBlank()) {
            return edited(form, op, null, model);
        }
        if (errors.hasErrors()) {
            return page(null, model);
        }
        try {
            Long id = positions.create(form);
            redirect.addFlashAttribute("successKey", "org.position.created");
            return "redirect:/org/positions/" + id;
        } catch (DomainException e) {
            errors.reject(e.messageKey(), e.args(), e.code());
            return page(null, model);
        }
    }

    @GetMapping("/org/positions/{id}/edit")
    @RequiresPermission("org:edit")
    String editForm(@PathVariable Long id, Model model) {
        PositionDetails position = positions.get(id);
        model.addAttribute("form", positions.form(id));
        model.addAttribute("version", position.version());
        return page(position, model);
    }

    @PostMapping("/org/positions/{id}/edit")
    @RequiresPermission("org:edit")
    String edit(@PathVariable Long id, @RequestParam long version, @Valid @ModelAttribute("form") PositionForm form,
            BindingResult errors, @RequestParam(required = false) String op, Model model, RedirectAttributes redirect) {
        PositionDetails position = positions.get(id);
        model.addAttribute("version", version);
        if (op != null && !op.isBlank()) {
            return edited(form, op, position, model);
        }
        if (errors.hasErrors()) {
            return page(position, model);
        }
        try {
            positions.update(id, version, form);
        } catch (DomainException e) {
            errors.reject(e.messageKey(), e.args(), e.code());
            return page(position, model);
        }
        redirect.addFlashAttribute("successKey", "org.position.saved");
        return "redirect:/org/positions/" + id;
    }

    /** Adds, removes or moves a duty row and shows the form again, unsaved and without error marks. */
    private String edited(PositionForm form, String op, PositionDetails position, Model model) {
        List<PositionForm.DutyLine> lines = new java.util.ArrayList<>(form.getDuties());
        String[] parts = op.split(":", 2);
        int row = parts.length == 2 ? parseRow(parts[1]) : -1;
        switch (parts[0]) {
            case "add" -> {
                if (lines.size() < PositionForm.MAX_DUTIES) {
                    lines.add(new PositionForm.DutyLine());
                }
            }
            case "remove" -> {
                if (row >= 0 && row < lines.size()) {
                    lines.remove(row);
                }
            }
            case "up" -> {
                if (row > 0 && row < lines.size()) {
                    Collections.swap(lines, row, row - 1);
                }
            }
            case "down" -> {
                if (row >= 0 && row < lines.size() - 1) {
                    Collections.swap(lines, row, row + 1);
                }
            }
            default -> {
                // unknown op: just redraw
            }
        }
        form.setDuties(lines);
        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
        model.addAttribute("form", form);
        return page(position, model);
    }

    private static int parseRow(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String page(PositionDetails position, Model model) {
        model.addAttribute("current", position);
        model.addAttribute("reportsToOptions", positions.list().stream()
                .filter(p -> position == null || !p.id().equals(position.id())).toList());
        return FORM;
    }
}
