-- BO-2 "unread" in the backoffice inbox, BO-6 helpdesk questions marked answered, SEC-5 audit of both.

-- When a department staff member first opened the conversation of a message a facility sent: until
-- then the message is unread for the whole department (read_at stays the facility's own reading).
alter table message add department_read_at timestamp;
-- Messages that the department already answered count as read: only the newer ones wait.
update message set department_read_at = sent_at
 where direction = 'SENT'
   and exists (select 1 from message reply where reply.conversation_id = message.conversation_id
                  and reply.direction = 'RECEIVED' and reply.sent_at >= message.sent_at);
-- The inbox's "unread" filter: the facilities' messages no one in the department opened yet.
create index message_department_unread_ix on message (direction, department_read_at, sent_at);

-- Who marked a helpdesk question answered, and when (the helpdesk answers by mail, outside the e-loket).
alter table helpdesk_question add answered_at timestamp;
alter table helpdesk_question add answered_by varchar(254);

-- Helpdesk questions marked answered are audited too.
alter table audit_entry drop constraint audit_entry_kind_ck;
alter table audit_entry add constraint audit_entry_kind_ck
    check (subject_kind in ('FACILITY', 'CONTACT_PERSON', 'MESSAGE', 'CONVERSATION', 'ACCOUNT', 'THEME', 'TEAM', 'HELPDESK_QUESTION'));
