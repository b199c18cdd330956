"""Label Studio labeling configs: parse the XML config and check annotation results against it.

A Label Studio project describes its task with an XML *labeling config*: object tags (``<Text>``,
``<Image>``) show the task data, control tags (``<Choices>``, ``<TextArea>``, ``<Rating>``, ``<Labels>``,
``<RectangleLabels>``) collect the annotation. :func:`parse_config` turns the XML into a
:class:`LabelingConfig`; tags coopclient cannot show yet are recorded in ``unsupported_tags`` instead of
failing, so the app can explain why a project is not available offline (:func:`unsupported_reason`).

:func:`validate_result` checks an annotation result (Label Studio's ``result`` JSON, a list of regions)
against the config and the task data, and returns every :class:`Problem` it finds. It never raises on
malformed input, whatever its shape. :func:`ensure_valid` raises :class:`ResultInvalid` instead.

Offsets of text spans are Python string indices (code points) into the task text.

The package: :mod:`.model` (the parsed config), :mod:`.parsing` (XML and tag rules), :mod:`.validation`
(a whole result; what cannot be shown), :mod:`.regions` (one region's value), :mod:`.xmltree` and
:mod:`.values` (helpers).

Pure: standard library only, no I/O, no Qt.
"""

from __future__ import annotations

from coopclient.core.labeling.model import (
    REQUIRED,
    ConfigError,
    Control,
    LabelingConfig,
    ObjectTag,
    Option,
    Problem,
    StaticText,
    VisibleWhen,
)
from coopclient.core.labeling.parsing import parse_config
from coopclient.core.labeling.validation import (
    ResultInvalid,
    ensure_valid,
    unsupported_reason,
    validate_result,
    visible_controls,
)

__all__ = [
    "REQUIRED",
    "ConfigError",
    "Control",
    "LabelingConfig",
    "ObjectTag",
    "Option",
    "Problem",
    "ResultInvalid",
    "StaticText",
    "VisibleWhen",
    "ensure_valid",
    "parse_config",
    "unsupported_reason",
    "validate_result",
    "visible_controls",
]
