-- Threading headers of an outgoing e-mail, fixed when it is queued: its own Message-ID and the id of the thread
-- root it answers (In-Reply-To and References), so that the recipient's client keeps a conversation together and
-- replies can be matched to what they answer. Both null for an e-mail that belongs to no thread.
ALTER TABLE mail_outbox ADD COLUMN message_id text;
ALTER TABLE mail_outbox ADD COLUMN thread_id text;
