-- Standard Webhooks keys. The HMAC key of a "whsec_<base64>" secret is its base64-decoded bytes; until now the
-- secret's text was used as key, which the Standard Webhooks libraries reject. Subscriptions registered before
-- keep being signed with their text (secret_legacy) until an admin rotates their secret, so that no receiver
-- breaks silently; new and rotated secrets are standard.
ALTER TABLE webhook_subscriptions
    ADD COLUMN secret_legacy              boolean NOT NULL DEFAULT true,
    -- After a rotation the previous secret keeps signing (a second signature) until previous_secret_expires_at.
    ADD COLUMN previous_secret            text,
    ADD COLUMN previous_secret_legacy     boolean,
    ADD COLUMN previous_secret_expires_at timestamptz,
    ADD CONSTRAINT webhook_previous_secret_complete CHECK (
        (previous_secret IS NULL) = (previous_secret_legacy IS NULL)
        AND (previous_secret IS NULL) = (previous_secret_expires_at IS NULL));
ALTER TABLE webhook_subscriptions ALTER COLUMN secret_legacy SET DEFAULT false;
