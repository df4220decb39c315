package com.autosales.meetings;

import com.autosales.shared.DomainException;
import com.autosales.shared.web.FlashOutcome;
import com.autosales.shared.web.Htmx;
import com.autosales.shared.web.QueryString;
import com.autosales.shared.web.RequiresPermission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 例会 pages: the list, a new meeting, a meeting's record (pack, minutes, attendance, action items), my action items. */
@Controller
@RequiresPermission("reports:view")
class MeetingController {

    private final MeetingManagement meetings;
    private final FlashOutcome flash;
    private final MessageSource messages;
    private final Clock clock;

    MeetingController(MeetingManagement meetings, FlashOutcome flash, MessageSource messages, Clock clock) {
        this.meetings = meetings;
        this.flash = flash;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/meetings")
    String list(@RequestParam(required = false) MeetingKind kind, @RequestParam(required = false) MeetingStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("meetings", meetings.list(new MeetingFilter(kind, status, from, to), page));
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("statuses", MeetingStatus.values());
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        String query = new QueryString().add("kind", kind).add("status", status).add("from", from).add("to", to).toString();
        model.addAttribute("base", "/meetings" + (query.isEmpty() ? "" : "?" + query));
        return "meetings/list";
    }

    @GetMapping("/meetings/new")
    @RequiresPermission("reports:create")
    String newMeeting(@RequestParam(required = false) MeetingKind kind, Model model, Locale locale) {
        MeetingKind chosen = kind == null ? MeetingKind.DAILY : kind;
        LocalDate today = LocalDate.now(clock);
        List<StoreEmployee> invitees = meetings.invitees();
        Set<Long> ticked = invitees.stream().filter(StoreEmployee::salesDepartment).map(StoreEmployee::id)
                .collect(Collectors.toSet());
        String title = messages.getMessage(chosen.messageKey(), null, locale) + " " + today;
        return form(model, new NewMeeting(chosen, today, title, null, List.copyOf(ticked)), invitees);
    }

    @PostMapping("/meetings/new")
    @RequiresPermission("reports:create")
    String create(@RequestParam(required = false) MeetingKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @RequestParam(required = false) String title, @RequestParam(required = false) Long chairEmployeeId,
            @RequestParam(name = "attendee", required = false) List<Long> attendeeIds, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        NewMeeting form = new NewMeeting(kind, heldOn, title, chairEmployeeId, attendeeIds);
        try {
            Long id = meetings.create(form);
            redirect.addFlashAttribute("successKey", "meetings.done.created");
            return "redirect:/meetings/" + id;
        } catch (DomainException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.args(), e.code(), locale));
            return form(model, form, meetings.invitees());
        }
    }

    private String form(Model model, NewMeeting form, List<StoreEmployee> invitees) {
        model.addAttribute("form", form);
        model.addAttribute("ticked", form.attendeeIds() == null ? Set.of() : Set.copyOf(form.attendeeIds()));
        model.addAttribute("invitees", invitees);
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("chairId", form.chairEmployeeId());
        model.addAttribute("alreadyHeld", meetings.alreadyHeld(form.kind(), form.heldOn()));
        return "meetings/new";
    }

    @GetMapping("/meetings/actions")
    String myActions(Model model) {
        model.addAttribute("actions", meetings.myActions());
        return "meetings/actions";
    }

    @GetMapping("/meetings/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("meeting", meetings.get(id));
        model.addAttribute("today", LocalDate.now(clock));
        return "meetings/show";
    }

    @GetMapping("/meetings/{id}/pack.pdf")
    ResponseEntity<byte[]> pack(@PathVariable Long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("meeting-" + id + "-figures.pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(meetings.packPdf(id));
    }

    @PostMapping("/meetings/{id}/pack")
    @RequiresPermission("reports:create")
    String regeneratePack(@PathVariable Long id, RedirectAttributes redirect) {
        return flash.run(null, redirect, page(id), "meetings.done.pack", () -> {
            if (!meetings.regeneratePack(id)) {
                throw new DomainException("meetings.pack.unavailable");
            }
            return page(id);
        });
    }

    @PostMapping("/meetings/{id}/minutes")
    @RequiresPermission("reports:create")
    String minutes(@PathVariable Long id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) String minutes, RedirectAttributes redirect) {
        return act(id, redirect, "meetings.done.minutes", () -> meetings.writeMinutes(id, version, minutes));
    }

    @PostMapping("/meetings/{id}/attendance")
    @RequiresPermission("reports:create")
    String attendance(@PathVariable Long id, @RequestParam(required = false) Long version,
            @RequestParam(name = "present", required = false) List<Long> present, RedirectAttributes redirect) {
        return act(id, redirect, "meetings.done.attendance", () -> meetings.recordAttendance(id, version, present));
    }

    @PostMapping("/meetings/{id}/close")
    @RequiresPermission("reports:create")
    String close(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return act(id, redirect, "meetings.done.closed", () -> meetings.close(id, version));
    }

    /** htmx answers with the refreshed action items; without htmx, back to the meeting. */
    @PostMapping("/meetings/{id}/actions")
    @RequiresPermission("reports:create")
    String addAction(@PathVariable Long id, @RequestParam(required = false) String text,
            @RequestParam(required = false) Long ownerEmployeeId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return track(id, request, model, redirect, "meetings.done.action-added", page(id),
                () -> meetings.addAction(id, new NewAction(text, ownerEmployeeId, dueOn)));
    }

    @PostMapping("/meetings/{id}/actions/{actionId}/done")
    String done(@PathVariable Long id, @PathVariable Long actionId, @RequestParam(required = false) Long version,
            @RequestParam(required = false) String note, @RequestParam(required = false) String from,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return track(id, request, model, redirect, "meetings.done.action-done", after(id, from),
                () -> meetings.complete(id, actionId, version, note));
    }

    @PostMapping("/meetings/{id}/actions/{actionId}/reopen")
    String reopen(@PathVariable Long id, @PathVariable Long actionId, @RequestParam(required = false) Long version,
            @RequestParam(required = false) String from, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        return track(id, request, model, redirect, "meetings.done.action-reopened", after(id, from),
                () -> meetings.reopen(id, actionId, version));
    }

    private String track(Long id, HttpServletRequest request, Model model, RedirectAttributes redirect,
            String successKey, String target, Runnable action) {
        if (Htmx.isHtmx(request)) {
            action.run(); // a refusal becomes an alert in the page's message area (PageExceptionHandler)
            model.addAttribute("meeting", meetings.get(id));
            model.addAttribute("today", LocalDate.now(clock));
            return "meetings/show :: actions";
        }
        return flash.run(null, redirect, target, successKey, run(action, target));
    }

    private String act(Long id, RedirectAttributes redirect, String successKey, Runnable action) {
        return flash.run(null, redirect, page(id), successKey, run(action, page(id)));
    }

    private static Supplier<String> run(Runnable action, String target) {
        return () -> {
            action.run();
            return target;
        };
    }

    private static String after(Long id, String from) {
        return "actions".equals(from) ? "/meetings/actions" : page(id);
    }

    private static String page(Long id) {
        return "/meetings/" + id;
    }
}
