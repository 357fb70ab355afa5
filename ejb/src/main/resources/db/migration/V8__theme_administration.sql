-- BO-4: the administrators' changes of teams are audited too (SEC-5).
alter table audit_entry drop constraint audit_entry_kind_ck;
alter table audit_entry add constraint audit_entry_kind_ck
    check (subject_kind in ('FACILITY', 'CONTACT_PERSON', 'MESSAGE', 'CONVERSATION', 'ACCOUNT', 'THEME', 'TEAM'));

-- Whether a team is still used by conversations is asked before it may be deleted (BO-4).
create index conversation_team_ix on conversation (team_id);
