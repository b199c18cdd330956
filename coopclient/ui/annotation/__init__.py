"""The annotation pane: where a member annotates one task, keyboard-first.

:class:`AnnotationPane` shows a task of a Label Studio project (its labeling config and task data) and
builds one editor per control: choices, text area, rating and named-entity labels on text.
"""

from coopclient.ui.annotation.pane import AnnotationPane

__all__ = ["AnnotationPane"]
