"""Argilla 2.8's datasets in coopclient's terms: fields and questions as a labeling config, results as responses.

The app annotates every task against a Label Studio labeling config, so a dataset's fields and questions are
written as one (pure functions, no I/O):

- a ``text`` field is a ``<Text>`` and an ``image`` field an ``<Image>`` over the record's field of that name;
  a ``chat`` or ``custom`` field becomes a tag the parser names unsupported (``<ArgillaChatField>``);
- ``label_selection`` and ``multi_label_selection`` are ``<Choices>`` (single, multiple), ``rating`` a
  ``<Rating>`` when its options are 1..N and otherwise ``<Choices>`` of its numbers, ``text`` a
  ``<TextArea>``, ``span`` ``<Labels>`` on the question's field; ``ranking`` is named unsupported
  (``<ArgillaRanking>``).

Back the other way, a Label Studio result (what the app stores and the outbox sends) becomes Argilla's
response ``values``: ``{question: {"value": ...}}`` — a label's ``value`` string, a list of them, an integer
rating, a text, or spans ``{"label", "start", "end"}``. Names are escaped for XML; option values are kept
verbatim, because the response must carry exactly the dataset's option values.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import quoteattr

from coopclient.core.platform import Rejected, Unreachable

__all__ = ["DatasetShape", "label_config", "response_values", "shape_of"]

RATING = "rating"


@dataclass(frozen=True)
class DatasetShape:
    """A dataset's fields and questions as the server lists them (``items`` of each answer)."""

    fields: Sequence[Mapping[str, Any]]
    questions: Sequence[Mapping[str, Any]]

    def question(self, name: str) -> Mapping[str, Any] | None:
        """The question called ``name``, if the dataset has one."""
        return next((q for q in self.questions if q.get("name") == name), None)


def shape_of(fields: Mapping[str, Any], questions: Mapping[str, Any]) -> DatasetShape:
    """The shape from the ``GET .../fields`` and ``GET .../questions`` answers."""
    return DatasetShape(tuple(_items(fields, "fields")), tuple(_items(questions, "questions")))


def label_config(shape: DatasetShape) -> str:
    """The Label Studio config that shows the dataset's fields and asks its questions."""
    objects = [_object(field) for field in shape.fields]
    text_fields = [str(f["name"]) for f in shape.fields if _settings(f).get("type") == "text"]
    first = text_fields[0] if text_fields else (str(shape.fields[0]["name"]) if shape.fields else "")
    controls = [_control(question, first) for question in shape.questions]
    return "<View>\n" + "\n".join(objects + controls) + "\n</View>"


def _object(field: Mapping[str, Any]) -> str:
    name = str(field["name"])
    title = str(field.get("title") or name)
    kind = _settings(field).get("type")
    header = f"  <Header value={quoteattr(title)}/>"
    if kind == "text":
        return f"{header}\n  <Text name={quoteattr(name)} value={quoteattr('$' + name)}/>"
    if kind == "image":
        return f"{header}\n  <Image name={quoteattr(name)} value={quoteattr('$' + name)}/>"
    return f"  <ArgillaChatField name={quoteattr(name)} kind={quoteattr(str(kind))}/>"


def _control(question: Mapping[str, Any], first_field: str) -> str:
    name = quoteattr(str(question["name"]))
    settings = _settings(question)
    kind = settings.get("type")
    required = ' required="true"' if question.get("required") else ""
    header = f"  <Header value={quoteattr(str(question.get('title') or question['name']))}/>\n"
    to = quoteattr(first_field)
    if kind in ("label_selection", "multi_label_selection"):
        choice = "single" if kind == "label_selection" else "multiple"
        options = "".join(
            f"\n    <Choice value={quoteattr(str(o['value']))} alias={quoteattr(str(o['value']))}/>"
            for o in settings.get("options", ())
        )
        return f'{header}  <Choices name={name} toName={to} choice="{choice}"{required}>{options}\n  </Choices>'
    if kind == RATING:
        values = _rating_values(settings)
        if values == list(range(1, len(values) + 1)):
            return f'{header}  <Rating name={name} toName={to} maxRating="{len(values)}"{required}/>'
        options = "".join(f'\n    <Choice value="{v}"/>' for v in values)
        return f'{header}  <Choices name={name} toName={to} choice="single"{required}>{options}\n  </Choices>'
    if kind == "text":
        return f"{header}  <TextArea name={name} toName={to}{required}/>"
    if kind == "span":
        target = quoteattr(str(settings.get("field") or first_field))
        labels = "".join(f"\n    <Label value={quoteattr(str(o['value']))}/>" for o in settings.get("options", ()))
        return f"{header}  <Labels name={name} toName={target}{required}>{labels}\n  </Labels>"
    return f"  <ArgillaRanking name={name} kind={quoteattr(str(kind))}/>"


