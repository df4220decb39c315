-- 拖欠原因: why a collection task's money is overdue (set with a contact note); each note keeps the cause it recorded.
ALTER TABLE collection_task ADD COLUMN cause VARCHAR(30);
ALTER TABLE collection_note ADD COLUMN cause VARCHAR(30);
