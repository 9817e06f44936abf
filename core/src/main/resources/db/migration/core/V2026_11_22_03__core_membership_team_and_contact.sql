-- An agent's team (pôle), for "my team's queue"; and, for a requester, whether it is its structure's
-- administrative contact (who approves purchase orders).
ALTER TABLE memberships ADD COLUMN team_id uuid;
ALTER TABLE memberships ADD FOREIGN KEY (org_id, team_id) REFERENCES teams (org_id, id);
ALTER TABLE memberships ADD COLUMN member_contact boolean NOT NULL DEFAULT false;
ALTER TABLE memberships ADD CHECK (NOT member_contact OR member_id IS NOT NULL);
