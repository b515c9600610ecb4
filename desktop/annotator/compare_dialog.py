"""Compare and adjudicate: a second annotator's store side by side with one's own.

Figures and disagreements come from ``db.agreement`` (span F1 per kind, Cohen's κ on
characters); the merged store is written by ``db.merge.merge_stores``.  The person's choices
("adopt A" / "adopt B") are then applied to the merged store through the public store API,
under the adjudicator's name, and the merge's adjudication rows they decide are resolved, so
every adjudication is in its history and ``stats()["adjudication_open"]`` counts what is left.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .models import Column, RecordTableModel


def _side_text(side: dict | None) -> str:
    if side is None:
        return "—"
    if "decision" in side:
        return f"{side['decision'] or 'open'} {side.get('reason') or ''}".strip()
    value = side.get("value") or {}
    shown = ", ".join(f"{k}={v}" for k, v in value.items() if v not in (None, ""))
    return f"{side['status']}  {shown}".strip()


class AgreementModel(RecordTableModel):
    """Rows are ``(kind, prf)`` of the report's span F1 table, then ``("all", …)``."""

    columns = (
        Column("Kind", lambda r: r[0]),
        Column("A", lambda r: r[1]["a"]),
        Column("B", lambda r: r[1]["b"]),
        Column("Both", lambda r: r[1]["both"]),
        Column("P", lambda r: f"{r[1]['precision']:.2f}"),
        Column("R", lambda r: f"{r[1]['recall']:.2f}"),
        Column("F1", lambda r: f"{r[1]['f1']:.2f}"),
    )

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and record[0] == "all":
            font = QFont()
            font.setBold(True)
            return font
        return None


class DisagreementsModel(RecordTableModel):
    """The report's disagreements with the person's choice per row ("a", "b" or "")."""

    columns = (
        Column("Story", lambda d: d["story"]),
        Column("Where", lambda d: "flag" if d["start"] is None else f"{d['start']}–{d['end']}"),
        Column("Kind", lambda d: d["kind"]),
        Column("Text", lambda d: d["text"]),
        Column("A", lambda d: _side_text(d["a"])),
        Column("B", lambda d: _side_text(d["b"])),
        Column("Adopt", lambda d: d.get("choice", "").upper()),
    )
    A_COLUMN, B_COLUMN = 4, 5

    def set_choice(self, row: int, choice: str) -> None:
        if choice not in ("a", "b", ""):
            raise ValueError(choice)
        self._rows[row]["choice"] = choice
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def choices(self) -> list[tuple[dict, str]]:
        return [(d, d["choice"]) for d in self._rows if d.get("choice")]

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        choice = record.get("choice", "")
        adopted = (choice == "a" and column == self.A_COLUMN) or (choice == "b" and column == self.B_COLUMN)
        if role == Qt.ItemDataRole.BackgroundRole and adopted:
            return QBrush(QColor("#d7f0d2"))
        if role == Qt.ItemDataRole.ForegroundRole and choice and column in (self.A_COLUMN, self.B_COLUMN) \
                and not adopted:
            return QBrush(QColor("#9a9a9a"))
        return None


def comparison(a_path: str, b_path: str) -> tuple[dict, dict[str, str]]:
    """The agreement report of A and B and, for each story label, the story's text."""
    from db.agreement import compare_indexes
    from db.compare import read_side, story_label

    _docs_a, ia = read_side(a_path)
    _docs_b, ib = read_side(b_path)
    texts = {story_label(doc, rec): rec["text"] for doc, rec in ia.values()}
    return compare_indexes(ia, ib), texts


def apply_choices(store: Any, choices: list[tuple[dict, str]], texts: dict[str, str]) -> dict[str, int]:
    """Apply adopted sides to the merged ``store``: ``{"adopted": rows that changed something,
    "resolved": adjudication rows marked decided}``.

    A side that asserts a fact gets it (its value and status); a side without it (or that
    rejected it) gets it rejected; a flag takes the side's decision.  The merge's adjudication
    row for the same fact (kind and span) or flag (rule and message) is then resolved with the
    side (``Store.resolve_adjudication``: who and when, in the history).  The report lists more
    disagreements than the merge disputes (one side untouched is no dispute), so not every
    adopted row has an adjudication row.
    """
    stories: dict[str, Any] = {}
    for doc in store.documents():
        for art in store.articles(doc.id):
            bundle = store.load_article(art.id)
            stories.setdefault(bundle.text, bundle.info.id)
    applied = resolved = 0
    for row, choice in choices:
        article_id = stories.get(texts.get(row["story"], ""))
        if article_id is None:
            continue
        changed = _apply_one(store, article_id, row, choice)
        if changed is None:  # the flag is not in the merged store: nothing was decided
            continue
        applied += changed
        for adj in store.adjudications(article_id, open_only=True):
            if _same_item(adj, row):
                store.resolve_adjudication(adj.id, choice)
                resolved += 1
    return {"adopted": applied, "resolved": resolved}


