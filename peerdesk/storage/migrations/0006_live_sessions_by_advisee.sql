-- Home's "no recent contact" and "follow-ups due" look up, for each advisee, their latest
-- live session (and whether one is recent). With only sessions_by_advisee_start, each
-- lookup also read the session's row to check deleted_at: about 6,000 random reads of the
-- sessions table on the large demo, each a page to decrypt after unlocking. This partial
-- index holds live sessions only, so those lookups read the index alone. Large demo, the
-- Home queues right after unlock: about 110 -> 50 ms; warm 50 -> 14 ms
-- (tests/perf bench_home, docs/performance.md).
CREATE INDEX sessions_live_by_advisee_start ON sessions(advisee_id, start)
    WHERE deleted_at IS NULL;
