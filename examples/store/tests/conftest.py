"""Fixtures of the store's tests: a folder of downloads built byte by byte, and a store.

``examples`` is imported from the repository root, which ``--import-mode=importlib`` does not
put on ``sys.path``; this conftest does.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import sqlite3  # noqa: E402
from collections.abc import Iterator  # noqa: E402

import pytest  # noqa: E402
from examples.store.schema import open_store  # noqa: E402
from examples.store.tests.downloads import write_folder  # noqa: E402


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The month's downloads: October and November call details, November's summary."""
    return write_folder(tmp_path / "downloads")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    """An empty store in a file."""
    connection = open_store(tmp_path / "store.sqlite")
    yield connection
    connection.close()
