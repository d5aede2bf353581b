"""``telcobiz insurance``: what the 個人情報漏洩保険 pays for a lost phone (INS-1..INS-3).

``--records N --mental X`` means N leaked records, each claiming X yen of mental damage
(N × X in all): the insurance limit is per record, so the amount per record is what matters.

>>> from telcobiz.cli import main
>>> main(["insurance", "assess", "--mental", "350000", "--date", "2026-05-01", "--lang", "en"])
Personal-information leak insurance: pays 250,000円 of 350,000円 claimed; you bear 100,000円
...
0
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import Any

from telcobiz.cli._common import (
    EXIT_OK,
    EXIT_RULE_SAYS_NO,
    add_json_flag,
    add_lang_flag,
    emit,
    fail,
    parse_date,
)
from telcobiz.core.errors import InvalidInput, OutOfRange, RuleViolation
from telcobiz.core.jst import JST, jst_date
from telcobiz.core.money import Yen
from telcobiz.core.text import percent
from telcobiz.policy.insurance import (
    Accident,
    Contract,
    ContractHolder,
    InsuranceYear,
    RecordDamages,
    assess,
    coverage_terms,
)

_ASSESS_EPILOG = """\
amounts are yen: 3000000, 3,000,000 or 3,000,000円.

--records and --mental: --records 20 --mental 400000 means 20 leaked personal-information
records, EACH claiming 400,000 yen of mental damage (8,000,000 yen in all). The insurance
counts at most 300,000 yen of mental damage per record, so give the amount per record;
--mental without --records is one record. --liability is every other legal liability
(damages, lawyers' and litigation fees); --response the press conference, apology gifts and
outside consultants (paid at 90%).

example:
  telcobiz insurance assess --liability 3000000 --records 20 --mental 400000 --response 800000
"""


def register(areas: Any) -> None:
    """Add ``insurance assess|terms`` to the command line."""
    insurance = areas.add_parser(
        "insurance", help="個人情報漏洩保険: what the insurance pays for a lost or stolen phone"
    )
    verbs = insurance.add_subparsers(dest="verb", metavar="VERB", required=True)

    assess_ = verbs.add_parser(
        "assess",
        help="the payout for one accident, step by step",
        description="What the 個人情報漏洩保険 pays for one accident, and what you bear "
        "(deductible, coverage ratio, per-record, per-phone and per-contract limits).",
        epilog=_ASSESS_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    assess_.add_argument(
        "--liability",
        default="0",
        metavar="YEN",
        help="① legal liability other than mental damage (damages, lawyers' fees); default 0",
    )
    assess_.add_argument(
        "--records",
        default=None,
        metavar="N",
        help="how many leaked records claim mental damage (default 1 with --mental)",
    )
    assess_.add_argument(
        "--mental",
        default=None,
        metavar="YEN",
        help="① mental damage PER RECORD: each of the --records records claims this much",
    )
    assess_.add_argument(
        "--response",
        default="0",
        metavar="YEN",
        help="② press conference, apology gifts, outside consultants; default 0",
    )
    assess_.add_argument(
        "--date", default=None, help="accident date YYYY-MM-DD (default: today, JST)"
    )
    assess_.add_argument("--phone", default="1", help="which phone (default: 1)")
    assess_.add_argument("--contract", default="", help="the contract number (optional)")
    assess_.add_argument(
        "--holder",
        default="corporation",
        help="contract holder: corporation (default) or individual",
    )
    assess_.add_argument(
        "--year-start",
        default=None,
        metavar="DATE",
        help="first day of the insurance year (default: April 1 of the accident's fiscal year)",
    )
    add_lang_flag(assess_, "the explanation")
    add_json_flag(assess_)
    assess_.set_defaults(handler=_assess)

    terms = verbs.add_parser("terms", help="the insurance terms in force on a date, with sources")
    terms.add_argument("--date", default=None, help="YYYY-MM-DD (default: today, JST)")
    add_json_flag(terms)
    terms.set_defaults(handler=_terms)


def _today() -> date:
    # The command line is the one place that may read the clock.
    return jst_date(datetime.now(JST))


def _amount(text: str, field: str) -> Yen:
    try:
        amount = Yen.parse(text)
    except InvalidInput:
        raise InvalidInput.for_value(
            field, text, "an amount in yen such as 3000000 or 3,000,000円", code="cli.bad_amount"
        ) from None
    if amount < Yen.ZERO:
        raise InvalidInput.for_value(
            field, text, "an amount of 0 yen or more", code="insurance.negative_amount"
        )
    return amount


def _records(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise InvalidInput.for_value(
            "records", text, "a whole number of records", code="cli.bad_int"
        ) from None


def _mental(args: argparse.Namespace) -> tuple[RecordDamages, ...]:
    if args.mental is None:
        if args.records is not None:
            raise InvalidInput.for_value(
                "records",
                args.records,
                "--mental too: the mental damage claimed per record",
                code="cli.records_without_mental",
                problem="--records was given without --mental",
            )
        return ()
    records = 1 if args.records is None else _records(args.records)
    return (RecordDamages(records, _amount(args.mental, "mental")),)


def _insurance_year(args: argparse.Namespace, on: date) -> date | None:
    """``--year-start``, checked against ``--date`` in the command line's own words."""
    if not args.year_start:
        return None
    start = parse_date(args.year_start, field="year_start")
    year = InsuranceYear(start)
    if on not in year:
        raise OutOfRange(
            f"date: {on.isoformat()} is not in the insurance year that --year-start"
            f" {start.isoformat()} begins ({start.isoformat()} to {year.end.isoformat()});"
            " expected a --date in that year, or no --year-start (the fiscal year of --date)",
            code="insurance.outside_year",
            field="date",
            value=on.isoformat(),
            expected=f"a date from {start.isoformat()} to {year.end.isoformat()}",
        )
    return start


def _assess(args: argparse.Namespace) -> int:
    on = parse_date(args.date) if args.date else _today()
    year_start = _insurance_year(args, on)
    accident = Accident(
        on,
        args.phone,
        mental=_mental(args),
        other_liability=_amount(args.liability, "liability"),
        response_costs=_amount(args.response, "response"),
        contract=Contract(args.contract, ContractHolder.parse(args.holder)),
    )
    try:
        payout = assess(accident, year_start=year_start)
    except RuleViolation as error:
        return fail(error.message, code=EXIT_RULE_SAYS_NO)
    emit(args, payout.explain(args.lang), payout)
    return EXIT_OK


def _terms(args: argparse.Namespace) -> int:
    on = parse_date(args.date) if args.date else _today()
    terms = coverage_terms(on)
    human = "\n".join(
        [
            f"個人情報漏洩保険 on {on}:",
            f"  insured: {', '.join(h.label for h in terms.insured_holders)}"
            " (位置情報等提供契約の契約者)",
            f"  deductible: {terms.deductible} per accident, from ① first",
            f"  ① liability: {percent(terms.liability_ratio)}, {terms.liability_phone_limit}"
            f" per phone per year, mental damage {terms.mental_record_limit} per record",
            f"  ② response costs: {percent(terms.response_ratio)},"
            f" {terms.response_phone_limit} per phone per year",
            f"  ①+②: {terms.contract_limit} per contract per year",
            "sources:",
            *(f"  {citation}" for citation in terms.citations),
        ]
    )
    emit(args, human, {"on": on, "terms": terms})
    return EXIT_OK
