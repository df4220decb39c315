-- receivables-ageing as of 2026-12-07: the open accounts in scope with their lines (ReceivableAccounts.list, openOnly)
select a.*, l.position, l.kind, l.amount, l.due_on from receivable_account a join receivable_line l on l.contract_id = a.contract_id
where (:store::bigint is null or a.store_id = :store) and a.cancelled = false and a.received < a.expected
order by a.opened_on desc, a.contract_id desc;
