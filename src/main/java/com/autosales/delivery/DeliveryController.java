package com.autosales.delivery;

import com.autosales.approvals.Decision;
import com.autosales.shared.web.FlashOutcome;
import com.autosales.shared.web.QueryString;
import com.autosales.shared.web.RequiresPermission;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 交车 pages: the delivery board and each delivery sheet with its steps, the printable sheet and its pictures. */
@Controller
@RequiresPermission("sales:view")
class DeliveryController {

    private final DeliveryManagement deliveries;
    private final DeliveryHandover handover;
    private final DeliveryPdf pdf;
    private final FlashOutcome flash;
    private final Clock clock;

    DeliveryController(DeliveryManagement deliveries, DeliveryHandover handover, DeliveryPdf pdf, FlashOutcome flash,
            Clock clock) {
        this.deliveries = deliveries;
        this.handover = handover;
        this.pdf = pdf;
        this.flash = flash;
        this.clock = clock;
    }

    @GetMapping("/deliveries")
    String list(@RequestParam(required = false) DeliveryStatus status, @RequestParam(required = false) String customer,
            @RequestParam(defaultValue = "0") int page, Model model) {
        DeliveryStatus shown = status == null && (customer == null || customer.isBlank()) ? DeliveryStatus.PREPARING : status;
        model.addAttribute("deliveries", deliveries.list(shown, customer, page));
        model.addAttribute("statuses", DeliveryStatus.values());
        model.addAttribute("status", shown);
        model.addAttribute("customer", customer);
        String query = new QueryString().add("status", shown)
                .add("customer", customer == null || customer.isBlank() ? null : customer).toString();
        model.addAttribute("base", "/deliveries?" + (query.isEmpty() ? "" : query + "&"));
        return "delivery/list";
    }

    @GetMapping("/deliveries/contract/{contractId}")
    String forContract(@PathVariable Long contractId) {
        return "redirect:/deliveries/" + deliveries.idForContract(contractId);
    }

    @GetMapping("/deliveries/{id}")
    String show(@PathVariable Long id, Model model) {
        DeliveryView delivery = deliveries.get(id, LocaleContextHolder.getLocale());
        model.addAttribute("delivery", delivery);
        model.addAttribute("contract", delivery.contract());
        if (delivery.preparing() && !delivery.allocated()) {
            model.addAttribute("candidates", deliveries.candidates(id));
        }
        return "delivery/show";
    }

    @PostMapping("/deliveries/{id}/appointment")
    @RequiresPermission("sales:edit")
    String schedule(@PathVariable Long id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) LocalDateTime at, @RequestParam(required = false) String place,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(id, redirect, "delivery.done.scheduled", () -> deliveries.schedule(id, version,
                at == null ? null : at.atZone(clock.getZone()).toInstant(), place, note));
    }

    @PostMapping("/deliveries/{id}/allocation")
    @RequiresPermission("sales:edit")
    String allocate(@PathVariable Long id, @RequestParam(required = false) String vin, RedirectAttributes redirect) {
        return act(id, redirect, "delivery.done.allocated", () -> deliveries.allocate(id, vin));
    }

    @PostMapping("/deliveries/{id}/substitution")
    @RequiresPermission("sales:edit")
    String substitute(@PathVariable Long id, @RequestParam(required = false) String vin,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, "delivery.done.substitution-requested", () -> deliveries.requestSubstitution(id, vin, reason));
    }

    @PostMapping("/deliveries/{id}/substitution/decision")
    @RequiresPermission("sales:approve")
    String decide(@PathVariable Long id, @RequestParam(required = false) Decision decision,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return act(id, redirect, "delivery.done.substitution-decided",
                () -> deliveries.decideSubstitution(id, decision == null ? Decision.RETURN : decision, comment));
    }

    @PostMapping("/deliveries/{id}/release")
    @RequiresPermission("sales:approve")
    String release(@PathVariable Long id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, "delivery.done.released", () -> deliveries.release(id, version, reason));
    }

    @PostMapping("/deliveries/{id}/checks/{itemId}")
    @RequiresPermission("sales:edit")
    String tick(@PathVariable Long id, @PathVariable Long itemId, @RequestParam(required = false) String note,
            @RequestParam(required = false) MultipartFile photo, RedirectAttributes redirect) {
        return act(id, redirect, "delivery.done.checked", () -> deliveries.tick(id, itemId, note, bytesOf(photo)));
    }

    @PostMapping("/deliveries/{id}/checks/{itemId}/undo")
    @RequiresPermission("sales:edit")
    String untick(@PathVariable Long id, @PathVariable Long itemId, RedirectAttributes redirect) {
        return act(id, redirect, "delivery.done.unchecked", () -> deliveries.untick(id, itemId));
    }

    @GetMapping("/deliveries/{id}/checks/{itemId}/photo")
    ResponseEntity<byte[]> photo(@PathVariable Long id, @PathVariable Long itemId) {
        CheckPhoto photo = deliveries.photo(id, itemId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType())).body(photo.bytes());
    }

    @PostMapping("/deliveries/{id}/confirmation")
    @RequiresPermission("sales:edit")
    String confirm(@PathVariable Long id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) String receiverName, @RequestParam(required = false) String signature,
            RedirectAttributes redirect) {
        return act(id, redirect, "delivery.done.signed",
                () -> deliveries.confirm(id, version, receiverName, SignatureImage.decode(signature)));
    }

    @GetMapping("/deliveries/{id}/signature")
    ResponseEntity<byte[]> signature(@PathVariable Long id) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(deliveries.signature(id));
    }

    @PostMapping("/deliveries/{id}/handover")
    @RequiresPermission("sales:edit")
    String handOver(@PathVariable Long id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return act(id, redirect, "delivery.done.delivered", () -> handover.handOver(id, version, comment));
    }

    @GetMapping("/deliveries/{id}/pdf")
    ResponseEntity<byte[]> sheet(@PathVariable Long id) {
        DeliveryView delivery = deliveries.get(id, Locale.SIMPLIFIED_CHINESE);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(delivery.contract().number() + "-delivery.pdf").build().toString())
                .body(pdf.render(delivery, delivery.hasSignature() ? deliveries.signature(id) : null));
    }

    private String act(Long id, RedirectAttributes redirect, String successKey, Runnable action) {
        String page = "/deliveries/" + id;
        return flash.run(null, redirect, page, successKey, () -> {
            action.run();
            return page;
        });
    }

    private static byte[] bytesOf(MultipartFile file) {
        try {
            return file == null || file.isEmpty() ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
