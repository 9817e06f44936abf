-- A key is now stored by the transaction that does its work, together with the response: a row always has one.
-- Rows without a response are reservations left by a crash (the work rolled back, or its response was never
-- stored): they would answer 409 until purged, so their keys are freed now.
DELETE FROM idempotency_keys WHERE status IS NULL;
ALTER TABLE idempotency_keys ALTER COLUMN status SET NOT NULL;
