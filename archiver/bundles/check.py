"""`archiver verify BUNDLE`: check a bundle with nothing but the bundle.

Needs neither the archive nor the network. Each check is reported by name, so a
reader learns which file or which manifest line no longer matches, not only "invalid".
"""

from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class BundleCheck:
    name: str
    ok: bool
    detail: str = ""


@dataclass
class BundleReport:
    bundle: str
    checks: list[BundleCheck] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # each damaged or unexpected file

    @property
    def ok(self) -> bool:
        return all(check.ok for check in self.checks)


def _describe(error: object) -> str:
    """One line per bagit detail, naming the file and what differs."""
    import bagit

    if isinstance(error, bagit.ChecksumMismatch):
        return (
            f"{error.path}: {error.algorithm} is {error.found}, the manifest says {error.expected}"
        )
    if isinstance(error, bagit.FileMissing):
        return f"{error.path}: listed in a manifest, missing"
    if isinstance(error, bagit.UnexpectedFile):
        return f"{error.path}: present, in no manifest"
    return str(error)


def _not_regular(root: Path, limit: int = 20) -> list[str]:
    """Entries in the bag that are neither folders nor regular files (symlinks, FIFOs,
    devices), by path inside the bag; looked at with lstat, never opened."""
    found = []
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            entry = Path(folder, name)
            mode = entry.lstat().st_mode
            if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)) or stat.S_ISLNK(mode):
                found.append(entry.relative_to(root).as_posix())
                if len(found) >= limit:
                    return found
    return found


def verify_bundle(path: Path, tsa_root: Path | None = None) -> BundleReport:
    """Open the bag and check, in turn: its structure and manifests can be read; every
    tag file matches the tag manifest; every payload file matches the payload manifest;
    each timestamp token signs the tag manifest under a trusted root: `tsa_root`, a
    certificate file the user obtained from the TSA, or else the root in the bag."""
    import bagit

    from archiver.bundles.timestamp import read_trusted_roots

    trusted = read_trusted_roots(tsa_root) if tsa_root is not None else None  # bad: said now

    # bagit also logs each finding; the report names them, so keep the terminal clean
    logging.getLogger("bagit").addHandler(logging.NullHandler())
    report = BundleReport(str(path))
    if not (Path(path) / "bagit.txt").is_file():
        report.checks.append(BundleCheck("bag", False, f"{path} is not a BagIt bag (no bagit.txt)"))
        return report
    odd = _not_regular(Path(path))
    if odd:
        # bagit would follow a symlink out of the bag or block on a FIFO for ever
        report.checks.append(BundleCheck("bag", False, "not regular files: " + ", ".join(odd)))
        return report
    try:
        bag = bagit.Bag(str(path))
    except (bagit.BagError, OSError, UnicodeDecodeError, ValueError) as error:
        report.checks.append(BundleCheck("bag", False, f"unreadable: {error}"))
        return report
    report.checks.append(BundleCheck("bag", True, "BagIt " + ".".join(map(str, bag.version_info))))
    try:
        bag.validate(processes=1, completeness_only=False)
    except bagit.BagValidationError as error:
        details = list(getattr(error, "details", None) or [])
        report.problems = [_describe(detail) for detail in details] or [str(error.message)]
        tags = {"bagit.txt", "bag-info.txt", "manifest-sha256.txt"}
        tag_bad = any(str(getattr(d, "path", "")) in tags for d in details)
        payload_bad = any(str(getattr(d, "path", "")).startswith("data/") for d in details)
        report.checks.append(
            BundleCheck("tag manifest", not tag_bad, "tag files differ" if tag_bad else "")
        )
        report.checks.append(
            BundleCheck(
                "payload manifest",
                not payload_bad and bool(details),
                "payload files differ" if payload_bad else "" if details else str(error.message),
            )
        )
        _check_stamps(Path(path), report, trusted, tsa_root)  # may still match the tag manifest
        return report
    except (bagit.BagError, OSError, ValueError) as error:
        report.checks.append(BundleCheck("manifests", False, f"unreadable: {error}"))
        return report
    count = len(list(bag.payload_files()))
    report.checks.append(BundleCheck("tag manifest", True, "every tag file matches"))
    report.checks.append(BundleCheck("payload manifest", True, f"{count} file(s) match"))
    _check_stamps(Path(path), report, trusted, tsa_root)
    return report


def _check_stamps(
    bag: Path, report: BundleReport, trusted: bytes | None, tsa_root: Path | None
) -> None:
    from archiver.bundles.timestamp import check_bag_stamps, check_summary, roots_fingerprints

    summary = check_summary(bag)
    if summary is not None:
        name, problem = summary
        detail = problem or "what index.html shows is what the tokens say"
        report.checks.append(BundleCheck(name, not problem, detail))
    if trusted is not None:
        root = f"the root you supplied, {tsa_root} (sha256 {roots_fingerprints(trusted)})"
    else:
        root = (
            "the root carried in the bundle, timestamps/N.roots.pem: compare its sha256 "
            "with the TSA's published one, or give --tsa-root with a copy you obtained"
        )
    for name, problem in check_bag_stamps(bag, trusted):
        if problem:
            detail = f"{problem} (checked against {root})"
        else:
            detail = f"signed by the TSA over this tag manifest; chain checked against {root}"
        report.checks.append(BundleCheck(name, not problem, detail))
