-- A new ticket's public search vector is computed in its INSERT (it was inserted, then updated for it: every
-- index written twice). Comments and merges still append to the vectors with an UPDATE.
CREATE FUNCTION tickets_search_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.search_public = ''::tsvector THEN
        NEW.search_public := to_tsvector('french', NEW.title || ' ' || NEW.description);
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER tickets_search_on_insert BEFORE INSERT ON tickets
    FOR EACH ROW EXECUTE FUNCTION tickets_search_on_insert();

-- A list page by status (a rare one above all: cancelled, awaiting approval) walks this index newest first instead of
-- filtering the whole organisation's creation index.
CREATE INDEX tickets_by_status ON tickets (org_id, status, created_at, id);
