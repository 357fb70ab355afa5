-- Questions to the technical helpdesk ("Hulp nodig?", MSG-15). Each question is kept, so that the
-- backoffice can list and answer them, and mailed to the helpdesk in the same transaction.

create sequence helpdesk_question_seq start with 1000 increment by 50;

create table helpdesk_question (
    id          bigint        not null primary key,
    facility_id bigint        not null,
    account_id  bigint        not null,
    email       varchar(254)  not null,
    question    varchar(5000) not null,
    asked_at    timestamp     not null,
    status      varchar(10)   not null,
    version     bigint        not null,
    constraint helpdesk_question_status_ck check (status in ('OPEN', 'ANSWERED')),
    constraint helpdesk_question_facility_fk foreign key (facility_id) references facility (id),
    constraint helpdesk_question_account_fk foreign key (account_id) references account (id)
);
-- The backoffice list: open questions, oldest first.
create index helpdesk_question_status_ix on helpdesk_question (status, asked_at);
-- Slowing down (SEC-6) counts the questions of the last minute.
create index helpdesk_question_asked_ix on helpdesk_question (asked_at);
create index helpdesk_question_facility_ix on helpdesk_question (facility_id);
create index helpdesk_question_account_ix on helpdesk_question (account_id);
