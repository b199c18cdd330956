"""The commands of the member's work: import a batch or the demo, list tasks, the off-app timer, the report,
and the export of results.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from coopclient.app import Environment
from coopclient.cli.common import UsageError
from coopclient.core.categories import parse_category
from coopclient.core.estimate import Estimate
from coopclient.core.money import Money
from coopclient.services.batches import parse_rate as parse_piece_rate
from coopclient.services.batches import read_config
from coopclient.services.container import Services
from coopclient.services.estimates import Quote
from coopclient.services.reports import report_json

# -- commands --------------------------------------------------------------------------------------


def cmd_import_batch(s: Services, a: argparse.Namespace, env: Environment) -> int:
    config_path = a.config or a.file.with_suffix(".xml")
    if a.config is None and not config_path.exists():
        raise UsageError(f"{a.file}: no labeling config: pass --config FILE.xml (looked for {config_path})")
    warning = s.batches.content_warning(a.file)
    if warning is not None and not a.accept_warning:
        raise UsageError(
            f"{a.file}: this batch may be distressing: {warning}\n"
            "nothing was imported; to import it, run again with --accept-warning"
        )
    config, rate = read_config(config_path), parse_piece_rate(a.rate)
    if rate is not None:  # the pay known before the work is taken (issue 15)
        env.out(quote_text(s.estimates.quote(config.task_type, rate)))
    done = s.batches.import_file(a.file, config, a.project, rate)
    extra = f", {done.unsupported} unsupported" if done.unsupported else ""
    flagged = ", flagged as distressing: its images are shown grey and blurred" if warning is not None else ""
    env.out(
        f"imported {done.tasks} tasks{extra} into project {done.project!r} "
        f"(batch {done.batch_id}, {done.task_type}){flagged}"
    )
    return 0


def quote_text(quote: Quote) -> str:
    """The estimate line: "estimate: about 4.10 EUR/h (...) — 8.40 EUR/h below the floor", or why there is none."""
    result = quote.result
    if not isinstance(result, Estimate):
        return (
            f"estimate: not enough history yet ({result.have} of {result.need} {result.task_type} tasks finished "
            "with the timer)"
        )

    def h(m: Money) -> str:
        return f"{m.rounded()}/h"

    line = (
        f"estimate: about {h(result.median)} ({h(result.low)} to {h(result.high)} for half your tasks; "
        f"your pace on {result.tasks} {result.task_type} tasks)"
    )
    gap = quote.below_floor_by()
    if gap is None:
        return line + (" — no wage floor set" if quote.floor is None else "")
    if gap > Money.zero(gap.currency):
        return f"{line} — {h(gap)} below the floor"
    return f"{line} — {h(-gap)} above the floor"


def cmd_import_demo(s: Services, a: argparse.Namespace, env: Environment) -> int:
    done = s.batches.import_demo()
    for d in done:
        env.out(f"imported {d.tasks} tasks into {d.project!r} ({d.task_type})")
    if not done:
        env.out("the demo batch is already imported")
    return 0


def cmd_tasks(s: Services, a: argparse.Namespace, env: Environment) -> int:
    from coopclient.storage.catalog import CatalogRepo

    catalog = CatalogRepo(s.db)
    projects = {p.id: p for p in catalog.projects()}
    for t in catalog.tasks(status=a.status, limit=a.limit):
        project = projects[t.project_id]
        shown = _shown_text(s, t.project_id, t.data).replace("\n", " ")
        flag = " [unsupported]" if t.unsupported_reason else ""
        env.out(f"{t.id:>7}  {t.status:<8} {project.name[:24]:<24} {shown[:60]}{flag}")
    return 0


def _shown_text(s: Services, project_id: int, data: dict[str, Any]) -> str:
    """The text a task shows: the data its config's first object reads."""
    try:
        objects = s.results.config_for(project_id).objects
    except ValueError:
        objects = ()
    value = data.get(objects[0].value_key) if objects else None
    if isinstance(value, str):
        return value
    return next((v for v in data.values() if isinstance(v, str)), "")


def cmd_timer(s: Services, a: argparse.Namespace, env: Environment) -> int:
    if a.action == "start":
        session = s.timer.start_manual(parse_category(a.category), a.platform, a.note)
        env.out(f"timer started: {session.category}" + (f" on {session.platform}" if session.platform else ""))
    elif a.action == "stop":
        session, ms = s.timer.stop_manual()
        env.out(f"timer stopped: {session.category}, {_duration(ms)} recorded")
    else:
        running = s.timer.manual_status()
        if running is None:
            env.out("no manual timer running")
        else:
            session = running
            ms = max(0, s.clock.now().wall_ms - session.started_ms)
            env.out(
                f"running: {session.category}"
                + (f" on {session.platform}" if session.platform else "")
                + f", {_duration(ms)} so far"
            )
    return 0


def _duration(ms: int) -> str:
    minutes, seconds = divmod(ms // 1000, 60)
    h, m = divmod(minutes, 60)
    return f"{h}:{m:02d}:{seconds:02d}"


def cmd_report(s: Services, a: argparse.Namespace, env: Environment) -> int:
    if a.start and a.end and a.start > a.end:
        raise UsageError(f"--from {a.start} is after --to {a.end}")
    report = s.reports.report(a.start, a.end, a.by)
    data = report_json(report)
    if a.json:
        env.out(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    for line in _report_text(data):
        env.out(line)
    return 0


def _report_text(d: dict[str, Any]) -> list[str]:
    def m(x: dict[str, str] | None) -> str:
        return "—" if x is None else f"{x['amount']} {x['currency']}"

    rows = [("total", d["totals"])] + [(r["key"], r) for r in d["rows"]]
    period = f"{d['period']['from'] or 'start'} – {d['period']['to'] or 'now'}"
    lines = [f"Report {period} (in {d['currency']})"]
    for key, r in rows:
        h, w = r["hours"], r["wages_per_hour"]
        lines += [
            "",
            f"[{key}]",
            f"  hours: task {h['task_time']}, session {h['session_time']}, all-in {h['all_in']}"
            + (
                f"; idle awaiting your decision {h['idle_pending_decision']}"
                if h["idle_pending_decision"] != "0.0000"
                else ""
            ),
            "  " + ", ".join(f"{c} {v}" for c, v in h["by_category"].items() if v != "0.0000"),
            f"  earned {m(r['earnings']['earned'])}, fees {m(r['earnings']['fees'])}, "
            f"received {m(r['earnings']['received'])}",
            f"  per hour: task time {m(w['task_time'])} | session {m(w['session_time'])} | "
            f"all-in {m(w['all_in'])} | received {m(w['money_received'])}",
            f"  floor {m(r['floor_per_hour'])}/h: {r['hours_below_floor']} h below, shortfall {m(r['shortfall'])}",
        ]
    for rate in d["exchange_rates_used"]:
        lines.append(
            f"rate used: 1 {rate['from']} = {rate['rate']} {rate['to']} ({rate['rate_date']}"
            + (", last known" if rate["stale"] else "")
            + ")"
        )
    lines += [f"not converted: {u}" for u in d["unconverted"]] + [f"note: {n}" for n in d["notes"]]
    return lines


def cmd_export_results(s: Services, a: argparse.Namespace, env: Environment) -> int:
    try:
        count = s.batches.export_results(a.out)
    except OSError as exc:
        raise UsageError(f"{a.out}: cannot write: {exc.strerror or exc}") from None
    env.out(f"exported {count} results to {a.out}")
    return 0
