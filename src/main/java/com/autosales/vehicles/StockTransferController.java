package com.autosales.vehicles;

import com.autosales.shared.web.FlashOutcome;
import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.shared.web.RequiresPermission;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 调拨 — the transfer form of a vehicle's page; a clerk of one store no longer sees the car afterwards, so goes to the list. */
@Controller
@RequiresPermission("vehicles:edit")
class StockTransferController {

    private final StockTransfers transfers;
    private final CurrentUsers currentUsers;
    private final FlashOutcome outcome;

    StockTransferController(StockTransfers transfers, CurrentUsers currentUsers, FlashOutcome outcome) {
        this.transfers = transfers;
        this.currentUsers = currentUsers;
        this.outcome = outcome;
    }

    @PostMapping("/vehicles/stock/{id}/transfer")
    String transfer(@PathVariable Long id, @Valid @ModelAttribute TransferForm form, BindingResult errors,
            RedirectAttributes redirect) {
        String back = "/vehicles/stock/" + id;
        return outcome.run(errors, redirect, back, "vehicles.transferred", () -> {
            transfers.transfer(id, form);
            RecordScope scope = currentUsers.scope();
            return scope.allStores() || scope.storeIds().contains(form.targetStoreId()) ? back : "/vehicles/stock";
        });
    }
}
