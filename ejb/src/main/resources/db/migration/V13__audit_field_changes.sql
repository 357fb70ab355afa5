-- The audit trail's data fields (SEC-5) stored structured: a JSON array of {"field", "before",
-- "after"} per entry, so that every reader names the fields in its own language instead of taking
-- a formatted text apart. Rows written before hold "field: before → after; …" (a field alone when
-- only the fact of its change is known, "—" for no value): they are converted once here.
-- A text column, not jsonb: the application only writes and reads the array whole.

alter table audit_entry add column field_changes text;

update audit_entry set field_changes = (
    select json_agg(case
            when position(': ' in part) > 0 and position(' → ' in part) > 0 then json_build_object(
                'field', split_part(part, ': ', 1),
                'before', nullif(split_part(substr(part, position(': ' in part) + 2), ' → ', 1), '—'),
                'after', nullif(substr(part, position(' → ' in part) + 3), '—'))
            else json_build_object('field', part, 'before', null, 'after', null)
        end order by position)::text
    from unnest(string_to_array(changes, '; ')) with ordinality as parts(part, position))
where changes is not null;

alter table audit_entry drop column changes;
