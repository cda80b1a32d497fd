-- Evidence sealed before a moderator removes an item must outlive the item's own gallringsfrist while the decision
-- can still be reviewed (issue 4: hold reasons include moderation evidence).
alter table hold drop constraint hold_reason_check;
alter table hold add constraint hold_reason_check check (reason in ('DISCLOSURE_REQUEST', 'APPEAL', 'POLICE_REPORT',
                                                                    'OPEN_CASE', 'LITIGATION', 'MODERATION_EVIDENCE',
                                                                    'MANUAL'));
