-- 交车后回访: follow-up tasks planned after delivery (1, 7 and 30 days) carry their purpose; they belong to a won lead.
alter table lead_follow_up add column purpose varchar(20);
