"""One import engine for payment statements and members' earnings records (issues 12 and 13).

Pure: it reads the bytes it is given (CSV, tab-separated, or a JSON list) and returns
:class:`~coopclient.core.statement_line.StatementLine` s with row-level errors; storing them is the services'
and storage's work. :mod:`.table` decodes and splits (size limits, encodings), :mod:`.fields` reads cells,
:mod:`.presets` knows the formats, :mod:`.engine` puts them together.
"""

from coopclient.core.statements.engine import MAX_ERRORS_KEPT, Outcome, Statement, read_lines, read_statement
from coopclient.core.statements.fields import DateFormat, FieldError
from coopclient.core.statements.mapping import ColumnMapping, mapping_from_json, mapping_to_json
from coopclient.core.statements.presets import BUILTIN, Preset, platform_of
from coopclient.core.statements.table import Limits, RowError, StatementError

__all__ = [
    "BUILTIN",
    "MAX_ERRORS_KEPT",
    "ColumnMapping",
    "DateFormat",
    "FieldError",
    "Limits",
    "Outcome",
    "Preset",
    "RowError",
    "Statement",
    "StatementError",
    "mapping_from_json",
    "mapping_to_json",
    "platform_of",
    "read_lines",
    "read_statement",
]
