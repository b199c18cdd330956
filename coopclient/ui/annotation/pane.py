"""The annotation pane: the part of the main window where a member annotates one task.

The pane shows the task's instructions (``<Header>``), its text (``<Text>``, always as plain text), its
images (``<Image>``, from local files only) and one editor per control. It is keyboard-first: the window
forwards the keys it does not handle to :meth:`AnnotationPane.handle_key`, which applies option hotkeys and
digits (see :mod:`.keys`). Every change the member makes is recorded for :meth:`AnnotationPane.undo`.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QStyle,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from coopclient.core.care import ContentCare
from coopclient.core.labeling import Control, LabelingConfig, Problem, unsupported_reason, visible_controls
from coopclient.ui.accessibility import name_scroll_area
from coopclient.ui.annotation.care_views import CollapsedText, RevealKey
from coopclient.ui.annotation.choices import ChoicesEditor
from coopclient.ui.annotation.editor import ControlEditor
from coopclient.ui.annotation.history import SnapshotStack
from coopclient.ui.annotation.image_loader import ImageLoader
from coopclient.ui.annotation.image_view import ImageView
from coopclient.ui.annotation.keys import KeyMap, assign_keys
from coopclient.ui.annotation.ner import NerEditor
from coopclient.ui.annotation.object_views import (
    LoadingImage,
    ObjectView,
    editable_controls,
    image_paths,
    image_view,
    load_image,
)
from coopclient.ui.annotation.problems import control_for_field, member_words
from coopclient.ui.annotation.rating import RatingEditor
from coopclient.ui.annotation.rectangles import RectangleEditor
from coopclient.ui.annotation.regions import Region, regions_for
from coopclient.ui.annotation.style import (
    INSTRUCTION_POINT_SIZE,
    humanize,
    muted_colour,
    plain_label,
    problem_colour,
    sentence,
    set_point_size,
    set_text_colour,
)
from coopclient.ui.annotation.text_view import MIN_HEIGHT, TaskTextView
from coopclient.ui.annotation.textarea import TextAreaEditor
from coopclient.ui.labels import marked

PAGE_MARGINS = (28, 20, 28, 24)
PAGE_SPACING = 18
PAGE_POINT_SIZE = 11
TEXT_SHARE = 0.6
"""The largest share of the pane's height a task text takes before it scrolls."""
IMAGE_SHARE = 0.75
"""The largest share of the pane's height an image takes."""
_BLOCKING_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)
_DELETE_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


@dataclass(frozen=True)
class _Shown:
    """The task on the page (what ``show_task`` was given, but the result)."""

    config: LabelingConfig
    data: Mapping[str, object]
    media: Mapping[str, str | None] | None
    notice: str | None
    care: ContentCare | None = None


