-- The facility register (BO-8): a facility the department closed keeps its rows and history; it
-- is open again when closed_at is emptied (UTC, as every time the portal stores). The logins and
-- sessions of its users ask for it through the account's facility (primary key).
alter table facility add column closed_at timestamp;
