"""peerdesk's benchmark suite: ``make bench`` or ``python -m tests.perf``.

Not part of the normal test run (pytest ignores ``tests/perf``); modules are named
``bench_*.py`` so nothing here is collected as a test. See ``docs/performance.md``.
"""
