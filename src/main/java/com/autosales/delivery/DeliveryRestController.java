package com.autosales.delivery;

import com.autosales.approvals.Decision;
import com.autosales.shared.web.PageResponse;
import com.autosales.shared.web.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Deliveries over the API: the same steps, gate, permissions and data scope as the pages. */
@RestController
@RequestMapping("/api/v1/deliveries")
@Tag(name = "Deliveries")
@RequiresPermission("sales:view")
class DeliveryRestController {

    record AppointmentBody(Instant at, String place, String note, Long version) {
    }

    record VinBody(String vin, String reason) {
    }

    record DecisionBody(Decision decision, String comment) {
    }

    record ReasonBody(String reason, Long version) {
    }

    record CheckBody(String note) {
    }

    record ConfirmationBody(String receiverName, String signaturePng, Long version) {
    }

    record HandoverBody(String comment, Long version) {
    }

    private final DeliveryManagement deliveries;
    private final DeliveryHandover handover;
    private final DeliveryPdf pdf;

    DeliveryRestController(DeliveryManagement deliveries, DeliveryHandover handover, DeliveryPdf pdf) {
        this.deliveries = deliveries;
        this.handover = handover;
        this.pdf = pdf;
    }

    @GetMapping
    @Operation(summary = "Deliveries in my scope by appointment; filters status (PREPARING, DELIVERED, CANCELLED), customer")
    PageResponse<DeliverySummary> list(@RequestParam(required = false) DeliveryStatus status,
            @RequestParam(required = false) String customer, @RequestParam(defaultValue = "0") int page) {
        return PageResponse.of(deliveries.list(status, customer, page));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A delivery with its checklists, the gate (what still blocks the handover) and what followed")
    DeliveryView get(@PathVariable Long id) {
        return view(id);
    }

    @GetMapping("/by-contract/{contractId}")
    @Operation(summary = "The delivery of a signed contract (opened if it is not there yet)")
    DeliveryView forContract(@PathVariable Long contractId) {
        return view(deliveries.idForContract(contractId));
    }

    @PostMapping("/{id}/appointment")
    @RequiresPermission("sales:edit")
    @Operation(summary = "Set the appointment: when (ISO instant), where, a note")
    DeliveryView schedule(@PathVariable Long id, @RequestBody AppointmentBody body) {
        deliveries.schedule(id, body.version(), body.at(), body.place(), body.note());
        return view(id);
    }

    @PostMapping("/{id}/allocation")
    @RequiresPermission("sales:edit")
    @Operation(summary = "Allocate and reserve a stock car: of the contract's trim and colours, or the approved substitute")
    DeliveryView allocate(@PathVariable Long id, @RequestBody VinBody body) {
        deliveries.allocate(id, body.vin());
        return view(id);
    }

    @PostMapping("/{id}/substitution")
    @RequiresPermission("sales:edit")
    @Operation(summary = "Ask the sales manager to approve a different in-stock car, with a reason")
    DeliveryView substitute(@PathVariable Long id, @RequestBody VinBody body) {
        deliveries.requestSubstitution(id, body.vin(), body.reason());
        return view(id);
    }

    @PostMapping("/{id}/substitution/decision")
    @RequiresPermission("sales:approve")
    @Operation(summary = "The sales manager approves or returns the substitution")
    DeliveryView decide(@PathVariable Long id, @RequestBody DecisionBody body) {
        deliveries.decideSubstitution(id, body.decision() == null ? Decision.RETURN : body.decision(), body.comment());
        return view(id);
    }

    @PostMapping("/{id}/release")
    @RequiresPermission("sales:approve")
    @Operation(summary = "The sales manager lets the car go before it is paid, with a reason")
    DeliveryView release(@PathVariable Long id, @RequestBody ReasonBody body) {
        deliveries.release(id, body.version(), body.reason());
        return view(id);
    }

    @PostMapping("/{id}/checks/{itemId}")
    @RequiresPermission("sales:edit")
    @Operation(summary = "Tick a checklist item (who and when are recorded), with an optional note")
    DeliveryView tick(@PathVariable Long id, @PathVariable Long itemId, @RequestBody(required = false) CheckBody body) {
        deliveries.tick(id, itemId, body == null ? null : body.note(), null);
        return view(id);
    }

    @DeleteMapping("/{id}/checks/{itemId}")
    @RequiresPermission("sales:edit")
    @Operation(summary = "Take a tick back while the car is being prepared")
    DeliveryView untick(@PathVariable Long id, @PathVariable Long itemId) {
        deliveries.untick(id, itemId);
        return view(id);
    }

    @PostMapping("/{id}/confirmation")
    @RequiresPermission("sales:edit")
    @Operation(summary = "The customer's confirmation: name and signature (PNG, base64)")
    DeliveryView confirm(@PathVariable Long id, @RequestBody ConfirmationBody body) {
        deliveries.confirm(id, body.version(), body.receiverName(), SignatureImage.decode(body.signaturePng()));
        return view(id);
    }

    @PostMapping("/{id}/handover")
    @RequiresPermission("sales:edit")
    @Operation(summary = "Hand the car over: refused (422, with what blocks it) until the gate is open")
    DeliveryView handOver(@PathVariable Long id, @RequestBody(required = false) HandoverBody body) {
        handover.handOver(id, body == null ? null : body.version(), body == null ? null : body.comment());
        return view(id);
    }

    @GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The printable delivery sheet (Chinese)")
    ResponseEntity<byte[]> sheet(@PathVariable Long id) {
        DeliveryView delivery = deliveries.get(id, Locale.SIMPLIFIED_CHINESE);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .body(pdf.render(delivery, delivery.hasSignature() ? deliveries.signature(id) : null));
    }

    private DeliveryView view(Long id) {
        return deliveries.get(id, LocaleContextHolder.getLocale());
    }
}
