"""The settings command: show them, or set one (validated, stored and put in effect by one `apply`)."""

from __future__ import annotations

import argparse
import json

from coopclient.app import Environment
from coopclient.core.settings import SETTINGS
from coopclient.services.container import Services


def _settings_epilog() -> str:
    """The settings and what each accepts, from their declarations."""
    lines = ["settings:"]
    for key, setting in SETTINGS.items():
        if setting.low is not None and setting.high is not None:
            accepts = f"{setting.low} to {setting.high} {setting.unit}"
        elif setting.choices:
            accepts = " | ".join(setting.choices)
        else:
            accepts = {bool: "true | false", int: "a whole number"}.get(setting.type, "text")
        lines.append(f"  {key:<18} {accepts:<22} {setting.label}")
    return "\n".join(lines)


def cmd_settings(s: Services, a: argparse.Namespace, env: Environment) -> int:
    if a.settings_action == "show":
        for key, value in s.settings.values().items():
            env.out(f"{key} = {json.dumps(value)}    # {SETTINGS[key].label}")
        return 0
    applied = s.settings.apply_text(a.key, a.value)  # validated, stored and in effect, or SettingsError
    env.out(f"{a.key} = {json.dumps(applied.changed[a.key])}")
    return 0
