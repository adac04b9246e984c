"""Commands of sync by files: keys, export, import."""

from __future__ import annotations

import argparse
from pathlib import Path

from mentor_desk.cli.common import EXIT_FAULTS, EXIT_OK, Command, Subparsers, canonical_json
from mentor_desk.domain.errors import ValidationError
from mentor_desk.store import Store
from mentor_desk.sync.profiles import PROFILES


def cmd_keys(store: Store, args: argparse.Namespace) -> int:
    from mentor_desk.sync.identity import ensure_identity
    from mentor_desk.sync.keys import export_public_key, read_public_key

    identity = ensure_identity(store)
    public = identity.keys.public
    if args.action == "show":
        print(f"device:      {public.device_id}")
        print(f"name:        {public.display_name}")
        print(f"role:        {public.role.value}")
        print(f"fingerprint: {public.fingerprint}")
        for device in identity.trust.devices():
            state = "revoked" if device.revoked else "trusted"
            card = device.public_key
            print(
                f"{state}: {card.device_id} {card.role.value} {card.display_name}"
                f" ({card.fingerprint})"
            )
    elif args.action == "export-public":
        export_public_key(public, Path(args.file))
        print(f"public key written to {args.file} (fingerprint {public.fingerprint})")
    else:
        card = read_public_key(Path(args.file))
        identity.trust.trust(card)
        print(
            f"trusted {card.display_name} ({card.role.value}, {card.device_id}, "
            f"fingerprint {card.fingerprint})"
        )
    return EXIT_OK


def cmd_export(store: Store, args: argparse.Namespace) -> int:
    from mentor_desk.sync.exporter import export_bundle, export_receipt
    from mentor_desk.sync.identity import ensure_identity, recipient_key

    identity = ensure_identity(store)
    if (args.to is None) == (args.passphrase_file is None):
        raise ValidationError(
            "export",
            "ต้องระบุผู้รับ (--to) หรือรหัสผ่าน (--passphrase-file) อย่างใดอย่างหนึ่ง",
            "give exactly one of --to PUBKEYFILE or --passphrase-file F",
        )
    target = Path(args.file)
    if args.to is not None:
        recipient = recipient_key(Path(args.to))
        if args.receipt:
            result = export_receipt(store, identity, target, recipient=recipient)
        else:
            result = export_bundle(
                store, identity, target, recipient=recipient, full=args.full, profile=args.profile
            )
    else:
        result = export_bundle(
            store,
            identity,
            target,
            passphrase=_read_passphrase(args.passphrase_file),
            profile=args.profile,
        )
    print(canonical_json(result.as_dict()))
    return EXIT_OK


def cmd_import(store: Store, args: argparse.Namespace) -> int:
    from mentor_desk.sync.identity import ensure_identity
    from mentor_desk.sync.importer import import_bundles

    identity = ensure_identity(store)
    passphrase = _read_passphrase(args.passphrase_file) if args.passphrase_file else None
    results = import_bundles(
        store,
        identity,
        [Path(name) for name in args.files],
        passphrase=passphrase,
        dry_run=args.dry_run,
    )
    print(canonical_json({"files": [r.as_dict() for r in results]}))
    return EXIT_FAULTS if any(r.refused for r in results) else EXIT_OK


def _read_passphrase(name: str) -> str:
    try:
        text = Path(name).read_text(encoding="utf-8").strip("\r\n")
    except OSError as error:
        raise ValidationError("--passphrase-file", "อ่านไฟล์รหัสผ่านไม่ได้", str(error)) from None
    if not text:
        raise ValidationError("--passphrase-file", "ไฟล์รหัสผ่านว่างเปล่า", "empty passphrase")
    return text


COMMANDS: dict[str, Command] = {"keys": cmd_keys, "export": cmd_export, "import": cmd_import}


def add_parsers(sub: Subparsers) -> None:
    keys = sub.add_parser("keys", help="this device's keys and the devices it trusts")
    key_actions = keys.add_subparsers(dest="action", metavar="ACTION", required=True)
    key_actions.add_parser("show", help="device id, fingerprint and trusted devices")
    export_public = key_actions.add_parser("export-public", help="write the public key card")
    export_public.add_argument("file")
    trust = key_actions.add_parser("trust", help="trust a device's public key card")
    trust.add_argument("file")

    export = sub.add_parser("export", help="write a signed, encrypted bundle")
    export.add_argument("file")
    export.add_argument("--to", help="the recipient's public key card")
    export.add_argument("--passphrase-file", help="encrypt with the passphrase in this file")
    export.add_argument("--full", action="store_true", help="everything, not only what is new")
    export.add_argument("--profile", choices=PROFILES, help="privacy profile")
    export.add_argument("--receipt", action="store_true", help="only acknowledge what arrived")

    imports = sub.add_parser("import", help="import bundles; prints a JSON summary")
    imports.add_argument("files", nargs="+", metavar="FILE")
    imports.add_argument("--dry-run", action="store_true", help="check and count, change nothing")
    imports.add_argument("--passphrase-file", help="for passphrase-protected bundles")
