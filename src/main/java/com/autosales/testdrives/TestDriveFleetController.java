package com.autosales.testdrives;

import com.autosales.access.CurrentUsers;
import com.autosales.shared.DomainException;
import com.autosales.shared.web.RequiresPermission;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 试驾车队 — the sales manager keeps the store's demo cars, routes, slot length and opening hours. */
@Controller
@RequiresPermission("leads:approve")
class TestDriveFleetController {

    private final TestDriveFleet fleet;
    private final CurrentUsers currentUsers;

    TestDriveFleetController(TestDriveFleet fleet, CurrentUsers currentUsers) {
        this.fleet = fleet;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/test-drives/fleet")
    String page(Model model) {
        if (!model.containsAttribute("carForm")) {
            model.addAttribute("carForm", CarForm.blank());
        }
        Long store = currentUsers.requireStore();
        SlotPlan plan = fleet.planOf(store);
        if (!model.containsAttribute("settingsForm")) {
            model.addAttribute("settingsForm", new SettingsForm(plan.slotMinutes(), plan.opensAt(), plan.closesAt()));
        }
        model.addAttribute("cars", fleet.allCars(store));
        model.addAttribute("routes", fleet.routesOf(store));
        return "testdrives/fleet";
    }

    @PostMapping("/test-drives/fleet/cars")
    String addCar(@Valid @ModelAttribute("carForm") CarForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(model);
        }
        fleet.addCar(form);
        redirect.addFlashAttribute("successKey", "testdrives.fleet.saved");
        return "redirect:/test-drives/fleet";
    }

    @PostMapping("/test-drives/fleet/cars/{id}/active")
    String carActive(@PathVariable Long id, @RequestParam boolean active, RedirectAttributes redirect) {
        fleet.setCarActive(id, active);
        redirect.addFlashAttribute("successKey", "testdrives.fleet.saved");
        return "redirect:/test-drives/fleet";
    }

    @PostMapping("/test-drives/fleet/routes")
    String addRoute(@RequestParam(required = false) String name, @RequestParam(required = false) String description,
            RedirectAttributes redirect) {
        fleet.addRoute(name, description);
        redirect.addFlashAttribute("successKey", "testdrives.fleet.saved");
        return "redirect:/test-drives/fleet";
    }

    @PostMapping("/test-drives/fleet/routes/{id}/active")
    String routeActive(@PathVariable Long id, @RequestParam boolean active,
            RedirectAttributes redirect) {
        fleet.setRouteActive(id, active);
        redirect.addFlashAttribute("successKey", "testdrives.fleet.saved");
        return "redirect:/test-drives/fleet";
    }

    @PostMapping("/test-drives/fleet/settings")
    String settings(@Valid @ModelAttribute("settingsForm") SettingsForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                fleet.saveSettings(form);
                redirect.addFlashAttribute("successKey", "testdrives.fleet.saved");
                return "redirect:/test-drives/fleet";
            } catch (DomainException e) {
                errors.reject(e.messageKey(), e.args(), e.code());
            }
        }
        return page(model);
    }
}
