"""Test set-up of the Spark example: its modules on the path, one Spark session per module."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

# The example is a folder of scripts, not an installed package: its tests import them by name
# (cdr_job ships itself to the Spark workers under that same name).
sys.path.insert(0, str(Path(__file__).parent))

if TYPE_CHECKING:
    from pyspark.sql import SparkSession


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    """A local[2] session, started once for a test module (start-up takes some seconds)."""
    import cdr_job

    session = cdr_job.spark_session(2, app_name="telcobiz-examples-test")
    yield session
    session.stop()
