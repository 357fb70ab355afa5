-- Benchmark P1/P2, step 1 (PostgreSQL): 10 000 messages for the benchmark facility, and nothing
-- else in the database. The facility, its theme and its users come from the test data servlet
-- ("WZC Benchmark"); everything seeded here has ids from 1 000 000 000 on, far from the ids the
-- sequences hand out (they start at 1 and 1000), so the portal can keep inserting beside them.

-- 2 500 conversations of four messages each: received, sent, received, sent.
insert into conversation (id, reference, facility_id, theme_id, team_id, case_handler_id, status, created_at,
                          last_message_at, version)
select 1000000000 + c, 'BER-2023-' || (1000000000 + c), f.id, ft.theme_id, null, null, 'OPEN',
       timestamp '2023-01-01 08:00' + (4 * c - 3) * interval '150 minutes',
       timestamp '2023-01-01 08:00' + (4 * c) * interval '150 minutes', 0
from facility f
join facility_theme ft on ft.facility_id = f.id
cross join generate_series(1, 2500) c
where f.name = 'WZC Benchmark';

-- The messages of the benchmark facility, the same in both steps: one every two and a half hours
-- over three years; a tenth of the titles name "Brandveiligheid" (the filter of the benchmark);
-- every received message read except the newest twenty.
create view bench_facility_message as
select 1000000000 + k as id,
       1000000000 + (k + 3) / 4 as conversation_id,
       f.id as facility_id,
       case when k % 2 = 1 then 'RECEIVED' else 'SENT' end as direction,
       'BER-2023-' || (1000000000 + (k + 3) / 4) as reference,
       ft.theme_id,
       case when k % 4 = 1 then '' else 'Re: ' end
           || (array['Inspectieverslag', 'Subsidieaanvraag', 'Verlenging erkenning', 'Personeelsinzet',
                     'Jaarverslag', 'Incidentmelding', 'Kwaliteitshandboek', 'Brandveiligheid', 'Facturatie',
                     'Infosessie'])[1 + ((k + 3) / 4) % 10]
           || ' (dossier ' || ((k + 3) / 4) || ')' as title,
       'Benchmarkbericht ' || k || '. ' || repeat('Dit is de tekst van een bericht in het e-loket. ', 4) as body,
       case when k % 2 = 1 then 'Els Vermeulen (Team Ouderenzorg)' else 'Test Gebruiker' end as author_name,
       cast(null as bigint) as author_account_id,
       'Team Ouderenzorg' as counterpart,
       timestamp '2023-01-01 08:00' + k * interval '150 minutes' as sent_at,
       case when k % 2 = 1 and k <= 9960 then timestamp '2023-01-01 11:00' + k * interval '150 minutes' end as read_at
from facility f
join facility_theme ft on ft.facility_id = f.id
cross join generate_series(1, 10000) k
where f.name = 'WZC Benchmark';

insert into message (id, conversation_id, facility_id, direction, reference, theme_id, title, body, author_name,
                     author_account_id, counterpart, sent_at, read_at)
select * from bench_facility_message;

vacuum analyze conversation;
vacuum analyze message;
-- Dirty pages written now, not by a checkpoint in the middle of the timed requests.
checkpoint;
