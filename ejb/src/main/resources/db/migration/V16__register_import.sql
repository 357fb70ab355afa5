-- BO-9: an import of the department's register. The uploaded file is kept with its preview; the
-- import job applies its lines in order and records, in the same transaction as each chunk, the
-- line it has reached (next_line) and its counts, so that a job that dies resumes after the last
-- chunk it committed, on whichever server takes its lease over (lease_owner, lease_until).
create sequence register_import_seq start with 1000 increment by 50;
create table register_import (
    id            bigint       not null primary key,
    file_name     varchar(255) not null,
    contents      bytea        not null,
    uploaded_by   varchar(254) not null,
    uploaded_at   timestamp    not null,
    language      varchar(2)   not null, -- of the invitation and confirmation mails
    status        varchar(20)  not null,
    line_count    integer      not null, -- the lines of facilities, the header not counted
    next_line     integer      not null,
    created       integer      not null,
    changed       integer      not null,
    unchanged     integer      not null,
    invited       integer      not null,
    refused       integer      not null,
    started_by    varchar(254),
    started_at    timestamp,
    finished_at   timestamp,
    lease_owner   varchar(100),
    lease_until   timestamp,
    version       bigint       not null,
    constraint register_import_status_ck check (status in ('PREVIEWED', 'RUNNING', 'DONE'))
);
-- One import runs at a time: a second start is refused by the database, whichever server asks.
create unique index register_import_running_uk on register_import ((status)) where status = 'RUNNING';
create index register_import_uploaded_at_ix on register_import (uploaded_at);

-- The lines an import refused while it ran, with the reason: the column, a message key and its argument.
create table register_import_refusal (
    import_id     bigint       not null,
    line          integer      not null,
    field         varchar(40),
    reason        varchar(100) not null,
    argument      varchar(300),
    primary key (import_id, line),
    constraint register_import_refusal_import_fk foreign key (import_id) references register_import (id)
);
