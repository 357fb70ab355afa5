-- Contact persons of a facility per theme (CP-1..10) and their confirmation tokens (CP-6).

create sequence contact_person_seq start with 1000 increment by 50;
create sequence confirmation_token_seq start with 1000 increment by 50;

-- Optimistic lock on a facility's contact list as a whole (CP-3): every save of the table bumps
-- it, so that a second user saving the table they opened earlier is refused.
alter table facility add contact_list_version bigint default 0 not null;

create table contact_person (
    id           bigint       not null primary key,
    facility_id  bigint       not null,
    last_name    varchar(100) not null,
    first_name   varchar(100) not null,
    email        varchar(254) not null,
    -- The e-mail in lower case: unique per facility whatever its case (CP-3).
    email_key    varchar(254) not null,
    phone        varchar(30)  not null,
    -- The language of the mails to this person: the one of the user who added the person.
    language     varchar(5)   not null,
    confirmed    boolean      not null,
    confirmed_at timestamp,
    version      bigint       not null,
    constraint contact_person_facility_fk foreign key (facility_id) references facility (id),
    constraint contact_person_email_uk unique (facility_id, email_key)
);

create table contact_person_theme (
    contact_person_id bigint not null,
    theme_id          bigint not null,
    primary key (contact_person_id, theme_id),
    constraint contact_person_theme_person_fk foreign key (contact_person_id) references contact_person (id),
    constraint contact_person_theme_theme_fk foreign key (theme_id) references theme (id)
);
create index contact_person_theme_theme_ix on contact_person_theme (theme_id);

-- A confirmation link: only the SHA-256 of its random token is kept (CP-6).
create table confirmation_token (
    id                bigint      not null primary key,
    contact_person_id bigint      not null,
    token_hash        varchar(64) not null,
    created_at        timestamp   not null,
    expires_at        timestamp   not null,
    used_at           timestamp,
    -- Set when a newer link replaced this one ("Opnieuw versturen", a changed address).
    revoked_at        timestamp,
    constraint confirmation_token_person_fk foreign key (contact_person_id) references contact_person (id),
    constraint confirmation_token_hash_uk unique (token_hash)
);
create index confirmation_token_person_ix on confirmation_token (contact_person_id);
