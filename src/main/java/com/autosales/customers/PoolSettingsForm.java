package com.autosales.customers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/** The pool settings page: the store's limits and one row of rules per grade. */
public class PoolSettingsForm {

    @NotNull @Min(1) @Max(100000)
    private Integer maxOwned;
    @NotNull @Min(1) @Max(1000)
    private Integer maxClaimsPerDay;
    @NotNull @Min(0) @Max(3650)
    private Integer cooldownDays;
    @Valid
    private List<Row> rules = new ArrayList<>();
    private long version;

    static PoolSettingsForm of(PoolSettingsView view) {
        PoolSettingsForm form = new PoolSettingsForm();
        form.maxOwned = view.limits().maxOwned();
        form.maxClaimsPerDay = view.limits().maxClaimsPerDay();
        form.cooldownDays = view.limits().cooldownDays();
        for (PoolRule r : view.rules()) {
            Row row = new Row();
            row.grade = r.grade();
            row.daysWithoutContact = r.daysWithoutContact();
            row.daysWithoutDeal = r.daysWithoutDeal();
            row.reminderDays = r.reminderDays();
            form.rules.add(row);
        }
        form.version = view.version();
        return form;
    }

    PoolLimits limits() {
        return new PoolLimits(maxOwned, maxClaimsPerDay, cooldownDays);
    }

    List<PoolRule> toRules() {
        return rules.stream().map(r -> new PoolRule(r.grade, r.daysWithoutContact, r.daysWithoutDeal, r.reminderDays)).toList();
    }

    /** One grade's rule. */
    public static class Row {
        @NotNull
        @jakarta.validation.constraints.Pattern(regexp = "A|B|C|NONE")
        private String grade;
        @NotNull @Min(0) @Max(3650)
        private Integer daysWithoutContact;
        @NotNull @Min(0) @Max(3650)
        private Integer daysWithoutDeal;
        @NotNull @Min(0) @Max(3650)
        private Integer reminderDays;

        public String getGrade() { return grade; }
        public void setGrade(String grade) { this.grade = grade; }
        public Integer getDaysWithoutContact() { return daysWithoutContact; }
        public void setDaysWithoutContact(Integer v) { this.daysWithoutContact = v; }
        public Integer getDaysWithoutDeal() { return daysWithoutDeal; }
        public void setDaysWithoutDeal(Integer v) { this.daysWithoutDeal = v; }
        public Integer getReminderDays() { return reminderDays; }
        public void setReminderDays(Integer v) { this.reminderDays = v; }
    }

    public Integer getMaxOwned() { return maxOwned; }
    public void setMaxOwned(Integer v) { this.maxOwned = v; }
    public Integer getMaxClaimsPerDay() { return maxClaimsPerDay; }
    public void setMaxClaimsPerDay(Integer v) { this.maxClaimsPerDay = v; }
    public Integer getCooldownDays() { return cooldownDays; }
    public void setCooldownDays(Integer v) { this.cooldownDays = v; }
    public List<Row> getRules() { return rules; }
    public void setRules(List<Row> rules) { this.rules = rules; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
