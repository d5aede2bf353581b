"""The store's SQLite schema: the files loaded, their rows, and every line they rejected.

Money is stored as **integer sen** (``8.00`` 円 is ``800``): SQLite's ``SUM`` over integers is
exact, while a ``TEXT`` decimal would be summed as a float and a ``REAL`` column is a float
from the start. An amount finer than a sen (the CSV form allows ``0.125``) cannot be stored
exactly, so such a line is rejected and recorded, never rounded.

- ``files``: one row per file loaded: its name in the folder, its SHA-256 (unique: the same
  bytes are never loaded twice), its layout, the counts of the read report and of the store,
  and ``replaced_by`` when a newer file of the same name took its place.
- ``calls`` (通話明細) and ``usage`` (電話番号別ご利用料金): one row per accepted line, keyed by
  file and line number; ``calls.billing_month`` is the month CAC-4 bills the call in.
- ``rejected_lines``: the raw bytes of every line that is not a row; ``line_problems``: what
  was wrong with it (one row per problem, with the library's code and message).

>>> connection = open_store(":memory:")
>>> [row[0] for row in connection.execute(
...     "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
['calls', 'files', 'line_problems', 'rejected_lines', 'usage']
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

__all__ = ["SCHEMA", "open_store"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL,
    sha256         TEXT NOT NULL UNIQUE,
    layout         TEXT NOT NULL,
    month          TEXT,
    lines_read     INTEGER NOT NULL,
    header_lines   INTEGER NOT NULL,
    accepted       INTEGER NOT NULL,
    rejected       INTEGER NOT NULL,
    rows           INTEGER NOT NULL,
    store_rejected INTEGER NOT NULL,
    loaded_at      TEXT NOT NULL,
    replaced_by    INTEGER REFERENCES files (id),
    CHECK (lines_read = header_lines + accepted + rejected),
    CHECK (accepted = rows + store_rejected)
);
CREATE INDEX IF NOT EXISTS files_by_name ON files (name) WHERE replaced_by IS NULL;

CREATE TABLE IF NOT EXISTS calls (
    file_id         INTEGER NOT NULL REFERENCES files (id),
    line            INTEGER NOT NULL,
    phone_number    TEXT NOT NULL,
    phone_key       TEXT NOT NULL,
    call_date       TEXT NOT NULL,
    start_time      TEXT NOT NULL,
    called_number   TEXT NOT NULL,
    area            TEXT NOT NULL,
    duration_tenths INTEGER,
    call_count      INTEGER,
    line_kind       TEXT NOT NULL,
    call_type       TEXT NOT NULL,
    charge_sen      INTEGER NOT NULL,
    billing_month   TEXT NOT NULL,
    PRIMARY KEY (file_id, line),
    CHECK ((duration_tenths IS NULL) <> (call_count IS NULL))
);
CREATE INDEX IF NOT EXISTS calls_by_month ON calls (billing_month, phone_key);

CREATE TABLE IF NOT EXISTS usage (
    file_id           INTEGER NOT NULL REFERENCES files (id),
    line              INTEGER NOT NULL,
    month             TEXT NOT NULL,
    phone_number      TEXT NOT NULL,
    phone_key         TEXT NOT NULL,
    total_sen         INTEGER NOT NULL,
    domestic_sen      INTEGER NOT NULL,
    international_sen INTEGER NOT NULL,
    au_sen            INTEGER NOT NULL,
    other_mobile_sen  INTEGER NOT NULL,
    PRIMARY KEY (file_id, line),
    UNIQUE (month, phone_key)
);

CREATE TABLE IF NOT EXISTS rejected_lines (
    file_id INTEGER NOT NULL REFERENCES files (id),
    line    INTEGER NOT NULL,
    raw     BLOB NOT NULL,
    PRIMARY KEY (file_id, line)
);

CREATE TABLE IF NOT EXISTS line_problems (
    file_id INTEGER NOT NULL REFERENCES files (id),
    line    INTEGER NOT NULL,
    field   TEXT,
    column  INTEGER,
    value   TEXT,
    code    TEXT NOT NULL,
    message TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS problems_by_line ON line_problems (file_id, line);
"""
"""The tables, created if missing (``CREATE … IF NOT EXISTS``), so opening is idempotent."""


def open_store(path: str | Path) -> sqlite3.Connection:
    """Open (and if need be create) the store at ``path``; ``":memory:"`` for a scratch one.

    The connection is in autocommit mode (``isolation_level=None``): the loader opens one
    explicit transaction per file, so a file is loaded whole or not at all.

    >>> open_store(":memory:").execute("PRAGMA foreign_keys").fetchone()
    (1,)
    """
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.executescript(SCHEMA)
    return connection
