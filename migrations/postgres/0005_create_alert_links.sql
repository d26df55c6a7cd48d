-- Every alert e-mail carries its own one-click unsubscribe link. Only the
-- SHA-256 of each link's token is kept; a link stays valid for as long as its
-- saved search exists, so an older e-mail's link still works.
CREATE TABLE saved_search_links (
    token_hash      TEXT PRIMARY KEY,
    saved_search_id BIGINT NOT NULL REFERENCES saved_searches (id) ON DELETE CASCADE,
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL
);
CREATE INDEX saved_search_links_search ON saved_search_links (saved_search_id);
