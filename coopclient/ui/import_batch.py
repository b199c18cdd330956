"""Importing a batch file from the app: a small form, then the import in the background with progress
and a Cancel button (a cancelled import rolls back: nothing is half-imported)."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from coopclient.core.estimate import Estimate
from coopclient.core.piece_rate import PieceRate
from coopclient.services.batches import BatchImportError, BatchService, Imported, parse_rate, read_config
from coopclient.services.estimates import EstimateService, Quote
from coopclient.ui.estimate_words import estimate_words, show
from coopclient.ui.locale_numbers import number_text, typed_decimal
from coopclient.ui.ops import OpContext, Ops, describe

PATH_CHARS = 55  # the path fields' least width, in average characters (a path's are wider)


class ImportDialog(QDialog):
    """Asks for the batch file, its labeling config, the project name and the piece rate.

    With ``ops`` and ``estimates``, once a config and a rate are chosen it shows the wage the batch is
    estimated to pay (from the member's pace on its kind of task), read on the database lane.
    """

    def __init__(
        self, parent: QWidget | None = None, ops: Ops | None = None, estimates: EstimateService | None = None
    ) -> None:
        super().__init__(parent)
        self._ops, self._estimates = ops, estimates
        self._asked: tuple[str, str] | None = None  # the config and rate the last estimate was asked for
        self._read: tuple[str, Quote] | None = None  # the last config whose kind's pace was read, and its quote
        self.setWindowTitle(self.tr("Import a batch file"))
        form = QFormLayout(self)
        self.file = self._path_row(
            form, self.tr("&Batch file (JSONL or CSV)"), self.tr("Batch file"), "Tasks (*.jsonl *.json *.csv)"
        )
        self.config = self._path_row(
            form, self.tr("Labeling &config (XML)"), self.tr("Labeling config"), "Label Studio config (*.xml)"
        )
        self.project = QLineEdit(self)
        self.project.setAccessibleName(self.tr("Project name"))
        self.project.setPlaceholderText(self.tr("default: the file's name"))
        form.addRow(self.tr("&Project"), self.project)
        self.rate = QLineEdit(self)
        self.rate.setAccessibleName(self.tr("Piece rate"))
        self.rate.setPlaceholderText(self.tr("e.g. {amount} EUR").format(amount=number_text(Decimal("0.04"))))
        form.addRow(self.tr("Piece &rate"), self.rate)
        self.estimate = QLabel(self)
        self.estimate.setWordWrap(True)
        self.estimate.setTextFormat(Qt.TextFormat.PlainText)
        self.estimate.setAccessibleName(self.tr("Estimated pay"))
        self.estimate.hide()
        form.addRow(self.estimate)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b3261e;")
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.file.textChanged.connect(self._guess_config)
        self.config.textChanged.connect(self._ask_estimate)
        self.rate.textChanged.connect(self._ask_estimate)

    def _path_row(self, form: QFormLayout, label: str, name: str, pattern: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        # Room for a path a member can read (~50 characters); at its default width only the folder's start showed.
        edit.setMinimumWidth(edit.fontMetrics().averageCharWidth() * PATH_CHARS)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.setAccessibleName(self.tr("Browse for {what}").format(what=name))
        browse.clicked.connect(lambda: self._browse(edit, pattern))
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(browse)
        # A label made by addRow(text, layout) has no buddy, so its "&" showed as a literal ampersand and the
        # mnemonic went nowhere: the field is the label's buddy.
        caption = QLabel(label, self)
        caption.setBuddy(edit)
        form.addRow(caption, row)
        return edit

    def _browse(self, edit: QLineEdit, pattern: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.windowTitle(), edit.text(), pattern)
        if path:
            edit.setText(path)

    def _guess_config(self, text: str) -> None:
        """Offer the batch's sibling ``.xml`` as its config, when the member has not chosen one."""
        path = Path(text.strip())
        if not path.name or self.config.text():  # "/" or "" as typed so far: nothing to guess from
            return
        sibling = path.with_suffix(".xml")
        if sibling.is_file():
            self.config.setText(str(sibling))

    def _ask_estimate(self) -> None:
        """Read the estimate for the chosen config's kind of task at the typed rate, in the background."""
        config, typed = self.config.text().strip(), self.rate.text().strip()
        rate = _typed_rate(typed)
        if self._ops is None or self._estimates is None or not config or rate is None:
            self._asked = None
            show(self.estimate, ("", None))
            return
        asked = self._asked = (config, typed)
        estimates = self._estimates
        if self._read is not None and self._read[0] == config:  # the pace is read once per config, not per keystroke
            self._show_quote(self._read[1], rate)
            return

        def shown(quote: Quote) -> None:
            self._read = (config, quote)
            if self._asked == asked:  # not overtaken by a later keystroke
                self._show_quote(quote, rate)

        def failed(_error: BaseException) -> None:
            if self._asked == asked:  # a config not (yet) readable: no kind of task, no estimate
                show(self.estimate, ("", None))

        self._ops.run(lambda: estimates.quote_file(Path(config), rate), success=shown, failure=failed)

    def _show_quote(self, quote: Quote, rate: PieceRate) -> None:
        result = quote.result
        if isinstance(result, Estimate):
            result = replace(result, rate=rate)  # the same pace at the rate typed now
        show(self.estimate, estimate_words(result, quote.floor))

    def _check(self) -> None:
        """Refuse to close on missing fields or a bad rate, saying which."""
        if not self.file.text().strip():
            self.error.setText(self.tr("Choose the batch file."))
        elif not self.config.text().strip():
            self.error.setText(self.tr("Choose the labeling config (XML) that goes with the batch."))
        else:
            typed = self.rate.text().strip()
            try:
                parse_rate(rate_text(typed))
            except BatchImportError:
                example = number_text(Decimal("0.04"))
                self.error.setText(
                    self.tr("“{text}” is not a piece rate, such as {example} EUR.").format(text=typed, example=example)
                )
                return
            self.accept()

    def values(self) -> tuple[Path, Path, str | None, str | None]:
        """The file, config, project name (or None) and rate text (or None)."""
        return (
            Path(self.file.text().strip()),
            Path(self.config.text().strip()),
            self.project.text().strip() or None,
            rate_text(self.rate.text().strip()),
        )


def run_import(
    parent: QWidget,
    ops: Ops,
    batches: BatchService,
    values: tuple[Path, Path, str | None, str | None],
    done: object,
) -> QProgressDialog:
    """Import in the background with a progress dialog; ``done(imported)`` runs on success."""
    path, config_path, project, rate_text = values
    progress = QProgressDialog(
        QCoreApplication.translate("ImportDialog", "Importing {name}…").format(name=path.name),
        QCoreApplication.translate("ImportDialog", "Cancel"),
        0,
        0,
        parent,
    )
    progress.setWindowTitle(QCoreApplication.translate("ImportDialog", "Import"))
    progress.setMinimumDuration(300)
    progress.setAutoClose(True)

    def op(ctx: OpContext) -> Imported:
        total = _count_lines(path)
        config = read_config(config_path)
        return batches.import_file(
            path, config, project, parse_rate(rate_text), progress=lambda n: ctx.progress(n, total)
        )

    def on_progress(_op: int, n: int, total: int) -> None:
        progress.setMaximum(max(total, n))
        progress.setValue(n)

    def finished(imported: Imported) -> None:
        ops.progressed.disconnect(on_progress)
        progress.reset()
        if callable(done):
            done(imported)

    def failed(error: BaseException) -> None:
        ops.progressed.disconnect(on_progress)
        progress.reset()
        QMessageBox.warning(
            parent, QCoreApplication.translate("ImportDialog", "The batch was not imported"), describe(error)
        )

    ops.progressed.connect(on_progress)
    _, context = ops.run_long(op, success=finished, failure=failed)
    progress.canceled.connect(context.cancel)
    return progress


def _count_lines(path: Path) -> int:
    try:
        with path.open("rb") as handle:
            return sum(block.count(b"\n") for block in iter(lambda: handle.read(1 << 20), b""))
    except OSError as exc:
        raise BatchImportError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _typed_rate(typed: str) -> PieceRate | None:
    """The piece rate typed, or None when none or not (yet) one."""
    try:
        return parse_rate(rate_text(typed))
    except BatchImportError:
        return None


def rate_text(typed: str) -> str | None:
    """A piece rate as typed in the member's language ("0,04 EUR") as the core reads it ("0.04 EUR per task");
    None when nothing is typed. The field is the piece rate, so "per task" may be left out."""
    if not typed:
        return None
    text = re.sub(r"\d[\d.,\u00a0\u202f ]*", lambda m: typed_decimal(m.group()) + " ", typed, count=1).strip()
    text = re.sub(r"\s+", " ", text)
    return text if re.search(r"(/|\bper)\s*task$", text, re.IGNORECASE) else f"{text} per task"
