"""Fixtures for tests/core; the helpers live in core_support.py (a unique module name)."""

from core_support import (  # noqa: F401
    HERE,
    PASSPHRASE,
    USER,
    add_user,
    assert_one_line_error,
    cli_env,
    db_state,
    make_vault,
    read_slots,
    run_cli,
    run_py,
    sha256_file,
    vault_dir,
)
