-- BO-10: a message to every facility of a theme (a circular) is one object, sent by a batch job
-- facility by facility. Who gets it is fixed when it is sent (circular_recipient); each facility's
-- conversation and its row here are written in one transaction, so a job that dies resumes with
-- the facilities not yet handled, on whichever server takes its lease over (lease_owner,
-- lease_until), and none is handled twice.
create sequence circular_seq start with 1000 increment by 50;
create table circular (
    id                bigint        not null primary key,
    theme_id          bigint        not null,
    title             varchar(200)  not null,
    body              varchar(20000) not null,
    author_account_id bigint        not null,
    author_name       varchar(200)  not null,
    created_at        timestamp     not null,
    finished_at       timestamp,
    status            varchar(20)   not null,
    recipient_count   integer       not null,
    lease_owner       varchar(100),
    lease_until       timestamp,
    version           bigint        not null,
    constraint circular_theme_fk foreign key (theme_id) references theme (id),
    constraint circular_author_fk foreign key (author_account_id) references account (id),
    constraint circular_status_ck check (status in ('RUNNING', 'DONE'))
);
create index circular_created_at_ix on circular (created_at desc);
create index circular_running_ix on circular (status) where status = 'RUNNING';

-- The facilities a circular goes to; handled_at is set with the conversation it started there,
-- or with the reason it could not (a facility closed meanwhile, or without the theme).
create table circular_recipient (
    circular_id      bigint       not null,
    facility_id      bigint       not null,
    handled_at       timestamp,
    conversation_id  bigint,
    refusal          varchar(100),
    refusal_argument varchar(300),
    primary key (circular_id, facility_id),
    constraint circular_recipient_circular_fk foreign key (circular_id) references circular (id),
    constraint circular_recipient_facility_fk foreign key (facility_id) references facility (id),
    constraint circular_recipient_conversation_fk foreign key (conversation_id) references conversation (id)
);
create index circular_recipient_pending_ix on circular_recipient (circular_id, facility_id) where handled_at is null;

-- The conversations a circular started; the database itself refuses a second one per facility.
alter table conversation add column circular_id bigint;
alter table conversation add constraint conversation_circular_fk foreign key (circular_id) references circular (id);
create unique index conversation_circular_facility_uk on conversation (circular_id, facility_id) where circular_id is not null;

-- The files of a circular, checked once when it is sent: each facility's message refers to the
-- same stored contents (V18), which the cleanup of unreferenced contents leaves alone meanwhile.
create table circular_attachment (
    circular_id  bigint        not null,
    position     integer       not null,
    file_name    varchar(255)  not null,
    media_type   varchar(100)  not null,
    content_id   bigint        not null,
    primary key (circular_id, position),
    constraint circular_attachment_circular_fk foreign key (circular_id) references circular (id),
    constraint circular_attachment_content_fk foreign key (content_id) references stored_content (id)
);
create index circular_attachment_content_ix on circular_attachment (content_id);
