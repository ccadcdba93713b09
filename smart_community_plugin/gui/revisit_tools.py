"""Revisit stage (回访提升, 7.0.6): import a satisfaction survey, per-type scores, improvement actions."""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QDoubleSpinBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.stages import PlanningState
from ..i18n import tr, tr_noop
from .guard import guarded_slot
from .state import WorkbenchState
from .tables import fill, result_table

COLUMNS = (tr_noop("Facility type"), tr_noop("Answers"), tr_noop("Mean score"), tr_noop("Scores 1-2"))


class RevisitTools(QWidget):
    """Survey import; the summary and actions are kept in the project."""

    def __init__(self, state: WorkbenchState) -> None:
        super().__init__()
        self.state = state
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.button = QPushButton(tr("Import satisfaction survey (CSV)…"))
        self.button.clicked.connect(guarded_slot(tr("Import satisfaction survey (CSV)…"), self._pick, self._say))
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(1.0, 5.0)
        self.threshold.setSingleStep(0.1)
        self.threshold.setValue(3.0)
        self.threshold.setPrefix(tr("actions below "))
        row.addWidget(self.button)
        row.addWidget(self.threshold)
        layout.addLayout(row)
        self.text = QLabel(tr("CSV columns: facility id or type, score 1-5, comment."))
        self.text.setWordWrap(True)
        self.table = result_table([tr(c) for c in COLUMNS])
        layout.addWidget(self.table, 1)
        layout.addWidget(self.text)

    def _say(self, message: str) -> None:
        self.text.setText(message)
        self.state.say(message)

    def _pick(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Satisfaction survey"), "", "CSV (*.csv *.txt)")
        if path:
            self.import_survey(path)

    def import_survey(self, path: str) -> None:
        """Summarise a survey file and keep the result in the project."""
        from ..core.survey import summarise

        lookup = self.state.standard.type_names
        by_id: dict[int, str] = {}
        layer = self.state.layer("facilities")
        if layer is not None and layer.fields().lookupField("facility_type") >= 0:
            for f in layer.getFeatures():
                code = lookup.get(str(f["facility_type"] or "").strip().lower())
                if code:
                    by_id[f.id()] = code
        with open(path, encoding="utf-8-sig", errors="replace") as fh:
            result = summarise(fh.read(), by_id, lookup, self.threshold.value())
        records = self.state.records
        records.survey = {
            "file": path, "threshold": self.threshold.value(), "answers": result.answers,
            "types": [{"facility_type": t.facility_type, "answers": t.answers, "mean": round(t.mean_score, 3),
                       "share_low": round(t.share_low, 3), "comments": t.comments[:5]} for t in result.types],
            "actions": result.actions, "skipped": result.skipped}
        self.state.save()
        self.load(records)

    def load(self, state: PlanningState) -> None:
        """Show the project's last survey."""
        survey = state.survey
        if not survey:
            self.table.setRowCount(0)
            return
        names = self.state.names()
        fill(self.table, [(names.get(t["facility_type"], t["facility_type"]), t["answers"], round(t["mean"], 2),
                           f"{t['share_low']:.0%}") for t in survey.get("types", [])])
        lines = [tr("{} answers").format(survey.get("answers", 0))]
        threshold = float(survey.get("threshold", 3.0))
        low = sorted((t for t in survey.get("types", []) if t["mean"] < threshold), key=lambda t: t["mean"])
        if low:
            lines.append(tr("Improvement actions (mean score below {:g}):").format(threshold))
            for t in low:
                said = t.get("comments") or []
                lines.append("  • " + tr("{}: {:.2f} from {} answers").format(
                    names.get(t["facility_type"], t["facility_type"]), t["mean"], t["answers"])
                    + (f" — “{said[0]}”" if said else ""))
        skipped = survey.get("skipped", [])
        if skipped:
            lines.append(tr("{} rows skipped: {}").format(len(skipped), "; ".join(skipped[:3])))
        self.text.setText("\n".join(lines))
