"""Certificate numbers made from the organisation's pattern, e.g. `{year}-{seq:04d}` → `2026-0017`."""

from __future__ import annotations

import string

from desktop.domain.errors import ValidationError

FIELDS = frozenset({"year", "seq"})


def check_pattern(pattern: str) -> str:
    """Return the pattern if it can number certificates; otherwise say what is wrong with it."""
    pattern = pattern.strip()
    if not pattern:
        raise ValidationError("the certificate number pattern is empty", "certificate_number_pattern")
    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None]
    except ValueError as exc:
        raise ValidationError(
            f"the certificate number pattern «{pattern}» is malformed ({exc})", "certificate_number_pattern"
        ) from exc
    unknown = sorted(set(fields) - FIELDS)
    if unknown:
        raise ValidationError(
            f"the certificate number pattern may use {{year}} and {{seq}}, not {{{unknown[0]}}}",
            "certificate_number_pattern",
        )
    if "seq" not in fields:
        raise ValidationError(
            "the certificate number pattern must contain {seq}, or every number would be the same",
            "certificate_number_pattern",
        )
    try:
        format_number(pattern, 2026, 1)
    except (ValueError, TypeError) as exc:
        raise ValidationError(
            f"the certificate number pattern «{pattern}» cannot be used ({exc})", "certificate_number_pattern"
        ) from exc
    return pattern


def format_number(pattern: str, year: int, sequence: int) -> str:
    return pattern.format(year=year, seq=sequence)