def _same_item(adj: Any, row: dict) -> bool:
    """The merge's adjudication row is about the report row's fact (kind, span) or flag (rule, message)."""
    if row["type"] == "flag":
        return adj.item == "flag" and (adj.kind, adj.text) == (row["kind"], row["text"])
    return adj.item == "fact" and (adj.kind, adj.start, adj.end) == (row["kind"], row["start"], row["end"])


def _apply_one(store: Any, article_id: int, row: dict, choice: str) -> bool | None:
    """Give one disagreement the chosen side; True when that changed (or asserted) something,
    None when its flag is not in the merged store."""
    bundle = store.load_article(article_id)
    side = row[choice]
    if row["type"] == "flag":
        flag = next((f for f in bundle.flags if f.rule == row["kind"] and f.message == row["text"]), None)
        if flag is None:
            return None
        store.decide_flag(flag.id, side["decision"], side.get("reason") or "")
        return True
    fact = next((f for f in bundle.facts if (f.kind, f.start, f.end) == (row["kind"], row["start"], row["end"])),
                None)
    if side is None or side["status"] == "rejected":
        if fact is not None and fact.status != "rejected":
            store.set_fact_status(fact.id, "rejected")
            return True
        return False
    if fact is None:
        fact = store.add_fact(article_id, row["kind"], row["start"], row["end"], side["value"])
    elif fact.value != side["value"]:
        fact = store.set_fact_value(fact.id, side["value"])
    if fact.status != side["status"]:
        store.set_fact_status(fact.id, side["status"])
    return True


