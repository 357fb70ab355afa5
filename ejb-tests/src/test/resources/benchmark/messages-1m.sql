-- Benchmark P1/P2, step 2 (PostgreSQL): grows the database of step 1 to 1 000 000 messages. 9 999
-- more facilities (two themes and one user each, the user cannot log in) with 990 000 messages in
-- 247 500 conversations. All messages are written again in the order they were sent, so that the
-- 10 000 of the benchmark facility lie scattered over the table as they would after three years,
-- not packed together as step 1 left them. Ids from 1 000 000 000 on, as in step 1.

-- Room to sort a million rows in memory; reset at the end for the timed queries.
set work_mem = '256MB';

insert into team (id, name, email, active, version)
values (1000000000, 'Team Benchmark', 'benchmark@zorg.example', true, 0);

insert into theme (id, code, name_nl, name_en, active, default_team_id, version)
select 1000000000 + t, 'BNC-' || t, 'Benchmarkthema ' || t, 'Benchmark theme ' || t, true, 1000000000, 0
from generate_series(1, 8) t;

insert into facility (id, name, number, phone, email, url, version)
select 1000000000 + i, 'Voorziening ' || i, 'BNC-' || i, '+32 2 553 35 00', 'info' || i || '@benchmark.example', null, 0
from generate_series(1, 9999) i;

insert into facility_theme (facility_id, theme_id)
select 1000000000 + i, 1000000000 + 1 + i % 8 from generate_series(1, 9999) i
union all
select 1000000000 + i, 1000000000 + 1 + (i + 3) % 8 from generate_series(1, 9999) i;

-- A well-formed hash of nothing: these accounts exist, nobody logs in with them.
insert into account (id, username, password_hash, display_name, role, facility_id, team_id, active, version)
select 1000000000 + i, 'gebruiker' || i || '@benchmark.example', 'PBKDF2WithHmacSHA256:210000:AA==:AA==',
       'Gebruiker ' || i, 'FACILITY_USER', 1000000000 + i, null, true, 0
from generate_series(1, 9999) i;

-- Conversation c belongs to facility 1 + c % 9999, under the first of its themes.
insert into conversation (id, reference, facility_id, theme_id, team_id, case_handler_id, status, created_at,
                          last_message_at, version)
select 1000002500 + c, 'BER-2023-' || (1000002500 + c), 1000000000 + 1 + c % 9999,
       1000000000 + 1 + (1 + c % 9999) % 8, 1000000000, null, case when c % 3 = 0 then 'OPEN' else 'ANSWERED' end,
       timestamp '2023-01-01 08:00' + (4 * c - 3) * interval '90 seconds',
       timestamp '2023-01-01 08:00' + (4 * c) * interval '90 seconds', 0
from generate_series(1, 247500) c;

create view bench_other_message as
select 1000010000 + n as id,
       1000002500 + (n + 3) / 4 as conversation_id,
       1000000000 + 1 + ((n + 3) / 4) % 9999 as facility_id,
       case when n % 2 = 1 then 'RECEIVED' else 'SENT' end as direction,
       'BER-2023-' || (1000002500 + (n + 3) / 4) as reference,
       1000000000 + 1 + (1 + ((n + 3) / 4) % 9999) % 8 as theme_id,
       case when n % 4 = 1 then '' else 'Re: ' end
           || (array['Inspectieverslag', 'Subsidieaanvraag', 'Verlenging erkenning', 'Personeelsinzet',
                     'Jaarverslag', 'Incidentmelding', 'Kwaliteitshandboek', 'Brandveiligheid', 'Facturatie',
                     'Infosessie'])[1 + ((n + 3) / 4) % 10]
           || ' (dossier ' || ((n + 3) / 4) || ')' as title,
       'Benchmarkbericht ' || n || '. ' || repeat('Dit is de tekst van een bericht in het e-loket. ', 4) as body,
       case when n % 2 = 1 then 'Koen De Smet (Team Benchmark)' else 'Gebruiker ' || (1 + ((n + 3) / 4) % 9999) end
           as author_name,
       cast(null as bigint) as author_account_id,
       'Team Benchmark' as counterpart,
       timestamp '2023-01-01 08:00' + n * interval '90 seconds' as sent_at,
       case when n % 2 = 1 then timestamp '2023-01-01 11:00' + n * interval '90 seconds' end as read_at
from generate_series(1, 990000) n;

delete from message where id between 1000000001 and 1000010000;

insert into message (id, conversation_id, facility_id, direction, reference, theme_id, title, body, author_name,
                     author_account_id, counterpart, sent_at, read_at)
select * from (select * from bench_facility_message union all select * from bench_other_message) m
order by sent_at;

vacuum analyze team;
vacuum analyze theme;
vacuum analyze facility;
vacuum analyze facility_theme;
vacuum analyze account;
vacuum analyze conversation;
-- index_cleanup on: the deleted step-1 rows are too few (1 %) for VACUUM to clean the indexes by itself.
vacuum (analyze, index_cleanup on) message;

reset work_mem;
-- Dirty pages written now, not by a checkpoint in the middle of the timed requests.
checkpoint;
