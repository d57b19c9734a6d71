-- The sessions list (every live session, newest first) and the per-month counts read
-- only this index. It covers them (start, id and deleted_at of live sessions), so listing
-- 100,000 sessions no longer visits and decrypts every row of the sessions table, and the
-- list needs no sort for its id tie-break. Large demo, list first paint: 590 -> 250 ms;
-- memory +69 -> +38 MB (tests/perf, docs/performance.md).
CREATE INDEX sessions_live_by_start ON sessions(start, id, deleted_at) WHERE deleted_at IS NULL;
