package com.autosales.vehicles;

import com.autosales.shared.web.FlashOutcome;
import com.autosales.shared.web.RequiresPermission;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 车型目录 — browsing the catalogue by brand and series; the clerk adds brands, series, models, trims and packages. */
@Controller
@RequiresPermission("vehicles:view")
class CatalogueController {

    private final VehicleCatalogue catalogue;
    private final CatalogueEditing editing;
    private final FlashOutcome outcome;

    CatalogueController(VehicleCatalogue catalogue, CatalogueEditing editing, FlashOutcome outcome) {
        this.catalogue = catalogue;
        this.editing = editing;
        this.outcome = outcome;
    }

    @GetMapping("/vehicles/catalogue")
    String browse(@RequestParam(required = false) Long series, Model model, Locale locale) {
        List<CatalogueTree> tree = catalogue.tree(locale);
        Long chosen = series != null ? series : tree.stream().flatMap(b -> b.series().stream()).findFirst()
                .map(CatalogueTree.Node::id).orElse(null);
        model.addAttribute("tree", tree);
        model.addAttribute("seriesId", chosen);
        model.addAttribute("models", chosen == null ? List.of() : catalogue.models(chosen, locale));
        model.addAttribute("today", catalogue.today());
        model.addAttribute("tomorrow", CatalogueEditing.defaultPriceStart(catalogue.today()));
        return "vehicles/catalogue";
    }

    @GetMapping("/vehicles/catalogue/trims/{id}")
    String trim(@PathVariable Long id, Model model, Locale locale) {
        model.addAttribute("trim", catalogue.trim(id, locale));
        model.addAttribute("offer", catalogue.offerOf(id));
        model.addAttribute("prices", catalogue.priceHistory(id));
        model.addAttribute("tomorrow", CatalogueEditing.defaultPriceStart(catalogue.today()));
        return "vehicles/trim";
    }

    @PostMapping("/vehicles/catalogue/brands")
    @RequiresPermission("vehicles:edit")
    String addBrand(@Valid @ModelAttribute NameForm form, BindingResult errors, RedirectAttributes redirect) {
        return outcome.run(errors, redirect, "/vehicles/catalogue", "vehicles.saved", () -> {
            editing.addBrand(form);
            return "/vehicles/catalogue";
        });
    }

    @PostMapping("/vehicles/catalogue/series")
    @RequiresPermission("vehicles:edit")
    String addSeries(@Valid @ModelAttribute NameForm form, BindingResult errors, RedirectAttributes redirect) {
        return outcome.run(errors, redirect, "/vehicles/catalogue", "vehicles.saved",
                () -> "/vehicles/catalogue?series=" + editing.addSeries(form));
    }

    @PostMapping("/vehicles/catalogue/models")
    @RequiresPermission("vehicles:edit")
    String addModel(@Valid @ModelAttribute ModelForm form, BindingResult errors, RedirectAttributes redirect) {
        String back = "/vehicles/catalogue?series=" + form.seriesId();
        return outcome.run(errors, redirect, back, "vehicles.saved", () -> {
            editing.addModel(form);
            return back;
        });
    }

    @PostMapping("/vehicles/catalogue/trims")
    @RequiresPermission("vehicles:edit")
    String addTrim(@Valid @ModelAttribute TrimForm form, BindingResult errors, @RequestParam Long seriesId,
            RedirectAttributes redirect) {
        return outcome.run(errors, redirect, "/vehicles/catalogue?series=" + seriesId, "vehicles.saved",
                () -> "/vehicles/catalogue/trims/" + editing.addTrim(form));
    }

    @PostMapping("/vehicles/catalogue/trims/{id}/offer")
    @RequiresPermission("vehicles:edit")
    String offer(@PathVariable Long id, @Valid @ModelAttribute OfferForm form, BindingResult errors, RedirectAttributes redirect) {
        String back = "/vehicles/catalogue/trims/" + id;
        return outcome.run(errors, redirect, back, "vehicles.saved", () -> {
            editing.offer(id, form);
            return back;
        });
    }

    @PostMapping("/vehicles/catalogue/trims/{id}/prices")
    @RequiresPermission("vehicles:edit")
    String price(@PathVariable Long id, @Valid @ModelAttribute PriceForm form, BindingResult errors, RedirectAttributes redirect) {
        String back = "/vehicles/catalogue/trims/" + id;
        return outcome.run(errors, redirect, back, "vehicles.price-saved", () -> {
            editing.setTrimPrice(id, form);
            return back;
        });
    }

    @PostMapping("/vehicles/catalogue/packages")
    @RequiresPermission("vehicles:edit")
    String addPackage(@Valid @ModelAttribute PackageForm form, BindingResult errors, RedirectAttributes redirect) {
        String back = "/vehicles/catalogue?series=" + form.seriesId();
        return outcome.run(errors, redirect, back, "vehicles.saved", () -> {
            editing.addPackage(form);
            return back;
        });
    }

    @PostMapping("/vehicles/catalogue/packages/{id}/prices")
    @RequiresPermission("vehicles:edit")
    String packagePrice(@PathVariable Long id, @RequestParam Long seriesId, @Valid @ModelAttribute PriceForm form,
            BindingResult errors, RedirectAttributes redirect) {
        String back = "/vehicles/catalogue?series=" + seriesId;
        return outcome.run(errors, redirect, back, "vehicles.price-saved", () -> {
            editing.setPackagePrice(id, form);
            return back;
        });
    }
}
