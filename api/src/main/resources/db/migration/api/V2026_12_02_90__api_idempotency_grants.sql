-- The caller's rights when a key was first used: a replay is refused to a caller who has lost some of them.
ALTER TABLE idempotency_keys ADD COLUMN grants text NOT NULL DEFAULT '';
