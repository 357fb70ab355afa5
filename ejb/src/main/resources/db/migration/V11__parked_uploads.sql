-- MSG-17: a file attached to a message being written waits here, not in the person's session,
-- until the message is sent (then it becomes an attachment) or abandoned (removed after a day).
-- A session is replicated to the other servers of the cluster on every request of its page; with
-- the files in it, that was up to 50 MB a request.
create sequence parked_upload_seq start with 1000 increment by 50;
create table parked_upload (
    id          bigint       not null primary key,
    account_id  bigint       not null,
    file_name   varchar(1000) not null, -- as the browser named it; cleaned when it becomes an attachment
    size_bytes  bigint       not null,
    content     bytea        not null,
    parked_at   timestamp    not null,
    constraint parked_upload_account_fk foreign key (account_id) references account (id)
);
create index parked_upload_account_ix on parked_upload (account_id);
create index parked_upload_parked_at_ix on parked_upload (parked_at);
