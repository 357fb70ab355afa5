-- MSG-17, BO-10: the bytes of attachments and parked uploads are stored once per distinct content
-- (sha256 and size) and referenced: a file sent to every facility of a theme is stored once, and
-- a file parked and then sent is not copied. Stored in chunks of 1 MiB, one row each, so that a
-- file is written and read a chunk at a time: the JDBC driver reads a bytea whole into memory,
-- and large objects would need their own cleanup (vacuumlo) and permissions.
create sequence stored_content_seq start with 1000 increment by 1;
create table stored_content (
    id          bigint      not null primary key,
    sha256      char(64)    not null,
    size_bytes  bigint      not null,
    -- When these bytes were stored, or stored again: the cleanup of unreferenced contents leaves
    -- them an hour from then, for the transaction that refers to them.
    created_at  timestamptz not null,
    constraint stored_content_uk unique (sha256, size_bytes)
);
create table stored_content_chunk (
    content_id  bigint not null,
    seq         int    not null,
    bytes       bytea  not null,
    primary key (content_id, seq),
    -- Deferred: the chunks are written as the file is read, its content row only once the
    -- checksum is known, or not at all when the same bytes are stored already.
    constraint stored_content_chunk_content_fk foreign key (content_id) references stored_content (id)
        on delete cascade deferrable initially deferred
);
create index stored_content_created_at_ix on stored_content (created_at);

-- Every file there is, with its checksum computed once.
create temporary table existing_content on commit drop as
    select 'attachment' as owner, id, encode(sha256(content), 'hex') as sha256, octet_length(content)::bigint as size_bytes
    from attachment
    union all
    select 'parked_upload', id, encode(sha256(content), 'hex'), octet_length(content)::bigint
    from parked_upload;

insert into stored_content (id, sha256, size_bytes, created_at)
select nextval('stored_content_seq'), sha256, size_bytes, now()
from (select distinct sha256, size_bytes from existing_content) distinct_content;

alter table attachment add column content_id bigint;
alter table parked_upload add column content_id bigint;
update attachment a set content_id = c.id
from existing_content e join stored_content c on c.sha256 = e.sha256 and c.size_bytes = e.size_bytes
where e.owner = 'attachment' and e.id = a.id;
update parked_upload p set content_id = c.id
from existing_content e join stored_content c on c.sha256 = e.sha256 and c.size_bytes = e.size_bytes
where e.owner = 'parked_upload' and e.id = p.id;

create index attachment_content_ix on attachment (content_id);
create index parked_upload_content_ix on parked_upload (content_id);

-- The bytes of one file of each content, cut into chunks; an empty file has none.
insert into stored_content_chunk (content_id, seq, bytes)
select c.id, s.seq, substring(f.content from s.seq * 1048576 + 1 for 1048576)
from stored_content c
cross join lateral (select content from attachment where content_id = c.id
                    union all
                    select content from parked_upload where content_id = c.id
                    limit 1) f
cross join generate_series(0, ((c.size_bytes + 1048575) / 1048576 - 1)::int) s (seq);
set constraints stored_content_chunk_content_fk immediate;

alter table attachment
    alter column content_id set not null,
    add constraint attachment_content_fk foreign key (content_id) references stored_content (id),
    drop column content;
alter table parked_upload
    alter column content_id set not null,
    add constraint parked_upload_content_fk foreign key (content_id) references stored_content (id),
    drop column content;
