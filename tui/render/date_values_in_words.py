"""A date fact's normalised value in words for the sidebar: TimeML values ("PT60S", "XXXX-WXX-3",
"PRESENT_REF") are for programs; a reader sees "60 seconds", "a Wednesday", "the present".

The exports and the report keep the value itself; this is only how the reader shows it. Values
of a form not known here are shown as they are.
"""

from __future__ import annotations

import re

_REFS = {"PRESENT_REF": "the present", "PAST_REF": "the past", "FUTURE_REF": "the future"}
#: TimeML writes a decade E, a century C and a millennium L (P1E, PXC, P2L); DE, CE and ML are TIDES'.
_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "S": "second",
          "DE": "decade", "CE": "century", "ML": "millennium", "E": "decade", "C": "century", "L": "millennium",
          "Q": "quarter"}
_TIME_UNITS = {"H": "hour", "M": "minute", "S": "second"}
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_PARTS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "MI": "midday", "DT": "daytime"}


def _amount(number: str, unit: str) -> str:
    if number == "X":
        return f"some {unit}s" if unit != "century" else "some centuries"
    count = float(number) if "." in number else int(number)
    plural = unit if count == 1 else ("centuries" if unit == "century" else "millennia" if unit == "millennium"
                                      else f"{unit}s")
    return f"{number} {plural}"


def _duration(value: str) -> str | None:
    match = re.fullmatch(r"P(?:(?P<date>(?:(?:\d+(?:\.\d+)?|X)(?:DE|CE|ML|[YMWDQECL]))+))?"
                         r"(?:T(?P<time>(?:(?:\d+(?:\.\d+)?|X)[HMS])+))?", value)
    if match is None or not (match["date"] or match["time"]):
        return None
    parts = [_amount(n, _UNITS[u]) for n, u in re.findall(r"(\d+(?:\.\d+)?|X)(DE|CE|ML|[YMWDQECL])", match["date"] or "")]
    parts += [_amount(n, _TIME_UNITS[u]) for n, u in re.findall(r"(\d+(?:\.\d+)?|X)([HMS])", match["time"] or "")]
    return ", ".join(parts)


def _weekday_words(value: str) -> str | None:
    """"XXXX-WXX-2" is "Tuesday", "XXXX-WXX-5TNI" "Friday night"; else None."""
    if m := re.fullmatch(r"XXXX-WXX-([1-7])(?:T(MO|AF|EV|NI|MI|DT))?", value):
        day = _WEEKDAYS[int(m[1]) - 1]
        return f"{day} {_PARTS[m[2]]}" if m[2] else day
    return None


def _month_words(value: str) -> str | None:
    """"XXXX-03" is "March", "XXXX-03-04" "March 4"; else None."""
    if m := re.fullmatch(r"XXXX-(0[1-9]|1[0-2])(?:-(\d\d))?", value):
        month = _MONTHS[int(m[1]) - 1]
        return f"{month} {int(m[2])}" if m[2] else month
    return None


def _unknown_year(value: str) -> str | None:
    if day := _weekday_words(value):
        return f"a {day}"
    if month := _month_words(value):
        return f"{month}, year unknown"
    if m := re.fullmatch(r"XXXX-XX-XXT(\d\d:\d\d(?::\d\d)?)", value):
        return f"{m[1]}, day unknown"
    return None


def value_words(value: str) -> str:
    """``value`` as a reader says it ("2 years", "a Tuesday night", "the 1990s"), else as it is."""
    if value in _REFS:
        return _REFS[value]
    if value.startswith("P"):
        return _duration(value) or value
    if value.startswith("XXXX"):
        return _unknown_year(value) or value
    if re.fullmatch(r"\d{3}", value):
        return f"the {value}0s"
    if re.fullmatch(r"\d{2}", value):  # "20": the years 2000 to 2099
        number = int(value) + 1
        suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
        return f"the {number}{suffix} century"
    # The calendar loads when a date is first shown: it stays out of the reader's first paint.
    from tui.extract.date_calendar import date_label

    return date_label(value)


_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}


def set_words(value: str, *, freq: str | None = None) -> str:
    """A set's value as a reader says it: "P1W" is "every week", "XXXX-WXX-7" "every Sunday",
    "P1W" with freq "2X" "twice a week"; a form not known here is said as ``value_words`` says it."""
    times = None
    if freq and (f := re.fullmatch(r"(\d+)X", freq)):
        times = {1: "once", 2: "twice"}.get(int(f[1]), f"{int(f[1])} times")
    if m := re.fullmatch(r"PT?(\d+(?:\.\d+)?|X)(DE|CE|ML|[YMWDQECLHS])", value):
        unit = (_TIME_UNITS if value.startswith("PT") else _UNITS)[m[2]]
        if m[1] == "1":
            return f"{times} a {unit}" if times else f"every {unit}"
        counted = f"every few {unit}s" if m[1] == "X" else f"every {_amount(m[1], unit)}"
        return f"{times}, {counted}" if times else counted
    recurring = _every(value)
    if recurring is None:
        return value_words(value)
    return f"{times}, {recurring}" if times else recurring


def _every(value: str) -> str | None:
    if recurring := _weekday_words(value) or _month_words(value):
        return f"every {recurring}"
    if m := re.fullmatch(r"XXXX-(SP|SU|FA|WI)", value):
        return f"every {_SEASONS[m[1]]}"
    if m := re.fullmatch(r"XXXX-XX-XX(?:T(MO|AF|EV|NI|MI|DT))?", value):
        return f"every {_PARTS[m[1]]}" if m[1] else "every day"
    if m := re.fullmatch(r"XXXX-Q([1-4])", value):
        return f"every Q{m[1]}"
    return {"XXXX": "every year", "XXXX-WXX-WE": "every weekend"}.get(value)
