package com.autosales.testdrives;

import com.autosales.access.CurrentUsers;
import com.autosales.customers.CustomerManagement;
import com.autosales.customers.CustomerSummary;
import com.autosales.shared.DomainException;
import com.autosales.shared.web.RequiresPermission;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 试驾日历 — the day's cars by slots, a car's week, booking a free slot, and a booking's page with its checks and feedback. */
@Controller
@RequiresPermission("leads:view")
class TestDriveController {

    private final TestDrives drives;
    private final TestDriveFleet fleet;
    private final CustomerManagement customers;
    private final CurrentUsers currentUsers;

    TestDriveController(TestDrives drives, TestDriveFleet fleet, CustomerManagement customers, CurrentUsers currentUsers) {
        this.drives = drives;
        this.fleet = fleet;
        this.customers = customers;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/test-drives")
    String day(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
        LocalDate chosen = day == null ? drives.today() : day;
        model.addAttribute("day", chosen);
        model.addAttribute("grid", drives.day(chosen));
        return "testdrives/calendar";
    }

    @GetMapping("/test-drives/cars/{id}")
    String week(@PathVariable Long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, Model model) {
        LocalDate chosen = from == null ? drives.today() : from;
        model.addAttribute("from", chosen);
        model.addAttribute("grid", drives.week(id, chosen));
        return "testdrives/week";
    }

    @GetMapping("/test-drives/new")
    @RequiresPermission("leads:create")
    String bookForm(@RequestParam(required = false) Long carId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime start,
            @RequestParam(required = false) Long customerId, @RequestParam(required = false) String q, Model model) {
        BookingForm form = BookingForm.of(carId, day == null ? drives.today() : day, start);
        if (customerId != null) {
            form = new BookingForm(customerId, form.carId(), form.day(), form.start(), 1, null);
        }
        model.addAttribute("bookingForm", form);
        return bookPage(model, q, form.customerId());
    }

    @PostMapping("/test-drives/new")
    @RequiresPermission("leads:create")
    String book(@Valid @ModelAttribute("bookingForm") BookingForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Long id = drives.book(form);
                redirect.addFlashAttribute("successKey", "testdrives.booked");
                return "redirect:/test-drives?day=" + form.day() + "#drive-" + id;
            } catch (DomainException e) {
                errors.reject(e.messageKey(), e.args(), e.code());
            }
        }
        return bookPage(model, null, form.customerId());
    }

    private String bookPage(Model model, String q, Long chosenCustomer) {
        List<CustomerSummary> options = new ArrayList<>(customers.search(q, 0).getContent());
        if (chosenCustomer != null && options.stream().noneMatch(c -> c.id().equals(chosenCustomer))
                && customers.isVisible(chosenCustomer)) {
            options.add(0, customers.forResubmittedForm(chosenCustomer));
        }
        model.addAttribute("q", q);
        model.addAttribute("customerOptions", options);
        model.addAttribute("cars", fleet.activeCars(currentUsers.requireStore()));
        model.addAttribute("slotStarts", fleet.planOf(currentUsers.requireStore()).slotStarts());
        return "testdrives/book";
    }

    @GetMapping("/test-drives/{id}")
    String show(@PathVariable Long id, Model model) {
        TestDriveView drive = drives.get(id);
        model.addAttribute("drive", drive);
        if (!model.containsAttribute("startForm")) {
            model.addAttribute("startForm", StartForm.blank(drive.version()));
        }
        if (!model.containsAttribute("feedbackForm")) {
            model.addAttribute("feedbackForm", FeedbackForm.blank(drive.version()));
        }
        model.addAttribute("routes", drives.routesFor(drive));
        return "testdrives/show";
    }

    @PostMapping("/test-drives/{id}/cancel")
    @RequiresPermission("leads:edit")
    String cancel(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
        drives.cancel(id, version);
        redirect.addFlashAttribute("successKey", "testdrives.cancelled");
        return "redirect:/test-drives/" + id;
    }

    @PostMapping("/test-drives/{id}/start")
    @RequiresPermission("leads:edit")
    String start(@PathVariable Long id, @Valid @ModelAttribute("startForm") StartForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                drives.start(id, form);
                redirect.addFlashAttribute("successKey", "testdrives.started");
                return "redirect:/test-drives/" + id;
            } catch (DomainException e) {
                if (e.code().equals("testdrives.licence-expired")) {
                    errors.rejectValue("licenceValidUntil", e.messageKey(), e.args(), e.code());
                } else if (e.code().equals("testdrives.agreement-required")) {
                    errors.rejectValue("agreementAccepted", e.messageKey(), e.args(), e.code());
                } else {
                    errors.reject(e.messageKey(), e.args(), e.code());
                }
            }
        }
        return show(id, model);
    }

    @PostMapping("/test-drives/{id}/complete")
    @RequiresPermission("leads:edit")
    String complete(@PathVariable Long id, @Valid @ModelAttribute("feedbackForm") FeedbackForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                drives.complete(id, form);
                redirect.addFlashAttribute("successKey", "testdrives.completed");
                return "redirect:/test-drives/" + id;
            } catch (DomainException e) {
                errors.reject(e.messageKey(), e.args(), e.code());
            }
        }
        return show(id, model);
    }
}
