"""``peerdesk conflicts list|show ID|resolve ID --keep mine|theirs|TEXT`` and ``peerdesk
conflicts quarantined``: what changes from other laptops left for a person (docs/cli.md)."""

from __future__ import annotations

import argparse
from typing import Any

from peerdesk.cli.vault_cmds import open_ws
from peerdesk.domain.permissions import Action, Resource


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("conflicts", help="decide conflicts between laptops; list changes "
                                         "from other laptops that were not applied")
    verbs = p.add_subparsers(dest="verb", required=True)
    for name, text in (("list", "open conflicts you can decide, and records flagged by a "
                                "merge"),
                       ("quarantined", "changes from other laptops that were not applied, "
                                       "and why")):
        v = verbs.add_parser(name, help=text)
        v.add_argument("--vault")
        v.add_argument("--user")
        v.set_defaults(func=cmd_list if name == "list" else cmd_quarantined)
    v = verbs.add_parser("clear-flag", help="mark what a merge flagged on a record as looked "
                                            "at (coordinators, supervisors)")
    v.add_argument("kind", metavar="KIND")
    v.add_argument("id", metavar="ID")
    v.add_argument("flag", metavar="FLAG", help="as 'conflicts list' prints it")
    v.add_argument("--vault")
    v.add_argument("--user")
    v.set_defaults(func=cmd_clear_flag)
    v = verbs.add_parser("show", help="both values of one conflict, with who, when, which "
                                      "laptop")
    v.add_argument("id", metavar="ID")
    v.add_argument("--vault")
    v.add_argument("--user")
    v.set_defaults(func=cmd_show)
    v = verbs.add_parser("resolve", help="decide a conflict: keep this laptop's value, the "
                                         "other laptop's, or a new text")
    v.add_argument("id", metavar="ID")
    v.add_argument("--keep", required=True, metavar="mine|theirs|TEXT")
    v.add_argument("--vault")
    v.add_argument("--user")
    v.set_defaults(func=cmd_resolve)


def _value(value: Any) -> str:
    if value is None or value == "":
        return "(empty)"
    text = str(value)
    return text if "\n" not in text else "\n    " + text.replace("\n", "\n    ")


def _when(side: Any) -> str:
    return side.at.strftime("%Y-%m-%d %H:%M UTC") if side.at is not None else "unknown time"


def cmd_list(args: argparse.Namespace) -> int:
    ws = open_ws(args)
    try:
        conflicts = ws.conflicts.open()
        flags = ws.conflicts.flags() if ws.can(Action.READ, Resource.AUDIT) else []
    finally:
        ws.lock()
    if not conflicts:
        print("No conflicts to decide.")
    for c in conflicts:
        print(f"{c.id}  {c.kind.replace('_', ' ')} {c.record_id}: {c.field.replace('_', ' ')} "
              f"(this laptop: {c.mine.author or 'unknown'}; {c.theirs.laptop}: "
              f"{c.theirs.author or 'unknown'})")
    for f in flags:
        print(f"flag  {f.kind.replace('_', ' ')} {f.record_id}: {f.flag.replace('_', ' ')}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    ws = open_ws(args)
    try:
        c = ws.conflicts.show(args.id)
    finally:
        ws.lock()
    print(f"Conflict {c.id}: {c.kind.replace('_', ' ')} {c.record_id}, "
          f"{c.field.replace('_', ' ')}{' (decided)' if c.resolved else ''}")
    for name, side in (("mine", c.mine), ("theirs", c.theirs)):
        print(f"{name}: by {side.author or 'unknown'} on {side.laptop}, {_when(side)}: "
              f"{_value(side.value)}")
    print(f"The record shows now: {_value(c.shown)}")
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    ws = open_ws(args)
    try:
        c = ws.conflicts.resolve(args.id, args.keep)
    finally:
        ws.lock()
    print(f"Decided: {c.kind.replace('_', ' ')} {c.record_id} keeps {_value(c.shown)} as its "
          f"{c.field.replace('_', ' ')}. The decision travels to the other laptops with the "
          "next exchange.")
    return 0


def cmd_quarantined(args: argparse.Namespace) -> int:
    ws = open_ws(args)
    try:
        items = ws.conflicts.quarantined()
    finally:
        ws.lock()
    if not items:
        print("Every change received from other laptops was applied.")
    for q in items:
        print(f"{q.laptop} change {q.seq} by {q.author or 'unknown'} ({q.action}): {q.reason}")
    return 0


def cmd_clear_flag(args: argparse.Namespace) -> int:
    ws = open_ws(args)
    try:
        ws.conflicts.clear_flag(args.kind.replace(" ", "_"), args.id,
                                args.flag.replace(" ", "_"))
    finally:
        ws.lock()
    print("Done: the flag no longer shows in 'conflicts list'.")
    return 0
