r"""Reading CSV files of a :class:`~telcobiz.csvformats.layout.Layout` (CAC-6, DBO-7).

:func:`read` streams typed records out of bytes, text, a file object or an iterable of lines,
in constant memory, checking every value against its field: length in CP932 bytes (after
trailing half-width spaces are trimmed, so padded files read too), form and type. Once the
records are consumed, the stream's ``report`` counts lines read, accepted and rejected and
lists every problem. ``errors="strict"`` raises a
:class:`~telcobiz.csvformats.problems.CsvFormatError` at the first bad line;
``errors="collect"`` reports it and goes on, so every line ends as exactly one record or one
rejected line.

The reading engine, by concern: :mod:`~telcobiz.csvformats.reader.stream` is this public API
(:class:`RecordStream` and the functions that run one); :mod:`~telcobiz.csvformats.reader.source`
cuts the input into runs of complete lines; :mod:`~telcobiz.csvformats.reader.batch` reads a
run a column at a time (the fast path), with the column readers and value caches of
:mod:`~telcobiz.csvformats.reader.columns`; :mod:`~telcobiz.csvformats.reader.lines` reads a
run the fast path declines line by line, which finds and words every problem (the careful
path). Both ways give the same records and the same report.

>>> from telcobiz.csvformats import USAGE_SUMMARY
>>> data = "ご利用電話番号,合計料金,国内通話,国際通話,ａｕ通話,その他移動体\r\n".encode("cp932")
>>> data += b"05012345678,1928.50,56.00,0.00,1872.50,0.00\r\n"
>>> records = read(data, USAGE_SUMMARY)
>>> [str(record.total) for record in records], records.report.ok
(['1,928.50円'], True)
"""

from telcobiz.csvformats.reader.stream import (
    RecordStream,
    check_csv,
    is_valid_csv,
    read,
    validate_csv,
)

__all__ = ["RecordStream", "check_csv", "is_valid_csv", "read", "validate_csv"]
