package com.autosales.payments;

import com.autosales.shared.web.FlashOutcome;
import com.autosales.shared.web.RequiresPermission;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 催款 page and API: open collection tasks with their contact notes; a note with the promised payment date. */
@Controller
@RequiresPermission("payments:view")
class CollectionController {

    record NoteBody(String text, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate promisedOn,
            ArrearsCause cause) {
    }

    private final CollectionManagement collection;
    private final FlashOutcome flash;

    CollectionController(CollectionManagement collection, FlashOutcome flash) {
        this.collection = collection;
        this.flash = flash;
    }

    @GetMapping("/receivables/collection")
    String list(Model model) {
        model.addAttribute("tasks", collection.open());
        model.addAttribute("causes", ArrearsCause.values());
        return "payments/collection";
    }

    @PostMapping("/receivables/collection/{id}/notes")
    String note(@PathVariable Long id, @RequestParam(required = false) String text,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate promisedOn,
            @RequestParam(required = false) ArrearsCause cause, RedirectAttributes redirect) {
        return flash.run(null, redirect, "/receivables/collection", "payments.collection.noted", () -> {
            collection.note(id, text, promisedOn, cause);
            return "/receivables/collection";
        });
    }

    @GetMapping("/api/v1/receivables/collection-tasks")
    @ResponseBody
    List<CollectionTaskView> tasks() {
        return collection.open();
    }

    @PostMapping("/api/v1/receivables/collection-tasks/{id}/notes")
    @ResponseBody
    List<CollectionTaskView> addNote(@PathVariable Long id, @RequestBody NoteBody body) {
        collection.note(id, body.text(), body.promisedOn(), body.cause());
        return collection.open();
    }
}
