-- Benchmark P1/P2, step 3 (PostgreSQL): back to the 10 000 messages of the benchmark facility
-- alone, written as in step 1, so that the 10 k figures are taken both before and after the 1 M
-- ones: on a machine shared with other work, a change of load between the two steps would
-- otherwise pass for an effect of the database size. The other facilities and their
-- conversations stay; no list query reads them.
truncate table attachment, message;

insert into message (id, conversation_id, facility_id, direction, reference, theme_id, title, body, author_name,
                     author_account_id, counterpart, sent_at, read_at)
select * from bench_facility_message;

vacuum analyze message;
-- Dirty pages written now, not by a checkpoint in the middle of the timed requests.
checkpoint;
