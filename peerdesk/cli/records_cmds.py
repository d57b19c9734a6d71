"""``peerdesk import`` and ``peerdesk export``."""

from __future__ import annotations

import argparse
from pathlib import Path

from peerdesk.cli.output_file import output_file
from peerdesk.cli.vault_cmds import open_ws
from peerdesk.errors import ImportRejected, UsageError


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "import", help="import records: a peerdesk JSON export, or a CSV of sessions or "
                       "advisees (see --template)")
    p.add_argument("file", nargs="?", metavar="FILE", help="a .json export or a .csv file")
    p.add_argument("--vault")
    p.add_argument("--user")
    p.add_argument("--kind", choices=("sessions", "advisees"),
                   help="what a CSV holds (default: told by its columns)")
    p.add_argument("--template", choices=("sessions", "advisees"),
                   help="print the CSV template (header and an example row) and exit")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="export every record as JSON (re-importable), as a "
                                      "zip of CSV files (FILE.zip), or one kind as one "
                                      "CSV file (--kind, FILE.csv)")
    p.add_argument("--vault")
    p.add_argument("--user")
    p.add_argument("--format", required=True, choices=("json", "csv"))
    p.add_argument("--kind", metavar="KIND",
                   help="with --format csv: only this kind of record (session, advisee, "
                        "...), written as one CSV file")
    p.add_argument("-o", "--output", required=True, metavar="FILE",
                   help="FILE.json; FILE.zip for a CSV export of every kind; FILE.csv "
                        "with --kind")
    p.set_defaults(func=cmd_export)


def _read(path: Path, limit: int) -> bytes:
    from peerdesk.bounded_read import FileTooLarge, read_regular

    try:
        return read_regular(path, limit, "The import file")
    except FileTooLarge as exc:
        raise ImportRejected(str(exc)) from None


def cmd_import(args: argparse.Namespace) -> int:
    from peerdesk.services.bulk_import import MAX_JSON_BYTES, BulkImporter
    from peerdesk.services.csv_import import (
        COLUMN_HELP,
        MAX_CSV_BYTES,
        CsvImporter,
        template_text,
    )

    if args.template:
        print(template_text(args.template), end="")
        print()
        for name, text in COLUMN_HELP[args.template].items():
            print(f"# {name}: {text}")
        return 0
    if not args.file:
        raise UsageError("Give the file to import (or --template sessions|advisees).")
    path = Path(args.file)
    suffix = path.suffix.lower()
    if suffix not in (".json", ".csv"):
        raise UsageError("The file to import must end in .json or .csv.")
    data = _read(path, MAX_JSON_BYTES if suffix == ".json" else MAX_CSV_BYTES)
    ws = open_ws(args)
    try:
        if suffix == ".json":
            result = BulkImporter(ws.ctx).import_export(data, source=path.name)
        else:
            result = CsvImporter(ws.ctx).import_bytes(data, kind=args.kind, source=path.name)
    finally:
        ws.lock()
    parts = ", ".join(f"{n:,} {k.replace('_', ' ')}" for k, n in result.counts.items())
    print(f"Imported {parts or 'nothing'} (audit event {result.audit_seq}), as written by "
          f"you; what the file says about authors and times is kept as a claim.")
    for warning in result.warnings:
        print(warning)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from peerdesk.services.exporter import Exporter, check_output_name

    output = output_file(args.output)
    check_output_name(output, args.format, args.kind)
    ws = open_ws(args)
    try:
        result = Exporter(ws.ctx).export(output, args.format, args.kind)
    finally:
        ws.lock()
    total = sum(result.counts.values())
    print(f"Exported {total:,} records to {result.path} ({result.size:,} bytes, "
          f"SHA-256 {result.sha256[:16]}).")
    if not result.complete:
        print("Not included (private to advisors and supervisors): "
              + ", ".join(k.replace("_", " ") for k in result.omitted) + ".")
    print("This file is NOT encrypted: keep it safe and delete it when done.")
    return 0
