-- Login attempts (SEC-6, SEC-8), kept in the database so that the limit on password guessing holds
-- across every server of the cluster and under parallel requests: an attempt is written before
-- its password is checked, and forgotten again when the login succeeds. Rows older than the
-- limit's window are removed as new attempts come in.

create table login_attempt (
    id           bigint generated always as identity primary key,
    attempt_key  varchar(300) not null,
    attempted_at timestamp    not null
);
create index login_attempt_key_ix on login_attempt (attempt_key, attempted_at);
create index login_attempt_time_ix on login_attempt (attempted_at);
