"""telcobiz works without pandas, pyarrow and numpy; only to_dataframe() and Arrow need them.

A fresh interpreter blocks the three (``sys.modules[name] = None`` makes every import of them
fail), imports every telcobiz module but the hypothesis strategies, prices the README's
December, reads the seed's call, counts business days, and checks that ``to_dataframe()``
and ``iter_batches()`` then say which extra to install (issue 17).
"""

import subprocess
import sys

SCRIPT = r"""
import sys
for name in ("pandas", "pyarrow", "numpy"):
    sys.modules[name] = None

import importlib
from pathlib import Path
import telcobiz
root = Path(telcobiz.__file__).parent
for path in sorted(root.rglob("*.py")):
    name = ".".join(("telcobiz", *path.relative_to(root).with_suffix("").parts))
    name = name.removesuffix(".__init__")
    # __main__ runs the command line; telcobiz.testing needs hypothesis, which itself fails
    # when sys.modules["numpy"] is None (it checks `"numpy" in sys.modules`).
    if name != "telcobiz.__main__" and not name.startswith("telcobiz.testing"):
        importlib.import_module(name)

from datetime import date
from telcobiz import BusinessCalendar
from telcobiz.core.errors import MissingExtra
from telcobiz.csvformats import CALL_DETAIL, read
from telcobiz.csvformats.arrow import iter_batches
from telcobiz.pricing import DeviceGroup, quote

fleet = [
    DeviceGroup("android", "android", 80, date(2026, 11, 5), options=["backup", "message"]),
    DeviceGroup("ios", "ios", 40, date(2026, 11, 5), options=["message"]),
]
december = quote(fleet, "2026-12", basic_pack_ids=50)
assert str(december.total) == "90,464円", december

head = ",".join(CALL_DETAIL.titles)
line = "0120223335,2017/11/01,201221.5,03-1234-5678,東京,000106.0,外線,国内呼,8.00"
data = (head + "\r\n" + line + "\r\n").encode("cp932")
calls = list(read(data, CALL_DETAIL))
assert str(calls[0].charge) == "8円" and calls[0].area == "東京", calls

assert BusinessCalendar().add_business_days(date(2026, 11, 2), 5) == date(2026, 11, 10)

def missing(call):
    try:
        call()
    except MissingExtra as error:
        return error.code, error.expected
    raise AssertionError("no MissingExtra")

assert missing(december.to_dataframe) == ("missing_extra.pandas", 'pip install "telcobiz[pandas]"')
assert missing(lambda: read(data, CALL_DETAIL).to_dataframe())[0] == "missing_extra.pandas"
assert missing(lambda: list(iter_batches(data, CALL_DETAIL))) == (
    "missing_extra.arrow", 'pip install "telcobiz[arrow]"')
assert missing(lambda: read(data, CALL_DETAIL).to_arrow())[0] == "missing_extra.arrow"
assert all(sys.modules[name] is None for name in ("pandas", "pyarrow", "numpy"))
print("ok")
"""


def test_the_core_works_without_pandas_pyarrow_and_numpy():
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.stdout.strip() == "ok", done.stderr[-3000:]


def test_import_telcobiz_loads_none_of_them():
    script = (
        "import sys, telcobiz; print(sorted({'pandas', 'pyarrow', 'numpy'} & set(sys.modules)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip() == "[]"
