"""Work of the receive side of the send/receive screen, run on the database worker thread:
checking incoming files (a dry run: who sent it, what it would change) and importing them.

A file from a computer this one does not trust yet is not refused outright as on the command
line: it is held, with the sender's key card when one lies beside it (or once the person
picks it), so the screen can show the card's fingerprint and let the person decide.
Each file is imported in its own transaction, behind one automatic backup for the batch
(`import_bundles`); cancelling stops between files when checking, and within the file being
imported (which then keeps nothing of it) when importing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from mentor_desk.domain.errors import MentorDeskError
from mentor_desk.store import Store
from mentor_desk.store.peers import was_imported
from mentor_desk.store.review_actions import known_devices, remember_device
from mentor_desk.sync.container import Protection, detect_protection, peek_bundle
from mentor_desk.sync.identity import Identity, ensure_identity
from mentor_desk.sync.importer import ImportResult, import_bundle, import_bundles
from mentor_desk.sync.keys import MAX_KEY_FILE_BYTES, DevicePublicKey, read_public_key
from mentor_desk.sync.trust import TrustedDevice, TrustStatus, TrustStore
from mentor_desk.ui.database import Cancelled, Progress
from mentor_desk.ui.sync.device_jobs import CARD_SUFFIX
from mentor_desk.ui.theme import KEY_CARDS_BESIDE_BUNDLE

CARD_PATTERNS = (f"*{CARD_SUFFIX}", "*.json")  # our cards, and cards named by hand


class FileState(StrEnum):
    """Where an incoming file stands."""

    WAITING = "waiting"  # not checked yet
    NEEDS_PASSPHRASE = "needs-passphrase"  # locked with a passphrase nobody has typed yet
    READY = "ready"  # checked; "Import" will apply it
    UNKNOWN_DEVICE = "unknown-device"  # held: sent by a computer this one does not trust
    ALREADY_IMPORTED = "already-imported"
    REFUSED = "refused"
    QUARANTINED = "quarantined"  # stamped in the future: held for a person to check
    IMPORTED = "imported"


@dataclass(frozen=True)
class IncomingFile:
    """A file offered for import and what is known of it so far."""

    path: Path
    state: FileState = FileState.WAITING
    protected: bool = False  # locked with a passphrase
    passphrase: str | None = dataclasses.field(default=None, repr=False)
    result: ImportResult | None = None  # of the dry run, then of the import
    unknown_device: str = ""  # the sender's device id when this computer does not trust it
    card: DevicePublicKey | None = None  # the sender's key card, when found or picked
    trust_confirmed: bool = False  # the person compared the fingerprint and trusts the card

    @property
    def key(self) -> str:
        """The file's identity in the list (its full path)."""
        return str(self.path)


@dataclass(frozen=True)
class BatchOutcome:
    """What a batch of checks or imports came to (cancelled part-way or not)."""

    files: tuple[IncomingFile, ...]
    cancelled: bool = False


class ReceivingTrust(TrustStore):
    """The trust store, plus key cards a person is still deciding about; remembers which
    unknown computer a file came from."""

    def __init__(self, base: TrustStore, candidates: Mapping[str, DevicePublicKey]) -> None:
        super().__init__(base.folder)
        self.candidates = dict(candidates)
        self.unknown_device = ""

    def lookup(self, device_id: str) -> TrustedDevice | None:
        found = super().lookup(device_id)
        if found is None and device_id in self.candidates:
            return TrustedDevice(self.candidates[device_id], TrustStatus.ENROLLED, enrolled_at="")
        if found is None:
            self.unknown_device = device_id
        return found


def check_files(
    store: Store, files: Sequence[IncomingFile], progress: Progress, label: str
) -> BatchOutcome:
    """Worker thread: a dry run of each file, reporting progress and stopping between files
    when cancelled."""
    return _each(store, files, progress, label, check_file)


