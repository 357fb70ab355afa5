-- A conversation the department started and the facility has not reacted in is SENT: nobody
-- answered anything yet, so it is neither open for the department nor answered. Such conversations
-- stored before this version were marked ANSWERED; a conversation without any message of the
-- facility is one of them.

alter table conversation drop constraint conversation_status_ck;
alter table conversation add constraint conversation_status_ck check (status in ('OPEN', 'ANSWERED', 'SENT'));

update conversation c set status = 'SENT'
where c.status = 'ANSWERED'
  and not exists (select 1 from message m where m.conversation_id = c.id and m.direction = 'SENT');
