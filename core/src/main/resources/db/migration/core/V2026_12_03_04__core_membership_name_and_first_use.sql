-- What an organisation says about a person belongs to its membership, never to the person shared between
-- organisations: one organisation renaming a person must not change what another shows, and registering an
-- email known elsewhere must echo nothing of the other organisations.

-- The name: each membership keeps the name its organisation knows the person by (today's shared name).
ALTER TABLE memberships ADD COLUMN name text;
UPDATE memberships m SET name = p.name FROM people p WHERE p.id = m.person_id;
ALTER TABLE memberships ALTER COLUMN name SET NOT NULL;
ALTER TABLE people DROP COLUMN name;
CREATE INDEX memberships_by_name ON memberships (org_id, lower(name), person_id);

-- "Linked" is per organisation: when the person first used a token in this organisation. Existing rows: a
-- person linked while this was its only organisation can only have signed in here; everyone else shows
-- unlinked until the next call in each organisation records it.
ALTER TABLE memberships ADD COLUMN first_used_at timestamptz;
UPDATE memberships m SET first_used_at = p.linked_at FROM people p
 WHERE p.id = m.person_id AND p.linked_at IS NOT NULL AND m.created_at <= p.linked_at
   AND NOT EXISTS (SELECT 1 FROM memberships o WHERE o.person_id = m.person_id AND o.id <> m.id);