def import_files(
    store: Store, files: Sequence[IncomingFile], progress: Progress, label: str
) -> BatchOutcome:
    """Worker thread: import the files through `import_bundles` (each in its own
    transaction, one automatic backup for all files sharing a passphrase, usually all of
    them), after trusting the senders the person confirmed; when cancelled, stops within the
    file being imported, keeping nothing of it."""
    identity = ensure_identity(store)
    finished: dict[int, IncomingFile] = {}
    by_passphrase: dict[str | None, list[int]] = {}
    for index, incoming in enumerate(files):
        held = _trust_confirmed_sender(identity, incoming)
        if held is not None:
            finished[index] = held  # refused, or still waiting for the person
        else:
            by_passphrase.setdefault(incoming.passphrase, []).append(index)
    total = len(files)
    cancelled = False
    for passphrase, indexes in by_passphrase.items():
        if progress.cancelled:
            cancelled = True
            break
        offset = len(finished)

        def report(
            index: int, part: float, *, group: list[int] = indexes, offset: int = offset
        ) -> None:
            name = files[group[index]].path.name if index < len(group) else ""
            progress.report_files(offset + index, total, label.replace("%1", name), part=part)

        report(0, 0.0)
        results = import_bundles(
            store,
            identity,
            [files[i].path for i in indexes],
            passphrase=passphrase,
            progress=report,
            is_cancelled=lambda: progress.cancelled,
        )
        for index, result in zip(indexes, results, strict=False):
            finished[index] = _after_import(store, identity, files[index], result)
        if len(results) < len(indexes):
            cancelled = True
            break
    progress.report_files(len(finished), total, "")
    return BatchOutcome(tuple(finished[i] for i in sorted(finished)), cancelled=cancelled)


def _each(
    store: Store,
    files: Sequence[IncomingFile],
    progress: Progress,
    label: str,
    work: Callable[[Store, Identity, IncomingFile], IncomingFile],
) -> BatchOutcome:
    identity = ensure_identity(store)
    done: list[IncomingFile] = []
    for index, incoming in enumerate(files):
        try:
            progress.check()
        except Cancelled:
            return BatchOutcome(tuple(done), cancelled=True)
        progress.report(index, len(files), label.replace("%1", incoming.path.name))
        done.append(work(store, identity, incoming))
    progress.report(len(files), len(files), "")
    return BatchOutcome(tuple(done))


def check_file(store: Store, identity: Identity, incoming: IncomingFile) -> IncomingFile:
    """Worker thread: what importing `incoming` would do, changing nothing."""
    try:
        protected = detect_protection(incoming.path) is Protection.PASSPHRASE
    except MentorDeskError as error:
        return _refused(incoming, error)
    incoming = dataclasses.replace(incoming, protected=protected)
    if protected and incoming.passphrase is None:
        return dataclasses.replace(incoming, state=FileState.NEEDS_PASSPHRASE)
    card = incoming.card
    result, unknown = _dry_run(store, identity, incoming, card)
    if unknown and card is None:
        card = find_card_beside(incoming.path, unknown)
        if card is not None:
            result, unknown = _dry_run(store, identity, incoming, card)
    if unknown:  # no card, or a card of another computer
        return dataclasses.replace(
            incoming, state=FileState.UNKNOWN_DEVICE, result=result, unknown_device=unknown
        )
    unconfirmed = identity.trust.lookup(result.origin_device) is None
    if result.status == "dry-run" and incoming.passphrase is None and unconfirmed:
        # Readable with the sender's card, which nobody has confirmed yet: held. (A
        # passphrase file is vouched for by its passphrase, as on the command line.)
        return dataclasses.replace(
            incoming,
            state=FileState.UNKNOWN_DEVICE,
            result=result,
            unknown_device=result.origin_device,
            card=card,
        )
    return dataclasses.replace(incoming, state=_state_after_check(store, result), result=result)


