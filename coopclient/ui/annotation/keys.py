"""Which key does what in the annotation pane.

Explicit hotkeys from the labeling config come first (the first control in config order wins a clash).
Then the digits 1..9 go to one control, the *digit owner*: the first control, in config order, that is a
Rating or a Choices/Labels/RectangleLabels whose options have no hotkeys. A digit already taken by an explicit hotkey
stays with that hotkey.

Pure: no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from coopclient.core.labeling import Control

MAX_DIGIT = 9


@dataclass(frozen=True)
class KeyTarget:
    """What a key does: pick the option (or star) at ``index`` (0-based) of the control ``control``."""

    control: str
    index: int


@dataclass(frozen=True)
class KeyMap:
    """The keys of one task's controls."""

    targets: Mapping[str, KeyTarget]

    def target(self, key: str) -> KeyTarget | None:
        """What ``key`` (a lower-case character) does, or None."""
        return self.targets.get(key)

    def keys_of(self, control: str) -> dict[int, str]:
        """The key of each option (or star) index of ``control`` that has one."""
        return {target.index: key for key, target in self.targets.items() if target.control == control}


def normalize_hotkey(hotkey: str | None) -> str | None:
    """A config hotkey as the lower-case character it is bound to; None if absent or not one character.

    Label Studio also allows combinations such as ``ctrl+1``; the desktop app binds only single keys.
    """
    if hotkey is None:
        return None
    key = hotkey.strip().lower()
    if len(key) != 1 or not key.isprintable() or key.isspace():
        return None
    return key


def option_count(control: Control) -> int:
    """How many things the digits can pick in ``control``: its options, or its stars."""
    return control.max_rating if control.kind == "rating" else len(control.options)


def takes_digits(control: Control) -> bool:
    """Whether ``control`` may own the digits: a Rating, or Choices/Labels/RectangleLabels without hotkeys."""
    if control.kind == "rating":
        return True
    if control.kind not in ("choices", "labels", "rectanglelabels"):
        return False
    return all(normalize_hotkey(option.hotkey) is None for option in control.options)


def digit_owner(controls: Sequence[Control]) -> Control | None:
    """The first control (in config order) that takes the digits, or None."""
    return next((control for control in controls if takes_digits(control)), None)


def assign_keys(controls: Sequence[Control]) -> KeyMap:
    """The key map of ``controls``: explicit hotkeys first, then digits for the digit owner."""
    targets: dict[str, KeyTarget] = {}
    for control in controls:
        for index, option in enumerate(control.options):
            key = normalize_hotkey(option.hotkey)
            if key is not None:
                targets.setdefault(key, KeyTarget(control.name, index))
    owner = digit_owner(controls)
    if owner is not None:
        for index in range(min(MAX_DIGIT, option_count(owner))):
            targets.setdefault(str(index + 1), KeyTarget(owner.name, index))
    return KeyMap(targets)
