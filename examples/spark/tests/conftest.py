"""The Spark example's tests share one local[2] session per module: start-up takes seconds."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from examples.spark import cdr_job

if TYPE_CHECKING:
    from pyspark.sql import SparkSession


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    """A local[2] session, started once for a test module (start-up takes some seconds)."""
    session = cdr_job.spark_session(2, app_name="telcobiz-examples-test")
    yield session
    session.stop()
