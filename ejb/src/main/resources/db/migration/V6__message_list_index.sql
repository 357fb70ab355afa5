-- The message lists (MSG-1, MSG-3, MSG-4, MSG-18) read one facility's messages of one direction,
-- newest first (sent_at desc, id desc), five at a time, with a count(id) beside them, filtered on
-- reference, theme, title, sender or addressee and dates. message_list_ix now holds every column
-- they read, so that PostgreSQL answers them from the index alone (index-only scans): a
-- facility's messages lie scattered among those of all facilities, and reading each of them in
-- the table made a page with a title filter five times slower at a million messages than at ten
-- thousand (benchmark P1/P2, README). The theme pages (MSG-14, both directions) order by id too.
-- Plain indexes: the same SQL on H2 and PostgreSQL. On a large table the rebuild holds writes to
-- message for a while; run it outside office hours.
drop index message_list_ix;
create index message_list_ix on message (facility_id, direction, sent_at, id, theme_id, reference, title, counterpart,
                                         read_at);

drop index message_theme_list_ix;
create index message_theme_list_ix on message (facility_id, theme_id, sent_at, id);
