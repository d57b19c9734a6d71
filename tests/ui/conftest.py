"""Fixtures for tests/ui; the helpers live in ui_support.py (a unique module name)."""

from ui_support import (  # noqa: F401
    PASSPHRASE,
    FakeActor,
    FakeWorkspace,
    app_font,
    case,
    compiled_translations,
    ctx,
    fake_ws,
    group,
    hindi,
    isolated_settings,
    needs_services,
    open_ws,
    real_vault,
    services_ready,
    test_kdf,
    themed,
    worker,
)
