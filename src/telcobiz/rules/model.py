"""What one catalogue entry is: a :class:`Rule`, the :class:`Service` it belongs to, its values.

A rule's values are not copied into the catalogue: a :class:`RuleValue` names the table the
implementing code reads (a dotted path such as
``telcobiz.pricing.tables.DMP_PRICE_LISTS.entries[-1].value.basic_pack.amount``) and reads it
when asked. The catalogue sits below ``scheduling``, ``pricing`` and ``policy``, so it imports
them only then, never at import time.

>>> fee = RuleValue("basic fee with the Basic Pack",
...                 "telcobiz.pricing.tables.DMP_PRICE_LISTS.entries[-1].value.basic_pack.amount")
>>> fee.read(), fee.text()
(Yen('191'), '191円')
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

import attrs

from telcobiz.core.checks import expect_iterable
from telcobiz.core.citation import RULEBOOK, Citation
from telcobiz.core.text import check_lang
from telcobiz.rules.display import describe, lines_of, to_data
from telcobiz.rules.paths import resolve

__all__ = ["Rule", "RuleValue", "Service"]


class Service(enum.Enum):
    """The area a rule belongs to, named by the same word as its subpackages.

    Each member knows its rule-ID prefix and its names in English and Japanese.

    >>> Service.DEVICE_MANAGEMENT.prefix, Service.DEVICE_MANAGEMENT.label_ja
    ('DMP', 'KDDI デバイスマネジメントパック')
    """

    CALENDAR = "calendar"
    TAX = "tax"
    MESSAGE_CAST = "message_cast"
    DEVICE_MANAGEMENT = "device_management"
    ONLINE_SUPPORT = "online_support"
    INSURANCE = "insurance"
    SOFTBANK_BACKUP = "softbank_backup"
    CLOUD_AUTOCALL = "cloud_autocall"
    DOCOMO = "docomo"

    @property
    def prefix(self) -> str:
        """The prefix of this service's rule IDs (``"MC"`` for ``MC-1`` … ``MC-10``).

        >>> Service.SOFTBANK_BACKUP.prefix
        'SB'
        """
        return _SERVICE_NAMES[self][0]

    @property
    def label(self) -> str:
        """The service's name in English.

        >>> Service.CALENDAR.label
        'Business days and time (all sources)'
        """
        return _SERVICE_NAMES[self][1]

    @property
    def label_ja(self) -> str:
        """The service's name in Japanese, as its source document writes it.

        >>> Service.DOCOMO.label_ja
        'ドコモビジネスオンラインショップ'
        """
        return _SERVICE_NAMES[self][2]

    def name_in(self, lang: str = "en") -> str:
        """The service's name in ``lang`` (``"en"`` or ``"ja"``).

        >>> Service.TAX.name_in("ja")
        '消費税'
        """
        return self.label_ja if check_lang(lang) == "ja" else self.label


_SERVICE_NAMES: dict[Service, tuple[str, str, str]] = {
    Service.CALENDAR: ("CAL", "Business days and time (all sources)", "営業日と時刻（全資料）"),
    Service.TAX: ("TAX", "Consumption tax", "消費税"),
    Service.MESSAGE_CAST: ("MC", "KDDI Message Cast", "KDDI Message Cast"),
    Service.DEVICE_MANAGEMENT: (
        "DMP",
        "KDDI Device Management Pack",
        "KDDI デバイスマネジメントパック",
    ),
    Service.ONLINE_SUPPORT: (
        "BOS",
        "KDDI Business Online Support",
        "KDDI ビジネスオンラインサポート",
    ),
    Service.INSURANCE: ("INS", "Personal-information leak insurance", "個人情報漏洩保険"),
    Service.SOFTBANK_BACKUP: (
        "SB",
        "SoftBank backup and contact copy settings",
        "あんしんバックアップ／連絡先コピー設定",
    ),
    Service.CLOUD_AUTOCALL: ("CAC", "KDDI Cloud Auto Call self page", "KDDI クラウドオートコール"),
    Service.DOCOMO: ("DBO", "docomo business online shop", "ドコモビジネスオンラインショップ"),
}


@attrs.frozen
class RuleValue:
    """One value a rule states, read from the table the implementing code uses.

    ``path`` is a dotted path into the package: module and attribute names, ``[n]`` for a
    position, ``[NAME]`` for the mapping key whose enum name or value is ``NAME``, ``()`` to
    call with no arguments. Reading it imports what it names.

    >>> RuleValue("desk", "telcobiz.scheduling.windows.DOCOMO_CONTACT_CENTER").text()
    'ドコモビジネスコンタクトセンター: 平日（土日祝日・年末年始を除く） 9:00–17:00 JST'
    """

    label: str
    path: str

    def read(self) -> Any:
        """The value itself, as the implementing code holds it.

        >>> RuleValue("cut-off", "telcobiz.scheduling.message_cast.CANCELLATION_CUTOFF_DAY").read()
        10
        """
        return resolve(self.path)

    def text(self) -> str:
        """The value in one line of text (citations left out: the rule lists its sources).

        >>> RuleValue("kept for", "telcobiz.scheduling.cloud_autocall.DETAIL_FILE_KEPT_FOR").text()
        '48 hours'
        """
        return describe(self.read())

    def lines(self) -> list[str]:
        """The value as lines: one per row of a table, else the one line of :meth:`text`.

        >>> RuleValue("rates", "telcobiz.core.tax.CONSUMPTION_TAX_RATES").lines()[-1]
        'from 2019-10-01: 0.10'
        """
        return lines_of(self.read())

    def data(self) -> Any:
        """The value as JSON-ready data (the shared converter's form, citations left out).

        >>> RuleValue("cut-off", "telcobiz.scheduling.docomo.ORDER_CUTOFF").data()
        '13:00:00'
        """
        return to_data(self.read())


def _tuple(items: Sequence[Any]) -> tuple[Any, ...]:
    expect_iterable(items, "items", expected="a tuple", code="rules.bad_rule")
    return tuple(items)


@attrs.frozen
class Rule:
    """One rule of the catalogue: what it says, where it comes from, what telcobiz decided.

    Attributes:
        id: the stable rule ID, such as ``"DMP-3"``; results list it in their ``rules``.
        service: the :class:`Service` the rule belongs to.
        title: a one-line title in English.
        title_ja: the same title in Japanese (the source's own words where it has them).
        statement: the rule in a sentence.
        sources: where the rule is written: document, version, section and row.
        decision: where a source is silent or ambiguous, what it says, what was unclear,
            what telcobiz does and why; ``None`` where the source is plain.
        values: the rule's values that are data, read from the tables the code uses.
        implemented_by: dotted paths of the public functions and classes that apply it.

    >>> from telcobiz.rules import get
    >>> rule = get("DMP-3")
    >>> str(rule)
    'DMP-3: Basic fee with the Basic Pack (ベーシックパック併用)'
    >>> rule.citation.source.title
    'telcobiz rules'
    """

    id: str
    service: Service
    title: str
    title_ja: str
    statement: str
    sources: tuple[Citation, ...] = attrs.field(converter=_tuple)
    decision: str | None = None
    values: tuple[RuleValue, ...] = attrs.field(default=(), converter=_tuple)
    implemented_by: tuple[str, ...] = attrs.field(default=(), converter=_tuple)

    def __str__(self) -> str:
        return f"{self.id}: {self.title} ({self.title_ja})"

    @property
    def citation(self) -> Citation:
        """This catalogue entry as a citation (``telcobiz rules ID`` prints it).

        >>> from telcobiz.rules import get
        >>> str(get("SB-3").citation)
        'SB-3: telcobiz rules SB-3'
        """
        return Citation(RULEBOOK, self.id, rule=self.id)

    def implementations(self) -> tuple[Any, ...]:
        """The functions and classes of :attr:`implemented_by`, imported.

        >>> from telcobiz.rules import get
        >>> get("DBO-3").implementations()[0].__name__
        'invoice_payment'
        """
        return tuple(resolve(path) for path in self.implemented_by)

    def explain(self, lang: str = "en") -> str:
        """The whole entry as text: title, rule, values, sources, decision, implementations.

        Headings follow ``lang``; the rule and the decision are the project's English words,
        the values and sources keep the documents' Japanese.

        >>> from telcobiz.rules import get
        >>> lines = get("CAC-3").explain().splitlines()
        >>> lines[0]
        'CAC-3: Detail files are kept 48 hours (通話明細ファイルの保存期間)'
        >>> lines[2:4]
        ['values:', '- kept for: 48 hours']
        >>> lines[-2:]
        ['implemented by:', '- telcobiz.scheduling.cloud_autocall.detail_file_expires_at']
        >>> get("CAC-3").explain("ja").splitlines()[0]
        'CAC-3: 通話明細ファイルの保存期間 (Detail files are kept 48 hours)'
        """
        ja = check_lang(lang) == "ja"
        title = f"{self.id}: {self.title_ja} ({self.title})" if ja else str(self)
        lines = [title, self.statement]
        if self.values:
            lines.append("値:" if ja else "values:")
            for value in self.values:
                rows = value.lines()
                if len(rows) == 1:
                    lines.append(f"- {value.label}: {rows[0]}")
                else:
                    lines.append(f"- {value.label}:")
                    lines.extend(f"  - {row}" for row in rows)
        lines.append("出典:" if ja else "sources:")
        lines.extend(f"- {source}" for source in self.sources)
        if self.decision:
            lines.append(("判断: " if ja else "decision: ") + self.decision)
        if self.implemented_by:
            lines.append("実装:" if ja else "implemented by:")
            lines.extend(f"- {path}" for path in self.implemented_by)
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """The entry as JSON-ready data, its values read from the tables.

        >>> from telcobiz.rules import get
        >>> data = get("DMP-3").to_dict()
        >>> data["values"][0], data["sources"][0]["section"]
        ({'label': 'basic fee with the Basic Pack', 'value': '191'}, '§3.5.4')
        """
        return {
            "id": self.id,
            "service": self.service.value,
            "title": self.title,
            "title_ja": self.title_ja,
            "statement": self.statement,
            "values": [{"label": value.label, "value": value.data()} for value in self.values],
            "sources": [to_data(source, keep_citations=True) for source in self.sources],
            "decision": self.decision,
            "implemented_by": list(self.implemented_by),
        }
