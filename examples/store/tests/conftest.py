"""Fixtures of the store's tests: a folder of downloads built byte by byte, and a store."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from examples.store.schema import open_store
from examples.store.tests.downloads import write_folder


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
