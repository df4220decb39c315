-- The funnel's DELIVERY entries are all of contracts (or the imported history): without this the planner multiplies
-- the two columns' selectivities, expects a fifth of the deliveries, and joins the month's sales to all of them by
-- hash (0.9 s for the group's month) instead of looking each sale's entry up (60 ms). bench/README.md, issue 11.
create statistics if not exists st_funnel_entry_stage_record (dependencies) on stage, record_type from funnel_entry;
analyze funnel_entry;
