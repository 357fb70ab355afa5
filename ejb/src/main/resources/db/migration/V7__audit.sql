-- The audit trail (SEC-5): who changed what, when, written in the transaction of the change.
-- Data fields as "field: before → after"; never a token, password or message body.

create sequence audit_entry_seq start with 1000 increment by 50;

create table audit_entry (
    id           bigint        not null primary key,
    recorded_at  timestamp     not null,
    actor        varchar(254)  not null,
    facility_id  bigint,
    subject_kind varchar(20)   not null,
    subject_id   bigint        not null,
    action       varchar(30)   not null,
    changes      varchar(4000),
    constraint audit_entry_kind_ck check (subject_kind in ('FACILITY', 'CONTACT_PERSON', 'MESSAGE', 'CONVERSATION', 'ACCOUNT', 'THEME'))
);
-- The administrators' page: newest first; "Mijn organisatie": a facility's newest.
create index audit_entry_at_ix on audit_entry (recorded_at);
create index audit_entry_facility_ix on audit_entry (facility_id, recorded_at);