def _trust_confirmed_sender(identity: Identity, incoming: IncomingFile) -> IncomingFile | None:
    """Worker thread: trust the sender of a held file if the person confirmed its card.
    None when the file can be imported; otherwise the file as it stays (still waiting for
    the person's decision, or refused because its card could not be trusted)."""
    if incoming.state is not FileState.UNKNOWN_DEVICE:
        return None
    if incoming.card is None or not incoming.trust_confirmed:
        return incoming
    try:
        identity.trust.trust(incoming.card)
    except MentorDeskError as error:
        return _refused(incoming, error)
    return None


def _after_import(
    store: Store, identity: Identity, incoming: IncomingFile, result: ImportResult
) -> IncomingFile:
    """Worker thread: the file's state after `import_bundles` imported it."""
    state = {
        "imported": FileState.IMPORTED,
        "duplicate": FileState.ALREADY_IMPORTED,
        "quarantined": FileState.QUARANTINED,
    }.get(result.status, FileState.REFUSED)
    if state is FileState.IMPORTED:
        _remember_sender(store, identity, incoming, result)
    return dataclasses.replace(incoming, state=state, result=result, unknown_device="")


def _dry_run(
    store: Store, identity: Identity, incoming: IncomingFile, card: DevicePublicKey | None
) -> tuple[ImportResult, str]:
    trust = ReceivingTrust(identity.trust, {card.device_id: card} if card else {})
    result = import_bundle(
        store,
        Identity(keys=identity.keys, trust=trust),
        incoming.path,
        passphrase=incoming.passphrase,
        dry_run=True,
    )
    return result, trust.unknown_device if result.status == "refused" else ""


def _state_after_check(store: Store, result: ImportResult) -> FileState:
    if result.status == "dry-run":
        if was_imported(store.db, result.bundle_id):
            return FileState.ALREADY_IMPORTED
        return FileState.READY
    if result.status == "quarantined":
        return FileState.QUARANTINED
    return FileState.REFUSED


def _refused(incoming: IncomingFile, error: MentorDeskError) -> IncomingFile:
    result = ImportResult(
        file=str(incoming.path), status="refused", message_th=error.message_th, detail=error.detail
    )
    return dataclasses.replace(incoming, state=FileState.REFUSED, result=result)


def find_card_beside(bundle: Path, device_id: str) -> DevicePublicKey | None:
    """Worker thread: the key card of `device_id` among the small card files next to a
    bundle (senders often copy their card onto the same USB stick)."""
    looked_at = 0
    for pattern in CARD_PATTERNS:
        for path in sorted(bundle.parent.glob(pattern)):
            if looked_at >= KEY_CARDS_BESIDE_BUNDLE:
                return None
            looked_at += 1
            try:
                if path.stat().st_size > MAX_KEY_FILE_BYTES:
                    continue
                card = read_public_key(path)
            except (MentorDeskError, OSError):
                continue
            if card.device_id == device_id:
                return card
    return None


def _remember_sender(
    store: Store, identity: Identity, incoming: IncomingFile, result: ImportResult
) -> None:
    """Remember which database the sender's stamps come from, so the review inbox can say
    who wrote a value. Needs the manifest's scope: read once per sending computer, and not
    from passphrase files (a backup, whose deliberately slow passphrase check would run
    a second time for a name)."""
    if incoming.passphrase is not None or any(
        d.origin_device == result.origin_device for d in known_devices(store.db).values()
    ):
        return
    try:
        preview = peek_bundle(
            incoming.path, trust=identity.trust, keys=identity.keys, work_dir=store.home
        )
    except MentorDeskError:
        return  # only a name for the inbox is lost; the import itself succeeded
    database_device = preview.manifest.scope.get("database_device")
    if isinstance(database_device, str) and database_device:
        remember_device(
            store.db,
            database_device=database_device,
            name=result.origin_name,
            origin_device=result.origin_device,
        )