def response_values(result: Sequence[Mapping[str, Any]], shape: DatasetShape) -> dict[str, dict[str, Any]]:
    """Argilla's ``values`` for a Label Studio result on a dataset of ``shape``.

    Raises:
        Rejected: a result names a question the dataset does not have, or holds a value it cannot take
            (the outbox parks such a row with the reason instead of sending it again and again).
    """
    values: dict[str, dict[str, Any]] = {}
    spans: dict[str, list[dict[str, Any]]] = {}
    for item in result:
        name = str(item.get("from_name", ""))
        question = shape.question(name)
        if question is None:
            raise Rejected(f"result for {name!r}: the dataset has no such question", 422)
        kind = _settings(question).get("type")
        value = item.get("value")
        if not isinstance(value, Mapping):
            raise Rejected(f"result for {name!r}: no value", 422)
        if kind == "span":
            spans.setdefault(name, []).extend(_spans(name, value))
        else:
            values[name] = {"value": _plain_value(name, kind, value, question)}
    for name, items in spans.items():
        values[name] = {"value": sorted(items, key=lambda s: (s["start"], s["end"], s["label"]))}
    return values


def _plain_value(name: str, kind: Any, value: Mapping[str, Any], question: Mapping[str, Any]) -> Any:
    if kind == "label_selection":
        return _one(name, value.get("choices"))
    if kind == "multi_label_selection":
        choices = value.get("choices")
        if not isinstance(choices, list) or not all(isinstance(c, str) for c in choices):
            raise Rejected(f"result for {name!r}: choices must be a list of labels", 422)
        return list(choices)
    if kind == RATING:
        raw = value.get("rating") if "rating" in value else _one(name, value.get("choices"))
        rating = int(raw) if isinstance(raw, int | str) and str(raw).lstrip("-").isdigit() else None
        if rating is None or rating not in _rating_values(_settings(question)):
            raise Rejected(f"result for {name!r}: {raw!r} is not one of the rating's options", 422)
        return rating
    if kind == "text":
        text = value.get("text")
        parts: list[Any] = text if isinstance(text, list) else [text]
        if not parts or not all(isinstance(p, str) for p in parts):
            raise Rejected(f"result for {name!r}: the text is not text", 422)
        return "\n".join(str(p) for p in parts)
    raise Rejected(f"result for {name!r}: Argilla's {kind!r} questions are not supported", 422)


def _one(name: str, choices: Any) -> str:
    if not isinstance(choices, list) or len(choices) != 1 or not isinstance(choices[0], str):
        raise Rejected(f"result for {name!r}: exactly one label must be chosen", 422)
    return choices[0]


def _spans(name: str, value: Mapping[str, Any]) -> list[dict[str, Any]]:
    start, end, labels = value.get("start"), value.get("end"), value.get("labels")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
        raise Rejected(f"result for {name!r}: a span needs whole-number start < end", 422)
    if not isinstance(labels, list) or not labels or not all(isinstance(x, str) for x in labels):
        raise Rejected(f"result for {name!r}: a span needs a label", 422)
    return [{"label": label, "start": start, "end": end} for label in labels]


def _rating_values(settings: Mapping[str, Any]) -> list[int]:
    return sorted(int(o["value"]) for o in settings.get("options", ()) if isinstance(o.get("value"), int))


def _settings(item: Mapping[str, Any]) -> Mapping[str, Any]:
    settings = item.get("settings")
    return settings if isinstance(settings, Mapping) else {}


def _items(answer: Mapping[str, Any], what: str) -> list[Mapping[str, Any]]:
    items = answer.get("items")
    if not isinstance(items, list) or not all(isinstance(i, Mapping) and i.get("name") for i in items):
        raise Unreachable(f"the dataset's {what}: the answer was not the list expected")
    return items
