-- Account administration (BO-7): invitations instead of passwords typed by an administrator.

-- An invited account has no password until its holder chooses one through the invitation link;
-- a reset removes the password at once. The login only accepts accounts with a password.
alter table account alter column password_hash drop not null;

-- Raised when an account is deactivated or its password reset: sessions that logged in under an
-- earlier value end on their next request.
alter table account add credential_generation bigint default 0 not null;

-- When the account was deactivated (null while active): shown in the list, and what the paged
-- list filters on (EclipseLink writes a boolean in a paged query as 1, which H2 2 refuses).
alter table account add deactivated_at timestamp;
update account set deactivated_at = current_timestamp where active = false;

create sequence invitation_token_seq start with 1000 increment by 50;

-- The link in an invitation or reset mail: only the SHA-256 of its random token is kept.
create table invitation_token (
    id          bigint      not null primary key,
    account_id  bigint      not null,
    token_hash  varchar(64) not null,
    created_at  timestamp   not null,
    expires_at  timestamp   not null,
    used_at     timestamp,
    -- Set when a newer link (a reset) replaced this one, or the account was deactivated.
    revoked_at  timestamp,
    constraint invitation_token_account_fk foreign key (account_id) references account (id),
    constraint invitation_token_hash_uk unique (token_hash)
);
create index invitation_token_account_ix on invitation_token (account_id);
