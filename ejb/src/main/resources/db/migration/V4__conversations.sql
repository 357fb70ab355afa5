-- Conversations (threads) between a facility and the department, their messages, attachments
-- and the contacts notified about each conversation (MSG-1..18).

-- One number per conversation, one at a time, whatever server asks: the readable reference
-- BER-<year>-<number> is built from it.
create sequence conversation_seq start with 1 increment by 1;
create sequence message_seq start with 1000 increment by 50;
create sequence attachment_seq start with 1000 increment by 50;
create sequence conversation_contact_seq start with 1000 increment by 50;

create table conversation (
    id              bigint      not null primary key,
    reference       varchar(20) not null,
    facility_id     bigint      not null,
    theme_id        bigint      not null,
    team_id         bigint,
    case_handler_id bigint,
    status          varchar(10) not null,
    created_at      timestamp   not null,
    last_message_at timestamp   not null,
    version         bigint      not null,
    constraint conversation_reference_uk unique (reference),
    constraint conversation_status_ck check (status in ('OPEN', 'ANSWERED')),
    constraint conversation_facility_fk foreign key (facility_id) references facility (id),
    constraint conversation_theme_fk foreign key (theme_id) references theme (id),
    constraint conversation_team_fk foreign key (team_id) references team (id),
    constraint conversation_handler_fk foreign key (case_handler_id) references account (id)
);
create index conversation_facility_ix on conversation (facility_id, last_message_at);
create index conversation_theme_ix on conversation (theme_id, status);

-- Who at the facility is notified of each reaction in this conversation (MSG-8, MSG-9).
create table conversation_contact (
    id                bigint       not null primary key,
    conversation_id   bigint       not null,
    contact_person_id bigint,
    last_name         varchar(100) not null,
    first_name        varchar(100) not null,
    email             varchar(254) not null,
    phone             varchar(30)  not null,
    constraint conversation_contact_conversation_fk foreign key (conversation_id) references conversation (id)
);
create index conversation_contact_conversation_ix on conversation_contact (conversation_id);

-- Facility, direction, reference, theme and the other party are copied onto each message, so
-- that the message lists page, sort and filter on one table with one index (MSG-3, MSG-4).
create table message (
    id                bigint        not null primary key,
    conversation_id   bigint        not null,
    facility_id       bigint        not null,
    direction         varchar(8)    not null,
    reference         varchar(20)   not null,
    theme_id          bigint        not null,
    title             varchar(200)  not null,
    body              varchar(20000) not null,
    author_name       varchar(200)  not null,
    author_account_id bigint,
    counterpart       varchar(200)  not null,
    sent_at           timestamp     not null,
    read_at           timestamp,
    constraint message_direction_ck check (direction in ('RECEIVED', 'SENT')),
    constraint message_conversation_fk foreign key (conversation_id) references conversation (id),
    constraint message_facility_fk foreign key (facility_id) references facility (id),
    constraint message_theme_fk foreign key (theme_id) references theme (id)
);
create index message_list_ix on message (facility_id, direction, sent_at);
create index message_theme_list_ix on message (facility_id, theme_id, sent_at);
create index message_conversation_ix on message (conversation_id, sent_at);

-- Attachments live in the database, so that every server of a cluster serves them (MSG-17).
create table attachment (
    id          bigint       not null primary key,
    message_id  bigint       not null,
    file_name   varchar(255) not null,
    media_type  varchar(100) not null,
    size_bytes  bigint       not null,
    sha256      varchar(64)  not null,
    content     bytea        not null,
    constraint attachment_message_fk foreign key (message_id) references message (id)
);
create index attachment_message_ix on attachment (message_id);
