-- Foundation schema: facilities, themes, teams and accounts.
-- Written for both H2 (development, tests) and PostgreSQL (production): plain ANSI types only.
-- Sequences hand out blocks of 50 so that several servers can insert without contention
-- (matching allocationSize in the entities).

create sequence facility_seq start with 1000 increment by 50;
create sequence theme_seq start with 1000 increment by 50;
create sequence team_seq start with 1000 increment by 50;
create sequence account_seq start with 1000 increment by 50;

create table facility (
    id          bigint       not null primary key,
    name        varchar(200) not null,
    number      varchar(20)  not null,
    phone       varchar(30),
    email       varchar(254),
    url         varchar(500),
    version     bigint       not null,
    constraint facility_number_uk unique (number)
);
create index facility_name_ix on facility (name);

create table team (
    id          bigint       not null primary key,
    name        varchar(200) not null,
    email       varchar(254),
    active      boolean      not null,
    version     bigint       not null
);

create table theme (
    id              bigint       not null primary key,
    code            varchar(40)  not null,
    name_nl         varchar(200) not null,
    name_en         varchar(200) not null,
    active          boolean      not null,
    default_team_id bigint,
    version         bigint       not null,
    constraint theme_code_uk unique (code),
    constraint theme_default_team_fk foreign key (default_team_id) references team (id)
);

-- Which teams answer questions about a theme ("Hulp nodig?").
create table theme_team (
    theme_id    bigint not null,
    team_id     bigint not null,
    primary key (theme_id, team_id),
    constraint theme_team_theme_fk foreign key (theme_id) references theme (id),
    constraint theme_team_team_fk foreign key (team_id) references team (id)
);
create index theme_team_team_ix on theme_team (team_id);

-- The themes that apply to a facility.
create table facility_theme (
    facility_id bigint not null,
    theme_id    bigint not null,
    primary key (facility_id, theme_id),
    constraint facility_theme_facility_fk foreign key (facility_id) references facility (id),
    constraint facility_theme_theme_fk foreign key (theme_id) references theme (id)
);
create index facility_theme_theme_ix on facility_theme (theme_id);

-- Portal and backoffice accounts. The username is the lower-cased e-mail address; password_hash
-- holds Jakarta Security's PBKDF2 format (algorithm:iterations:salt:hash), never a password.
create table account (
    id              bigint       not null primary key,
    username        varchar(254) not null,
    password_hash   varchar(300) not null,
    display_name    varchar(200) not null,
    role            varchar(20)  not null,
    facility_id     bigint,
    team_id         bigint,
    active          boolean      not null,
    version         bigint       not null,
    constraint account_username_uk unique (username),
    constraint account_role_ck check (role in ('FACILITY_USER', 'CASE_HANDLER', 'ADMINISTRATOR')),
    -- A facility user always belongs to exactly one facility; department staff never do.
    constraint account_facility_ck check ((role = 'FACILITY_USER' and facility_id is not null)
                                       or (role <> 'FACILITY_USER' and facility_id is null)),
    constraint account_facility_fk foreign key (facility_id) references facility (id),
    constraint account_team_fk foreign key (team_id) references team (id)
);
create index account_facility_ix on account (facility_id);
create index account_team_ix on account (team_id);
