-- The outbox (MAIL-1): every mail is a row written in the same transaction as the change that
-- causes it; the send-mails batch job claims due rows, sends them and records the outcome.

create sequence queued_mail_seq start with 1000 increment by 50;
create sequence mail_attempt_seq start with 1000 increment by 50;

create table queued_mail (
    id              bigint        not null primary key,
    recipient       varchar(254)  not null,
    recipient_name  varchar(200),
    language        varchar(5)    not null,
    kind            varchar(40)   not null,
    -- The values the templates need, as a JSON object; rendered only when sent.
    template_data   varchar(20000) not null,
    status          varchar(12)   not null,
    attempts        integer       not null,
    next_attempt_at timestamp     not null,
    last_error      varchar(2000),
    -- The claim of one job execution: which one, and until when it holds (MAIL-3).
    claimed_by      varchar(100),
    lease_until     timestamp,
    message_id      varchar(250)  not null,
    thread_id       varchar(250),
    created_at      timestamp     not null,
    sent_at         timestamp,
    version         bigint        not null,
    constraint queued_mail_status_ck check (status in ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'CANCELLED')),
    constraint queued_mail_message_id_uk unique (message_id)
);
-- The claim query: due queued mails and expired leases, oldest first.
create index queued_mail_due_ix on queued_mail (status, next_attempt_at);
create index queued_mail_claim_ix on queued_mail (claimed_by);
create index queued_mail_recipient_ix on queued_mail (recipient);
create index queued_mail_created_ix on queued_mail (created_at);

-- One row per try to send a mail, for the outbox monitor's detail (BO-6).
create table mail_attempt (
    id           bigint        not null primary key,
    mail_id      bigint        not null,
    attempt      integer       not null,
    attempted_at timestamp     not null,
    outcome      varchar(12)   not null,
    error        varchar(2000),
    constraint mail_attempt_mail_fk foreign key (mail_id) references queued_mail (id),
    constraint mail_attempt_outcome_ck check (outcome in ('SENT', 'RETRY', 'FAILED'))
);
create index mail_attempt_mail_ix on mail_attempt (mail_id);
