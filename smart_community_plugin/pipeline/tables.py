"""Tables a user exports (findings, candidate sites): CSV for any spreadsheet, XLSX for Excel, under the
output contract (staged, masked, never over an input)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..core.errors import OutputError
from ..i18n import tr
from .outputs import Outputs

TABLE_SUFFIXES = (".csv", ".xlsx")


def write_table(outputs: Outputs, target: Any, headers: Sequence[str], rows: Sequence[Sequence[Any]],
                sheet: str = "findings") -> Path:
    """The rows as a CSV (UTF-8 with a byte-order mark, so Excel reads Chinese) or an XLSX by the file's
    suffix; every text cell through the privacy filter."""
    suffix = Path(str(target)).suffix.lower()
    masked = [[outputs.privacy.text(v) if isinstance(v, str) else v for v in row] for row in rows]
    if suffix == ".csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(headers)
        writer.writerows(["" if v is None else v for v in row] for row in masked)
        return outputs.file(target, lambda path: path.write_text("\ufeff" + buffer.getvalue(), encoding="utf-8"))
    if suffix == ".xlsx":
        from ..deps import require

        require("xlsx", tr("Exporting to Excel (XLSX)"))
        from openpyxl import Workbook

        def write(path: Path) -> None:
            book = Workbook(write_only=True)
            ws = book.create_sheet(sheet[:31])
            ws.append(list(headers))
            for row in masked:
                ws.append(list(row))
            book.save(path)

        return outputs.file(target, write)
    raise OutputError(tr("Export as .csv or .xlsx, not {}.").format(suffix or tr("a file without a suffix")))
