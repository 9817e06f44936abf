-- Extra headers of an outgoing e-mail fixed when it is queued (e.g. List-Unsubscribe of an invitation the
-- recipient may refuse), and its attachments (e.g. the iCalendar of a convocation), kept with it until sent.
ALTER TABLE mail_outbox ADD COLUMN headers jsonb NOT NULL DEFAULT '{}';
CREATE TABLE mail_outbox_attachments (
    mail_id       uuid NOT NULL REFERENCES mail_outbox (id) ON DELETE CASCADE,
    position      integer NOT NULL,
    filename      text NOT NULL,
    content_type  text NOT NULL,
    content       bytea NOT NULL,
    PRIMARY KEY (mail_id, position)
);

-- An organisation's own wording of a mail template (Qute text with the subject and body fragments), in place of
-- the template shipped in templates/<name>_<language>.txt. Checked by parsing it when written.
CREATE TABLE mail_templates (
    org_id      uuid NOT NULL REFERENCES organisations (id),
    template    text NOT NULL,
    language    text NOT NULL CHECK (language IN ('fr', 'en')),
    source      text NOT NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (org_id, template, language)
);
