"""Writes ``src/toolbox_desktop/core/currency_signs.py``: the sign each currency is written
with in the countries that use it, from CLDR (through Babel).

Why a generated table: CLDR gives each language its own symbols, and most languages write
a foreign currency by its code ("TRY" in German, "CA$" in English), so "₺ 1.200" or "$ 12"
for Canadian dollars would name no currency to a German town's app. Where the currency is at
home, CLDR writes its everyday sign ("₺" in Turkey, "$" in Canada, "kr" in Sweden, Norway
and Denmark). Working that out means loading the data of some 260 countries: 0.6 s, too
long to do when a user presses Enter after an amount, so it is done here, once, and the
result is kept as a table in the source.

    python tools/currency_signs.py && ruff format src/toolbox_desktop/core/currency_signs.py
"""

from __future__ import annotations

from pathlib import Path

TARGET = (
    Path(__file__).resolve().parents[1] / "src" / "toolbox_desktop" / "core" / "currency_signs.py"
)

HEADER = '''"""The sign each currency is written with in the countries that use it: "$" for
the US, Canadian, Australian dollar and others, "kr" for the Swedish, Norwegian and Danish
krone, "₺" for the Turkish lira. From CLDR {cldr} (Babel {babel}), written by
``tools/currency_signs.py`` (do not edit by hand; run it again after a Babel upgrade).
``core.formatting`` reads a sign beside a typed amount with it, beside the symbols and names
of the user's own language.

Keys are folded as ``core.formatting`` folds typed text (NFKC, then case-folded).
"""

SIGNS: dict[str, frozenset[str]] = {{
'''


def signs_from_cldr() -> dict[str, frozenset[str]]:
    """Every currency's symbol in each territory that uses it, as its main language writes
    it there: sign (case-folded) -> the codes written so."""
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    from toolbox_desktop.core.formatting import sign_key  # typed text is looked up so

    signs: dict[str, set[str]] = {}
    for territory in get_global("territory_currencies"):
        try:
            place = Locale.parse(f"und_{territory}")
        except (UnknownLocaleError, ValueError):
            continue
        for code in get_territory_currencies(territory):
            symbol = place.currency_symbols.get(code)
            if symbol and symbol != code:  # codes are known anyway
                signs.setdefault(sign_key(symbol), set()).add(code)
    return {sign: frozenset(codes) for sign, codes in sorted(signs.items())}


def module_text() -> str:
    import babel
    from babel.core import get_cldr_version

    lines = [HEADER.format(cldr=get_cldr_version(), babel=babel.__version__)]
    for sign, codes in signs_from_cldr().items():
        lines.append(f"    {sign!r}: frozenset({sorted(codes)!r}),\n")
    lines.append("}\n")
    return "".join(lines)


if __name__ == "__main__":
    TARGET.write_text(module_text(), encoding="utf-8")
    print(f"written: {TARGET}")
