"""What every ``check_…`` function of :mod:`telcobiz.policy` returns: a :class:`Report`.

A report lists every :class:`Problem` it found (empty = the rule says yes) and any
:class:`Note` (a caution that does not block: "a card may be refused"). ``validate_…``
functions are ``check_…(…).raise_first()``, so a check returns an empty report exactly when
the matching validate does not raise.

A problem never carries a secret: for a password the report names the rule broken, never
the value.

>>> from telcobiz.core.citation import RULEBOOK, Citation
>>> problem = Problem(
...     "demo.too_long", message="name: longer than 8 characters",
...     message_ja="name: 8文字を超えています", field="name", value="'abcdefghi'",
...     rule="CAC-1", citation=Citation(RULEBOOK, "CAC-1"))
>>> report = Report.of("demo name", [problem])
>>> report.ok, len(report), report.codes
(False, 1, ('demo.too_long',))
>>> str(report)
'demo name: 1 problem: name: longer than 8 characters (demo.too_long)'
>>> Report.of("demo name", []).raise_first()
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, NoReturn

import attrs

from telcobiz.core.citation import Citation
from telcobiz.core.errors import InvalidInput, RuleViolation, TelcobizError
from telcobiz.core.frames import ColumnKind, columns, to_dataframe
from telcobiz.core.text import check_lang

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Note", "Problem", "ProblemKind", "Report"]

_PROBLEM_COLUMNS = columns(
    code=ColumnKind.TEXT,
    field="text",
    message="text",
    message_ja="text",
    rule=ColumnKind.TEXT,
    citation="text",
)


class ProblemKind(enum.Enum):
    """Whether a problem is bad input or a business rule saying no; picks the error class.

    >>> ProblemKind.RULE.error_class.__name__, ProblemKind.RULE.label
    ('RuleViolation', 'ルール違反')
    """

    INVALID_INPUT = "invalid_input"
    RULE = "rule"

    @property
    def label(self) -> str:
        """A short Japanese label."""
        return {ProblemKind.INVALID_INPUT: "入力誤り", ProblemKind.RULE: "ルール違反"}[self]

    @property
    def error_class(self) -> type[TelcobizError]:
        """The :class:`~telcobiz.core.errors.TelcobizError` subclass this kind raises."""
        return InvalidInput if self is ProblemKind.INVALID_INPUT else RuleViolation


@attrs.frozen
class Problem:
    """One broken rule: a stable code, messages in English and Japanese, where it comes from.

    Attributes:
        code: the dotted error code (listed in the docs' *Error codes* page).
        message: what is wrong and what was expected, in English.
        message_ja: the same in Japanese; where the service shows a message of its own, that
            message character for character.
        field: the argument or field at fault.
        value: the offending value as text (``repr``), or ``None`` for secrets.
        rule: the rule ID of the catalogue (:mod:`telcobiz.rules`).
        citation: the source section the rule comes from.
        kind: bad input (raises ``InvalidInput``) or a rule that says no (``RuleViolation``).
        secret: true for passwords: the raised error shows ``***`` as its value.

    >>> from telcobiz.core.citation import RULEBOOK, Citation
    >>> Problem("demo.x", "x is off", "xが不正です", "x", None, "CAC-1",
    ...         Citation(RULEBOOK, "CAC-1")).kind
    <ProblemKind.INVALID_INPUT: 'invalid_input'>
    """

    code: str
    message: str
    message_ja: str
    field: str | None
    value: str | None
    rule: str
    citation: Citation | None
    kind: ProblemKind = ProblemKind.INVALID_INPUT
    secret: bool = False

    def text(self, lang: str = "en") -> str:
        """Return the message in ``lang`` (``"en"`` or ``"ja"``).

        >>> from telcobiz.core.citation import RULEBOOK, Citation
        >>> Problem("demo.x", "x is off", "xが不正です", "x", None, "CAC-1",
        ...         Citation(RULEBOOK, "CAC-1")).text("ja")
        'xが不正です'
        """
        check_lang(lang)
        return self.message_ja if lang == "ja" else self.message

    def to_error(self) -> TelcobizError:
        """Return the problem as the error a ``validate_…`` function raises.

        >>> from telcobiz.core.citation import RULEBOOK, Citation
        >>> error = Problem("demo.pw", "password: too short", "短すぎます", "password", None,
        ...                 "CAC-1", Citation(RULEBOOK, "CAC-1"), secret=True).to_error()
        >>> type(error).__name__, error.code, error.value
        ('InvalidInput', 'demo.pw', '***')
        """
        return self.kind.error_class(
            self.message,
            code=self.code,
            field=self.field,
            value=self.value,
            expected=None,
            secret=self.secret,
        )


@attrs.frozen
class Note:
    """A caution that does not make a check fail (e.g. "this card issuer may be refused").

    >>> from telcobiz.core.citation import RULEBOOK, Citation
    >>> Note("a card may be refused", "ご利用いただけない場合があります", "DBO-4",
    ...      Citation(RULEBOOK, "DBO-4")).rule
    'DBO-4'
    """

    message: str
    message_ja: str
    rule: str
    citation: Citation | None = None

    def text(self, lang: str = "en") -> str:
        """Return the note in ``lang`` (``"en"`` or ``"ja"``).

        >>> Note("careful", "注意", "DBO-4").text("en")
        'careful'
        """
        check_lang(lang)
        return self.message_ja if lang == "ja" else self.message


def _check_ok(instance: Report, attribute: attrs.Attribute[bool], value: bool) -> None:
    if value is not (not instance.problems):
        raise InvalidInput.for_value(
            "ok", value, "ok to be true exactly when there are no problems", code="report.bad_ok"
        )


@attrs.frozen
class Report:
    """Every problem a ``check_…`` function found, the notes, and the rules and citations.

    ``ok`` comes first: true exactly when ``problems`` is empty. ``len(report)`` is the number
    of problems, so an empty report is falsy like an empty list. Build one with
    :meth:`Report.of`.

    >>> report = Report.of("corporate number 7-0000-1205-0002", [], rules=["DBO-5"])
    >>> report.ok, bool(report), str(report)
    (True, False, 'corporate number 7-0000-1205-0002: no problems')
    """

    ok: bool = attrs.field(validator=_check_ok)
    problems: tuple[Problem, ...]
    notes: tuple[Note, ...]
    subject: str
    rules: tuple[str, ...]
    citations: tuple[Citation, ...]

    @classmethod
    def of(
        cls,
        subject: str,
        problems: Iterable[Problem],
        *,
        notes: Iterable[Note] = (),
        rules: Iterable[str] = (),
        citations: Iterable[Citation] = (),
    ) -> Report:
        """Build a report; rules and citations of the problems and notes are added, in order.

        >>> Report.of("x", [], rules=["DMP-2", "DMP-2"]).rules
        ('DMP-2',)
        """
        found = tuple(problems)
        cautions = tuple(notes)
        all_rules = [*rules, *(p.rule for p in found), *(n.rule for n in cautions)]
        all_citations = [
            *citations,
            *(p.citation for p in found if p.citation is not None),
            *(n.citation for n in cautions if n.citation is not None),
        ]
        return cls(
            ok=not found,
            problems=found,
            notes=cautions,
            subject=subject,
            rules=tuple(dict.fromkeys(all_rules)),
            citations=tuple(dict.fromkeys(all_citations)),
        )

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes of the problems, in order.

        >>> Report.of("x", []).codes
        ()
        """
        return tuple(problem.code for problem in self.problems)

    def __len__(self) -> int:
        return len(self.problems)

    def __iter__(self) -> Iterator[Problem]:
        return iter(self.problems)

    def raise_first(self) -> None:
        """Raise the first problem as its :class:`~telcobiz.core.errors.TelcobizError`; else return.

        >>> Report.of("x", []).raise_first() is None
        True
        """
        if self.problems:
            _raise(self.problems[0])

    def _sentence(self, lang: str) -> str:
        if self.ok:
            return f"{self.subject}: " + ("問題ありません" if lang == "ja" else "no problems")
        count = len(self.problems)
        if lang == "ja":
            head = f"{self.subject}: 問題 {count} 件: "
        else:
            head = f"{self.subject}: {count} problem{'s' if count > 1 else ''}: "
        return head + "; ".join(f"{p.text(lang)} ({p.code})" for p in self.problems)

    def __str__(self) -> str:
        return self._sentence("en")

    def explain(self, lang: str = "ja") -> str:
        """Give the full breakdown: the answer, each problem and note, the rules, citations.

        >>> print(Report.of("demo", [], rules=["DBO-5"]).explain("en"))
        demo: no problems
        rules: DBO-5
        """
        check_lang(lang)
        lines = [self._sentence(lang) if self.ok else self._head(lang)]
        lines.extend(f"- [{p.code}] {p.text(lang)}" for p in self.problems)
        note = "注意" if lang == "ja" else "note"
        lines.extend(f"- {note}: {n.text(lang)}" for n in self.notes)
        lines.append(("根拠" if lang == "ja" else "rules") + ": " + ", ".join(self.rules))
        lines.extend(f"- {citation}" for citation in self.citations)
        return "\n".join(lines)

    def _head(self, lang: str) -> str:
        count = len(self.problems)
        if lang == "ja":
            return f"{self.subject}: 問題 {count} 件"
        return f"{self.subject}: {count} problem{'s' if count > 1 else ''}"

    def to_rows(self) -> list[dict[str, Any]]:
        """One plain dict per problem (code, field, message, message_ja, rule, citation).

        >>> Report.of("x", []).to_rows()
        []
        """
        return [
            {
                "code": p.code,
                "field": p.field,
                "message": p.message,
                "message_ja": p.message_ja,
                "rule": p.rule,
                "citation": None if p.citation is None else str(p.citation),
            }
            for p in self.problems
        ]

    def to_dataframe(self) -> pd.DataFrame:
        """:meth:`to_rows` as a pandas DataFrame, one row per problem (the ``pandas`` extra).

        >>> list(Report.of("x", []).to_dataframe().columns)
        ['code', 'field', 'message', 'message_ja', 'rule', 'citation']
        """
        return to_dataframe(self.to_rows(), _PROBLEM_COLUMNS, needed_by="Report.to_dataframe()")


def _raise(problem: Problem) -> NoReturn:
    raise problem.to_error()