class CompareDialog(QDialog):
    """Own store (A) against another annotator's (B): figures, disagreements, adopt, merge.

    Signals:
        compared(kappa: float, disagreements: int): a comparison was made.
        merged(path: str, summary: dict): the merged store was written (and choices applied).
    """

    compared = Signal(float, int)
    merged = Signal(str, object)

    def __init__(self, own_path: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotatorCompareDialog")
        self.setWindowTitle(self.tr("Compare and adjudicate"))
        self.own_path, self.other_path = own_path, ""
        self.report: dict | None = None
        self._texts: dict[str, str] = {}
        self.paths = QLabel(self)
        self.paths.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("annotatorAgreementSummary")
        self.agreement = AgreementModel(self)
        self.agreementView = self._table(self.agreement, "annotatorAgreementView")
        self.disagreements = DisagreementsModel(self)
        self.disagreementView = self._table(self.disagreements, "annotatorDisagreementView")
        self.disagreementView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.disagreementView.horizontalHeader()
        for col in (self.disagreements.A_COLUMN, self.disagreements.B_COLUMN):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.disagreementView.doubleClicked.connect(self._on_double_click)
        self.openButton = QPushButton(self.tr("Open other store…"), self)
        self.openButton.clicked.connect(self._on_open)
        self.adoptA = QPushButton(self.tr("Adopt A (mine)"), self)
        self.adoptB = QPushButton(self.tr("Adopt B (theirs)"), self)
        self.clearChoice = QPushButton(self.tr("Undecided"), self)
        self.adoptA.clicked.connect(self._adopt_a)
        self.adoptB.clicked.connect(self._adopt_b)
        self.clearChoice.clicked.connect(self._adopt_none)
        self.mergeButton = QPushButton(self.tr("Write merged store…"), self)
        self.mergeButton.clicked.connect(self._on_merge)
        row = QHBoxLayout()
        for w in (self.openButton, self.adoptA, self.adoptB, self.clearChoice):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.mergeButton)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.agreementView)
        split.addWidget(self.disagreementView)
        split.setSizes([200, 300])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.paths)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self._update_buttons()

    def _table(self, model: RecordTableModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return view

    def _update_buttons(self) -> None:
        ready = self.report is not None
        for w in (self.adoptA, self.adoptB, self.clearChoice, self.mergeButton):
            w.setEnabled(ready)

    # -- operations ------------------------------------------------------------------------
    def compareWith(self, other_path: str) -> dict:
        """Compare the own store with the store at ``other_path``; returns the report."""
        self.other_path = str(other_path)
        self.report, self._texts = comparison(self.own_path, self.other_path)
        r = self.report
        self.paths.setText(self.tr("A (mine): %1\nB (theirs): %2").replace("%1", self.own_path)
                           .replace("%2", self.other_path))
        self.summary.setText(
            self.tr("%1 shared stories · Cohen's κ on %2 characters: %3 · span F1: %4 · %5 disagreements")
            .replace("%1", str(r["stories"]["shared"])).replace("%2", str(r["characters"]))
            .replace("%3", f"{r['kappa_chars']:.3f}").replace("%4", f"{r['span_f1_all']['f1']:.2f}")
            .replace("%5", str(len(r["disagreements"]))))
        self.agreement.set_records([*r["span_f1"].items(), ("all", r["span_f1_all"])])
        self.disagreements.set_records([dict(d, choice="") for d in r["disagreements"]])
        self._update_buttons()
        self.compared.emit(float(r["kappa_chars"]), len(r["disagreements"]))
        return r

    def adopt(self, row: int, choice: str) -> None:
        """Choose side ``"a"``/``"b"`` (or ``""``: leave it to the merge) for one row."""
        self.disagreements.set_choice(row, choice)

    def adoptSelected(self, choice: str) -> None:
        for index in self.disagreementView.selectionModel().selectedRows():
            self.adopt(index.row(), choice)

    def writeMerged(self, out_path: str, user: str = "") -> dict:
        """Merge A and B into a new store at ``out_path``, then apply the adopted sides.

        Returns the merge summary plus ``adopted`` (rows applied), ``resolved`` (the merge's
        adjudication rows decided) and ``adjudication_open`` (those left for later).  ``user`` is
        the adjudicator recorded in the merged store's history (default: the annotator's name).
        """
        from db.merge import merge_stores
        from db.store import Store

        from .identity import annotator_name

        summary = dict(merge_stores(self.own_path, self.other_path, out_path))
        with Store.open(out_path, user=user or annotator_name() or "adjudicator") as store:
            summary.update(apply_choices(store, self.disagreements.choices(), self._texts))
            summary["adjudication_open"] = store.stats()["adjudication_open"]
        self.merged.emit(str(out_path), summary)
        return summary

    # -- buttons ---------------------------------------------------------------------------
    @Slot()
    def _adopt_a(self) -> None:
        self.adoptSelected("a")

    @Slot()
    def _adopt_b(self) -> None:
        self.adoptSelected("b")

    @Slot()
    def _adopt_none(self) -> None:
        self.adoptSelected("")

    @Slot(QModelIndex)
    def _on_double_click(self, index: QModelIndex) -> None:
        if index.column() == self.disagreements.A_COLUMN:
            self.adopt(index.row(), "a")
        elif index.column() == self.disagreements.B_COLUMN:
            self.adopt(index.row(), "b")

    @Slot()
    def _on_open(self) -> None:
        from db.errors import StoreError

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Another annotator's store"), "",
                                              self.tr("Proofdesk store (*.db *.sqlite);;All files (*)"))
        if path:
            try:
                self.compareWith(path)
            except StoreError as exc:
                QMessageBox.warning(self, self.windowTitle(), str(exc))

    @Slot()
    def _on_merge(self) -> None:
        from db.errors import StoreError

        default = str(Path(self.own_path).with_name(Path(self.own_path).stem + "-merged.db"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Write merged store"), default,
                                              self.tr("Proofdesk store (*.db)"))
        if path:
            try:
                summary = self.writeMerged(path)
            except StoreError as exc:
                QMessageBox.warning(self, self.windowTitle(), str(exc))
                return
            self.summary.setText(self.summary.text() + "\n" + self.tr("Merged into %1: %2").replace("%1", path)
                                 .replace("%2", ", ".join(f"{k} {v}" for k, v in summary.items())))
