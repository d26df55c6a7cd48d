-- Counting open postings, overall and per district, reads only this index.
-- It leads with the district so that the newest-first listing keeps using
-- (status, published_at) instead of sorting every open posting.
DROP INDEX jobs_status_district;
CREATE INDEX jobs_open ON jobs (district_code, status, deadline);