class AnnotationPane(QWidget):
    """Shows one task and lets the member annotate it; :meth:`result` is Label Studio result JSON.

    Regions of controls the pane cannot show (e.g. those of an image that is not available offline) are kept
    unchanged in the result.

    Signals:
        changed: the member changed the annotation (an edit, or an undo).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, images: ImageLoader | None = None) -> None:
        """An empty pane.

        Args:
            parent: the owning widget.
            images: decodes task images off the GUI thread (the window gives one on its background lane);
                None decodes them at once, on this thread.
        """
        super().__init__(parent)
        self._images = images if images is not None else ImageLoader(load_image, parent=self)
        self._images.ready.connect(self._on_image_ready)
        self._waiting: set[Path] = set()  # images the page shows a placeholder for
        self._shown: _Shown | None = None  # the task on the page, to show again once its images are decoded
        self._editors: dict[str, ControlEditor] = {}
        self._passthrough: list[Region] = []
        self._keymap = KeyMap({})
        self._shown_controls: list[Control] = []
        self._history = SnapshotStack()
        self._page: QWidget
        self._views: list[ObjectView] = []
        self._text_open = False  # the member pressed Show on this task's collapsed text
        self._collapsed: list[CollapsedText] = []
        self.reveal_key = RevealKey(self, self.reveal)
        self.setAccessibleName(self.tr("Annotation"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._general = plain_label("", self, point_size=PAGE_POINT_SIZE)
        self._general.setContentsMargins(PAGE_MARGINS[0], 12, PAGE_MARGINS[2], 0)
        self._general.setAccessibleName(self.tr("Problems"))
        set_text_colour(self._general, problem_colour(self.palette()))
        self._general.hide()
        layout.addWidget(self._general)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        name_scroll_area(self._scroll, self.tr("The task and your answer"))
        layout.addWidget(self._scroll)
        self.clear()

    # --- showing --------------------------------------------------------------------------------------------

    def show_task(
        self,
        config: LabelingConfig,
        data: Mapping[str, object],
        result: list[dict[str, Any]] | None,
        *,
        media: Mapping[str, str | None] | None = None,
        notice: str | None = None,
        care: ContentCare | None = None,
    ) -> None:
        """Show a task: instructions, text and image views and one editor per control, pre-filled from ``result``.

        Args:
            config: the project's labeling config.
            data: the task data (``{"text": ...}``, ``{"image": ...}``).
            result: the annotation to edit (a done task), or None for a new one.
            media: for a task pulled from a platform, task data key -> path of the local copy of its media
                (None: not available offline), as the pull recorded it (``_coopclient_media``); its images are
                read from these copies only. None for other tasks: their images are read from local paths and
                ``file://`` URLs. Nothing is ever fetched over the network.
            notice: what the platform said about the task (e.g. someone else annotated it), shown first.
            care: the task's batch may be distressing: its images softened until revealed, its text collapsed
                behind the warning (as the member's preferences say); None for other tasks.
        """
        reason = unsupported_reason(config, data)
        if reason is not None:
            self.show_unsupported(reason)
            return
        had_focus = self._contains_focus()
        if self._shown is None or self._shown.data is not data:  # another task: its text starts collapsed
            self._text_open = False
        self._shown = _Shown(config, data, media, notice, care)
        layout = self._new_page()
        if notice:
            layout.addWidget(self._note(notice))
        for header in config.headers:
            self._add_instruction(layout, header)
        for static in config.static_texts:  # a <Text> with a fixed value: shown as is, like Label Studio
            layout.addWidget(plain_label(static.text, self._page))
        views = self._add_views(layout, config, data, media, care)
        shown = editable_controls(config.controls, views)
        if shown and len(shown) < len(config.controls):  # a missing image says so itself, in its place
            layout.addWidget(self._note(self.tr("Image tasks are not supported in the desktop app yet")))
        self._keymap = assign_keys(shown)
        self._shown_controls = list(shown)
        for control in shown:
            layout.addWidget(self._add_editor(control, views[control.to_name]))
        layout.addStretch(1)
        self._present()
        self._fit_views()
        self._load(result or [])
        self._history.reset(self.result())
        self._settle_focus(had_focus)

    def show_unsupported(self, reason: str) -> None:
        """Say calmly why this task cannot be shown; nothing is editable.

        Args:
            reason: why, e.g. from :func:`~coopclient.core.labeling.unsupported_reason`.
        """
        self._shown = None
        layout = self._new_page()
        title = plain_label(self.tr("This task can't be shown in the desktop app"), self._page)
        set_point_size(title, INSTRUCTION_POINT_SIZE + 1, QFont.Weight.DemiBold)
        layout.addWidget(title)
        layout.addWidget(self._note(sentence(reason)))
        layout.addStretch(1)
        self._present()
        self._history.reset([])

    def clear(self) -> None:
        """Show nothing; the result is empty."""
        self._shown = None
        self._new_page().addStretch(1)
        self._present()
        self._history.reset([])

    # --- the annotation -------------------------------------------------------------------------------------

    def result(self) -> list[Region]:
        """The annotation as Label Studio result JSON: the editors' regions, then regions kept unchanged.

        The regions of a control its ``visibleWhen`` hides are left out, as Label Studio would not show it.
        """
        regions = [region for editor in self._editors.values() for region in editor.regions()]
        every = [*regions, *self._passthrough]
        hidden = self._hidden_controls(every)
        return copy.deepcopy([region for region in every if not _named_in(region, hidden)])

    def _hidden_controls(self, regions: list[Region]) -> set[str]:
        """The names of the controls ``visibleWhen`` hides for ``regions``."""
        if self._shown is None:
            return set()
        config = self._shown.config
        return {c.name for c in config.controls} - {c.name for c in visible_controls(config, regions)}

    def _update_visibility(self) -> None:
        """Show exactly the editors whose ``visibleWhen`` holds for the answer so far."""
        every = [region for editor in self._editors.values() for region in editor.regions()]
        hidden = self._hidden_controls([*every, *self._passthrough])
        for name, editor in self._editors.items():
            editor.setHidden(name in hidden)

    def undo(self) -> bool:
        """Undo the member's last change of this task's annotation; False if there is nothing to undo."""
        snapshot = self._history.undo()
        if snapshot is None:
            return False
        self._load(snapshot)
        self.changed.emit()
        return True

    # --- problems -------------------------------------------------------------------------------------------

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """Show each problem beside its control; problems about no shown control go to a line at the top.

        Args:
            problems: from :func:`~coopclient.core.labeling.validate_result` on :meth:`result`.
        """
        self.clear_problems()
        result = self.result()
        by_control: dict[str, list[str]] = {}
        general: list[str] = []
        for problem in problems:
            name = control_for_field(problem.field, result, self._editors)
            if name is None:
                general.append(str(problem))
            else:
                words = member_words(problem)  # config jargon ('<Choices name=…> needs…') said plainly
                by_control.setdefault(name, []).append(
                    problem.message if words is None else marked("AnnotationPane", words)
                )
        for name, messages in by_control.items():
            self._editors[name].set_problem("\n".join(messages))
        self._general.setText("\n".join(general))
        self._general.setVisible(bool(general))
        self._scroll_to_first_problem()

    def _scroll_to_first_problem(self) -> None:
        """Bring the first control with a problem into view: the reason was once shown scrolled out of sight."""
        wrong = [editor for editor in self._editors.values() if editor.has_problem()]
        if not wrong:
            return
        first = min(wrong, key=lambda editor: editor.mapTo(self._page, QPoint(0, 0)).y())
        layout = self._page.layout()
        if layout is not None:
            layout.activate()  # the problem lines just shown need their place before it is scrolled to
        self._scroll.ensureWidgetVisible(first.problem, 0, PAGE_MARGINS[1])

    def clear_problems(self) -> None:
        """Hide every problem message."""
        self._general.clear()
        self._general.hide()
        for editor in self._editors.values():
            editor.set_problem(None)

    # --- keys -----------------------------------------------------------------------------------------------

    def handle_key(self, event: QKeyEvent) -> bool:
        """Apply a hotkey or digit, remove a span with Delete/Backspace, or move/resize/remove the selected box.

        Keys with Ctrl, Alt or Meta are never used (Ctrl+Enter belongs to the window), except Alt+arrows on a
        box in a focused image; nor is any key while an editable text field has the focus.

        Args:
            event: a key press.

        Returns:
            Whether the key was used.
        """
        focus = QApplication.focusWidget()
        if isinstance(focus, ImageView) and self.isAncestorOf(focus) and focus.handle_key(event):
            return True  # arrows, Alt+arrows, Delete… on the selected box
        if not self._editors or event.modifiers() & _BLOCKING_MODIFIERS or _editing_text():
            return False
        if event.key() in _DELETE_KEYS:
            return self._remove_span(backwards=event.key() == Qt.Key.Key_Backspace)
        text = event.text()
        target = self._keymap.target(text.lower()) if len(text) == 1 else None
        if target is None or self._editors[target.control].isHidden():
            return False  # a control hidden by visibleWhen takes no keys
        self._editors[target.control].activate(target.index)
        return True

    def key_sheet(self) -> list[tuple[str, str, str]]:
        """The annotation keys for the shortcuts sheet: (group, what it does, the keys), this task's own first."""
        here = self.tr("This task")
        rows = [
            (here, f"{humanize(control.name)}: {self._option_name(control, index)}", key.upper())
            for control in self._shown_controls
            for index, key in sorted(self._keymap.keys_of(control.name).items())
        ]
        general = self.tr("Annotating")
        return [
            *rows,
            (general, self.tr("Choose an option, a rating or a label"), self.tr("its key, or 1–9")),
            (general, self.tr("Select text for an entity"), self.tr("Shift+arrows; Ctrl+Shift+arrows by word")),
            (general, self.tr("Remove the entity at the cursor"), self.tr("Delete, Backspace")),
            (general, self.tr("Go to the next or the previous field"), self.tr("Tab, Shift+Tab")),
            (general, self.tr("Save this task and go to the next"), self.tr("Ctrl+Enter")),
            (general, self.tr("Choose a box to change"), self.tr("Tab to the list of boxes, then arrows")),
            (general, self.tr("Move the selected box"), self.tr("Arrows (with Shift: finer)")),
            (general, self.tr("Resize the selected box"), self.tr("Alt+arrows")),
            (general, self.tr("Remove the selected box"), self.tr("Delete")),
            (general, self.tr("Unselect the box"), self.tr("Escape")),
            (general, self.tr("See a blurred image (distressing work) clearly"), self.tr("hold F2, or the mouse")),
            (general, self.tr("Show a text hidden behind its warning"), self.tr("Tab to Show, then Space")),
        ]

    def _option_name(self, control: Control, index: int) -> str:
        if control.kind == "rating" or index >= len(control.options):
            return self.tr("%n star(s)", "", index + 1)
        return control.options[index].value

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys not used by a child widget land here: use them, or pass them on to the window."""
        if self.handle_key(event):
            event.accept()
        else:
            super().keyPressEvent(event)

    # --- building ---------------------------------------------------------------------------------------------

    def _new_page(self) -> QVBoxLayout:
        """Replace the shown page by an empty one, forgetting editors and problems; return its layout."""
        old = self._scroll.takeWidget()
        if old is not None:
            # Deleted later, not now: show_task may be called from inside an event of one of its widgets.
            old.setParent(self)
            old.hide()
            old.deleteLater()
        self._editors = {}
        self._views = []
        self._passthrough = []
        self._keymap = KeyMap({})
        self.setFocusProxy(self._scroll)
        self.clear_problems()
        page = QWidget()
        set_point_size(page, PAGE_POINT_SIZE)
        self._page = page
        layout = QVBoxLayout(page)
        layout.setContentsMargins(*PAGE_MARGINS)
        layout.setSpacing(PAGE_SPACING)
        return layout

    def _present(self) -> None:
        """Put the page built since :meth:`_new_page` on screen.

        The page is shown once complete: children added to an already visible widget would only appear
        after a queued show, one event-loop turn later.
        """
        self._scroll.setWidget(self._page)
        self._page.show()

    def _add_instruction(self, layout: QVBoxLayout, header: str) -> None:
        """Show a ``<Header>`` line: the instruction."""
        label = plain_label(header, self._page, point_size=INSTRUCTION_POINT_SIZE)
        label.setAccessibleName(self.tr("Instructions"))
        layout.addWidget(label)

    def _add_views(
        self,
        layout: QVBoxLayout,
        config: LabelingConfig,
        data: Mapping[str, object],
        media: Mapping[str, str | None] | None,
        care: ContentCare | None = None,
    ) -> dict[str, ObjectView]:
        """A text view per ``<Text>`` object and an image view per ``<Image>`` shown, by object name.

        An image that is not on this computer, or can't be read, gets a message in its place and no view. For
        distressing work, images are softened and texts collapsed behind the warning, as ``care`` says.
        """
        views: dict[str, ObjectView] = {}
        self._waiting = set()
        self._collapsed = []
        soft = care is not None and care.blur
        hide = care is not None and care.hide_text and not self._text_open
        for obj in config.objects:
            value = data.get(obj.value_key)
            widget: QWidget | None = None
            if obj.tag == "Text" and isinstance(value, str) and hide and care is not None:
                collapsed = CollapsedText(care.warning, self._page)
                collapsed.shown.connect(self._open_text)
                self._collapsed.append(collapsed)
                widget = collapsed
            elif obj.tag == "Text" and isinstance(value, str):
                widget = views[obj.name] = TaskTextView(value, self._page)
            elif obj.tag == "Image":
                widget = image_view(obj, data, media, self._images, self._page, soft)
                if isinstance(widget, ImageView):
                    views[obj.name] = widget
                elif isinstance(widget, LoadingImage):
                    self._waiting.add(widget.path)
            if widget is not None:
                layout.addWidget(widget)
        self._views = list(views.values())
        return views

    def prefetch(
        self,
        config: LabelingConfig,
        data: Mapping[str, object],
        media: Mapping[str, str | None] | None,
        soft: bool = False,
    ) -> None:
        """Decode a task's images ahead of its showing (the look-ahead calls it for the next task); softened
        (``soft``) for distressing work, so the next flagged image is ready transformed."""
        for path in image_paths(config.objects, data, media):
            self._images.request(path, soft)

    def reveal(self, on: bool) -> None:
        """Show the sharp originals of softened images (the reveal key is held), or soften them again."""
        for view in self._views:
            if isinstance(view, ImageView):
                view.set_revealed(on)

    def _open_text(self) -> None:
        """The member pressed Show: the task again with its text, keeping the answer; the focus to the text."""
        self._text_open = True
        self._show_again()
        if self._views:
            self._views[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_image_ready(self, path: Path) -> None:
        """An image the page waits for is decoded: show the task again with it, keeping the member's answer."""
        shown = self._shown
        if path not in self._waiting or shown is None:
            return
        self._waiting.discard(path)
        self._show_again()

    def _show_again(self) -> None:
        """Build the page of the task shown again (an image decoded, the text shown), keeping the answer."""
        shown = self._shown
        if shown is None:
            return
        answer = self.result()
        history = copy.copy(self._history)  # the member's edits so far stay undoable (reset makes a new stack)
        self.show_task(shown.config, shown.data, answer, media=shown.media, notice=shown.notice, care=shown.care)
        self._history = history

    def _add_editor(self, control: Control, view: ObjectView) -> ControlEditor:
        """The editor of ``control`` (whose object is shown in ``view``), wired to the pane."""
        keys = self._keymap.keys_of(control.name)
        editor: ControlEditor
        if control.kind == "labels" and isinstance(view, TaskTextView):
            editor = NerEditor(control, keys, view, self._page)
        elif control.kind == "rectanglelabels" and isinstance(view, ImageView):
            editor = RectangleEditor(control, keys, view, self._page)
        elif control.kind == "rating":
            editor = RatingEditor(control, keys, self._page)
        elif control.kind == "textarea":
            editor = TextAreaEditor(control, keys, self._page)
        else:
            editor = ChoicesEditor(control, keys, self._page)
        editor.changed.connect(functools.partial(self._on_editor_changed, editor))
        self._editors[control.name] = editor
        return editor

    def _note(self, text: str) -> QWidget:
        """A quiet line of information."""
        label = plain_label(text, self._page)
        set_text_colour(label, muted_colour(self.palette()))
        return label

    def _load(self, result: Sequence[Mapping[str, object]]) -> None:
        """Show ``result`` in the editors; keep the regions of other controls as they are."""
        for name, editor in self._editors.items():
            editor.load(regions_for(result, name))
        self._passthrough = [
            copy.deepcopy(dict(region))
            for region in result
            if isinstance(region, Mapping) and region.get("from_name") not in self._editors
        ]
        self._update_visibility()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Let the task texts grow with the pane."""
        super().resizeEvent(event)
        self._fit_views()

    def _fit_views(self) -> None:
        """Cap each task text's and image's height at a share of the pane's height."""
        for view in self._views:
            share = TEXT_SHARE if isinstance(view, TaskTextView) else IMAGE_SHARE
            view.max_fit_height = max(MIN_HEIGHT, int(self.height() * share))
            if isinstance(view, ImageView):  # as wide as the page can be, with or without a scroll bar
                scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
                view.fit_width = self.width() - PAGE_MARGINS[0] - PAGE_MARGINS[2] - scroll_bar
            view.fit_height()

    def _settle_focus(self, had_focus: bool) -> None:
        """Let the first text or image view take the pane's focus; keep the focus in the pane if it was there."""
        view: QWidget | None = self._views[0] if self._views else None
        if self._collapsed:
            view = self._collapsed[0].button  # the text waits behind its warning: Show is the first stop
        if view is None:
            return
        self.setFocusProxy(view)
        if had_focus:
            view.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- reacting -------------------------------------------------------------------------------------------

    def _on_editor_changed(self, editor: ControlEditor) -> None:
        """Record the member's change for undo and pass it on."""
        editor.set_problem(None)
        self._update_visibility()
        if self._history.push(self.result(), editor.merge_key()):
            self.changed.emit()

    def _remove_span(self, backwards: bool) -> bool:
        """Delete/Backspace in a NER text view removes the span at the cursor."""
        for editor in self._editors.values():
            if isinstance(editor, NerEditor) and editor.view.hasFocus():
                return editor.remove_at_cursor(backwards)
        return False

    def _contains_focus(self) -> bool:
        """Whether the keyboard focus is inside the pane."""
        focus = QApplication.focusWidget()
        return focus is not None and self.isAncestorOf(focus)


def _named_in(region: Region, names: set[str]) -> bool:
    """Whether the region's ``from_name`` is one of ``names`` (a kept region's may be anything)."""
    name = region.get("from_name")
    return isinstance(name, str) and name in names


def _editing_text() -> bool:
    """Whether the keyboard focus is in an editable text field (keys type text there)."""
    focus = QApplication.focusWidget()
    return isinstance(focus, QPlainTextEdit | QTextEdit | QLineEdit) and not focus.isReadOnly()
