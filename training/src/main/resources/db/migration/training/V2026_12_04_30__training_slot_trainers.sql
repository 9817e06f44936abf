-- A half-day may have its own trainer (a different speaker each day); without one, the session's trainers teach it.
ALTER TABLE training_session_slots ADD COLUMN trainer_id uuid REFERENCES people (id);
CREATE INDEX training_session_slots_by_trainer ON training_session_slots (org_id, trainer_id) WHERE trainer_id IS NOT NULL;

-- Who teaches each half-day: its own trainer, else each of its session's trainers. Hours taught (trainer
-- profiles, BPF section E), active trainers and the statistics all count from this one rule.
CREATE VIEW training_slot_trainers AS
SELECT sl.org_id, sl.session_id, sl.id AS slot_id, sl.trainer_id AS person_id, sl.starts_at, sl.ends_at
FROM training_session_slots sl
WHERE sl.trainer_id IS NOT NULL
UNION ALL
SELECT sl.org_id, sl.session_id, sl.id, t.person_id, sl.starts_at, sl.ends_at
FROM training_session_slots sl
JOIN training_session_trainers t ON t.session_id = sl.session_id
WHERE sl.trainer_id IS NULL;

-- What the learners bring (laptop, identity document…), stated on their convocation.
ALTER TABLE training_sessions ADD COLUMN what_to_bring text;
