r"""The record classes of the KDDI クラウドオートコール download files (CAC-6, CAC-4).

:class:`UsageSummary` is one record of 電話番号別ご利用料金, :class:`CallDetail` one of 通話明細
(CAC-6); a call's :meth:`CallDetail.billing_month` is the month CAC-4 bills it in. Both are
frozen :class:`typing.NamedTuple` classes that convert to and from plain dicts
(:mod:`telcobiz.core.conversion`).

>>> call = CallDetail("05012345678", date(2017, 11, 30), time(23, 59), "03-1234-5678", "東京",
...                   CallDuration(1200), LineKind.EXTERNAL, "国内呼", Yen("16.00"))
>>> call.ended_at, call.billing_month()
(datetime.datetime(2017, 12, 1, 0, 1), YearMonth(2017, 12))
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import NamedTuple

from cattrs.cols import namedtuple_dict_structure_factory, namedtuple_dict_unstructure_factory

from telcobiz.core.conversion import converter
from telcobiz.core.money import Yen
from telcobiz.core.yearmonth import YearMonth
from telcobiz.csvformats.values import CallCount, CallDuration, LineKind

__all__ = ["CallDetail", "UsageSummary"]


class UsageSummary(NamedTuple):
    """One record of 電話番号別ご利用料金: a number's charges for the month (CAC-6).

    Amounts keep their sen (``Yen("1928.50")``); ``parts_total`` adds the four categories.

    >>> row = UsageSummary("05012345678", Yen("1928.50"), Yen("56.00"), Yen("0.00"),
    ...                    Yen("1872.50"), Yen("0.00"))
    >>> row.parts_total == row.total
    True
    """

    phone_number: str
    total: Yen
    domestic: Yen
    international: Yen
    au: Yen
    other_mobile: Yen

    @property
    def parts_total(self) -> Yen:
        """国内通話 + 国際通話 + au通話 + その他移動体.

        >>> UsageSummary("0312345678", Yen(9), Yen(8), Yen(0), Yen(0), Yen(0)).parts_total
        Yen('8')
        """
        return self.domestic + self.international + self.au + self.other_mobile


class CallDetail(NamedTuple):
    """One record of 通話明細: a call, or a count of 番号案内 calls (CAC-6).

    ``duration`` is a :class:`CallDuration` (tenths of a second) or, for 番号案内, a
    :class:`CallCount` (「3件」). ``started_at`` joins the date and time (JST, naive).

    >>> call = CallDetail("05012345678", date(2017, 11, 1), time(20, 12, 21, 500000),
    ...                   "03-1234-5678", "東京", CallDuration(660), LineKind.EXTERNAL,
    ...                   "国内呼", Yen("8.00"))
    >>> call.started_at
    datetime.datetime(2017, 11, 1, 20, 12, 21, 500000)
    >>> call.ended_at
    datetime.datetime(2017, 11, 1, 20, 13, 27, 500000)
    """

    phone_number: str
    call_date: date
    start_time: time
    called_number: str
    area: str
    duration: CallDuration | CallCount
    line_kind: LineKind
    call_type: str
    charge: Yen

    @property
    def started_at(self) -> datetime:
        """When the call started (JST, naive).

        >>> CallDetail("0312345678", date(2017, 11, 30), time(23, 59), "104", "番号案内",
        ...            CallCount(1), LineKind.EXTERNAL, "番号案内", Yen(60)).started_at
        datetime.datetime(2017, 11, 30, 23, 59)
        """
        return datetime.combine(self.call_date, self.start_time)

    @property
    def ended_at(self) -> datetime:
        """When the call ended: start + duration (a 番号案内 count has no duration: the start).

        >>> CallDetail("0312345678", date(2017, 11, 30), time(23, 59), "0312345678", "東京",
        ...            CallDuration(1200), LineKind.EXTERNAL, "国内呼", Yen(16)).ended_at
        datetime.datetime(2017, 12, 1, 0, 1)
        """
        if isinstance(self.duration, CallDuration):
            return self.started_at + self.duration.to_timedelta()
        return self.started_at

    @property
    def is_directory_assistance(self) -> bool:
        """True for a 番号案内 record (its 通話時間 is a count like 「3件」).

        >>> call = CallDetail("0312345678", date(2017, 11, 1), time(9), "104", "番号案内",
        ...                   CallCount(3), LineKind.EXTERNAL, "番号案内", Yen(180))
        >>> call.is_directory_assistance
        True
        """
        return isinstance(self.duration, CallCount)

    def billing_month(self) -> YearMonth:
        """The month this call is billed in (CAC-4).

        A call that runs past midnight into the next month is billed in that month; one that
        ends exactly at midnight is not.

        >>> CallDetail("0312345678", date(2017, 10, 31), time(23, 59), "0312345678", "東京",
        ...            CallDuration(1200), LineKind.EXTERNAL, "国内呼", Yen(16)).billing_month()
        YearMonth(2017, 11)
        """
        started = YearMonth.of(self.call_date)
        boundary = datetime.combine(started.shift(1).first_day, time())
        return started.shift(1) if self.ended_at > boundary else started


for _record_class in (UsageSummary, CallDetail):
    converter.register_unstructure_hook(
        _record_class, namedtuple_dict_unstructure_factory(_record_class, converter)
    )
    converter.register_structure_hook(
        _record_class, namedtuple_dict_structure_factory(_record_class, converter)
    )
