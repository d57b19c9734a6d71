"""Routing of the frozen build's entry script (packaging/peerdesk_entry.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_entry():
    spec = importlib.util.spec_from_file_location(
        "peerdesk_entry", ROOT / "packaging" / "peerdesk_entry.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


entry = load_entry()


@pytest.mark.parametrize("command", sorted(entry.CLI_COMMANDS))
def test_subcommands_go_to_the_cli(command):
    assert entry.route([command, "--vault", "v"]) == ("cli", [command, "--vault", "v"])


@pytest.mark.parametrize("option", ["--version", "-h", "--help"])
def test_version_and_help_go_to_the_cli(option):
    assert entry.route([option]) == ("cli", [option])


def test_no_arguments_start_the_app():
    assert entry.route([]) == ("gui", ["peerdesk"])


def test_gui_passes_the_rest_to_the_app():
    args = ["--vault", "v", "--user", "coord", "--screenshot", "x.png", "--page", "home"]
    assert entry.route(["gui", *args]) == ("gui", ["peerdesk", *args])


def test_leading_options_start_the_app():
    assert entry.route(["--vault", "v"]) == ("gui", ["peerdesk", "--vault", "v"])


def test_unknown_words_get_the_cli_usage_message():
    assert entry.route(["frobnicate"]) == ("cli", ["frobnicate"])


def test_entry_knows_every_cli_subcommand():
    from peerdesk.cli.main import build_parser

    parser = build_parser()
    (sub,) = [a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"]
    cli = set(sub.choices) - {entry.GUI_COMMAND}
    assert cli <= entry.CLI_COMMANDS, f"add {sorted(cli - entry.CLI_COMMANDS)} to CLI_COMMANDS"


def test_cli_path_does_not_load_qt(monkeypatch, capsys):
    monkeypatch.delitem(sys.modules, "ui.app", raising=False)
    with pytest.raises(SystemExit) as exc:
        entry.main(["peerdesk", "--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.startswith("peerdesk ")
    assert "ui.app" not in sys.modules
