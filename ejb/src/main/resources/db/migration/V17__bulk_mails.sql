-- MAIL-2, BO-9: mails queued by a mass action (the register import's invitations and confirmation
-- requests) are bulk: a server claims every other due mail first, so that thousands of them never
-- hold up a password reset or a notification. The claim walks this index in its order and stops
-- at the page size, for the mails that are not bulk and then for the bulk ones.
alter table queued_mail add column bulk boolean not null default false;
create index queued_mail_due_bulk_ix on queued_mail (status, bulk, next_attempt_at, id);
