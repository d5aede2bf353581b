r"""KDDI クラウドオートコール download files: 電話番号別ご利用料金 and 通話明細 (CAC-6, CAC-4).

The two CSV layouts of 「KDDI クラウドオートコール」 セルフページのご利用方法
(■ダウンロードファイル(CSVファイル)のファイルレイアウト), as data: every length in CP932 bytes,
trailing half-width spaces trimmed (「※右半角スペースはトリミング」). Each summary record must
satisfy 合計料金 = 国内通話 + 国際通話 + au通話 + その他移動体 (CAC-6 Decision; switch it off
with ``USAGE_SUMMARY.without_checks()``). :func:`reconcile` checks a call-detail file against
a summary file number by number (CAC-4: sen are kept, the month total is shown truncated).

The record classes are in :mod:`~telcobiz.csvformats.cloud_autocall.records`, the layouts in
:mod:`~telcobiz.csvformats.cloud_autocall.layouts` and :func:`reconcile` in
:mod:`~telcobiz.csvformats.cloud_autocall.reconciliation`.

>>> from telcobiz import Rounding
>>> from telcobiz.csvformats import read
>>> summary = read("ご利用電話番号,合計料金,国内通話,国際通話,ａｕ通話,その他移動体\r\n"
...                "05012345678,1928.50,56.00,0.00,1872.50,0.00\r\n", USAGE_SUMMARY)
>>> record = next(summary)
>>> str(record.total), str(record.total.rounded(Rounding.DOWN))
('1,928.50円', '1,928円')
"""

from telcobiz.csvformats.cloud_autocall.layouts import CALL_DETAIL, USAGE_SUMMARY
from telcobiz.csvformats.cloud_autocall.reconciliation import (
    MONTH_TOTAL_ROUNDING,
    NumberReconciliation,
    Reconciliation,
    reconcile,
)
from telcobiz.csvformats.cloud_autocall.records import CallDetail, UsageSummary

__all__ = [
    "CALL_DETAIL",
    "MONTH_TOTAL_ROUNDING",
    "USAGE_SUMMARY",
    "CallDetail",
    "NumberReconciliation",
    "Reconciliation",
    "UsageSummary",
    "reconcile",
]
