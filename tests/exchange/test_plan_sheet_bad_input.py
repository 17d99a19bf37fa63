"""What people's spreadsheets hold: merged cells, formulas, empty rows, dates and amounts
typed as text, thousands of rows, a password, text files in two encodings. Every bad row is
listed with its reason and left out; a file that cannot be read imports nothing."""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from sheet_helpers import preview_file
from toolbox_desktop.core.plan import Action
from toolbox_desktop.exchange.sheets.importing import write
from toolbox_desktop.exchange.sheets.reading import SpreadsheetError, read_spreadsheet
from toolbox_desktop.storage.plan_import import stored_by_uid
from toolbox_desktop.storage.plan_repository import PlanRepository


def workbook(path: Path, rows: list[list], merge: tuple[str, ...] = ()) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    for area in merge:
        sheet.merge_cells(area)
    book.save(path)
    return path


def stored_with_uid(workspace, action: Action) -> tuple[Action, str]:
    """``action`` stored in the plan, and its Permanent ID."""
    repository = PlanRepository(workspace.conn)
    stored = repository.save_action(action)
    return stored, next(uid for uid, found in stored_by_uid(repository).items() if found == stored)


def with_cached_values(path: Path, values: dict[str, str]) -> Path:
    """Give formulas the values Excel would have calculated (openpyxl writes none)."""
    name = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as source:
        parts = {item: source.read(item) for item in source.namelist()}
    xml = parts[name].decode("utf-8")
    for ref, value in values.items():
        xml = re.sub(
            rf'(<c r="{ref}"[^>]*>)<f>([^<]*)</f><v\s*/?>(</v>)?',
            rf"\g<1><f>\g<2></f><v>{value}</v>",
            xml,
        )
    parts[name] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w") as target:
        for item, data in parts.items():
            target.writestr(item, data)
    return path


def test_merged_cells_give_their_value_to_every_row(workspace, tmp_path):
    path = workbook(
        tmp_path / "merged.xlsx",
        [["Title", "Dimension", "Status"], ["A", "gov", "Idea"], ["B", None, "Done"]],
        merge=("B2:B3",),
    )
    plan = preview_file(workspace, path)
    assert [(n.action.title, n.action.dimension) for n in plan.new] == [("A", "gov"), ("B", "gov")]


def test_formulas_use_the_calculated_value_and_without_one_the_row_is_left_out(workspace, tmp_path):
    path = workbook(
        tmp_path / "formulas.xlsx",
        [
            ["Title", "Budget", "Progress %"],
            ["Calculated", "=1000+250.5", "=20*2"],
            ["Never calculated", "=B2*2", 10],
        ],
    )
    with_cached_values(path, {"B2": "1250.5", "C2": "40"})
    plan = preview_file(workspace, path)
    assert [(n.action.budget_cents, n.action.progress) for n in plan.new] == [(125050, 40)]
    [left] = plan.left_out
    assert left.line == 3
    assert left.reasons == (
        "Budget: a formula without a calculated value: open the file in your spreadsheet "
        "program, save it and import it again",
    )


def test_a_formula_that_failed_leaves_its_row_out_not_its_error_as_text(workspace, tmp_path):
    """ "#DIV/0!" and "#REF!" were imported as a description and a responsible role."""
    path = workbook(
        tmp_path / "errors.xlsx",
        [["Title", "Description", "Responsible role"], ["Broken", "=A1/0", "=Z99"]],
    )
    with_cached_values(path, {"B2": "#DIV/0!", "C2": "#REF!"})
    with zipfile.ZipFile(path) as source:  # cached errors are typed as such (t="e")
        parts = {item: source.read(item) for item in source.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet = re.sub(r'<c r="([BC]2)"([^>]*?)(?: t="\w+")?([^>]*)>', r'<c r="\1"\2 t="e"\3>', sheet)
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as target:
        for item, data in parts.items():
            target.writestr(item, data)
    plan = preview_file(workspace, path)
    assert plan.new == []
    [left] = plan.left_out
    assert left.reasons == (
        "Description: the formula in this cell gives an error (#DIV/0!); correct it in the "
        "spreadsheet",
        "Responsible role: the formula in this cell gives an error (#REF!); correct it in the "
        "spreadsheet",
    )


def test_empty_rows_are_skipped_and_row_numbers_are_the_files(workspace, tmp_path):
    path = workbook(
        tmp_path / "gaps.xlsx",
        [[], ["Title", "End"], ["One", None], [None, None], [], ["Two", "not a date"]],
    )
    plan = preview_file(workspace, path)
    assert [n.line for n in plan.new] == [3]
    assert [left.line for left in plan.left_out] == [6]


@pytest.mark.parametrize(
    "typed", ["31.12.2026", "31/12/2026", "31-12-2026", "2026-12-31", "31.12.26"]
)
def test_dates_typed_in_european_formats(workspace, tmp_path, typed):
    path = workbook(tmp_path / "dates.xlsx", [["Title", "End"], ["Deadline", typed]])
    [new] = preview_file(workspace, path).new
    assert new.action.end == date(2026, 12, 31)


def test_real_excel_dates_and_date_numbers(workspace, tmp_path):
    path = workbook(
        tmp_path / "dates.xlsx",
        [["Title", "Start", "End"], ["Deadline", date(2026, 1, 2), 46387]],
    )
    [new] = preview_file(workspace, path).new
    assert (new.action.start, new.action.end) == (date(2026, 1, 2), date(2026, 12, 31))


def test_a_year_typed_as_a_number_is_refused_not_read_as_a_day_in_1905(workspace, tmp_path):
    """2026 is also Excel's day number of 18 July 1905: a plain year is refused, not guessed."""
    path = workbook(tmp_path / "dates.xlsx", [["Title", "Start"], ["Next year", 2026]])
    plan = preview_file(workspace, path)
    assert not plan.new
    [left_out] = plan.left_out
    assert left_out.reasons == (
        "Start: “2026” is not a date. Type it like 31.12.2026 or 2026-12-31.",
    )


@pytest.mark.parametrize(
    ("typed", "cents"),
    [
        ("1.250,50", 125050),
        ("1,250.50", 125050),
        ("1250,5", 125050),
        ("€ 1.250,50", 125050),
        ("1 250,50 EUR", 125050),
        (1250.5, 125050),
        (12, 1200),
    ],
)
def test_amounts_with_either_decimal_sign(workspace, tmp_path, typed, cents):
    path = workbook(tmp_path / "money.xlsx", [["Title", "Budget"], ["Money", typed]])
    [new] = preview_file(workspace, path).new
    assert new.action.budget_cents == cents


def test_an_amount_with_words_is_left_out_not_read_as_its_digits(workspace, tmp_path):
    """ "1,5 Mio" once came in as 1.50 €, without a word: only a currency may stand beside
    the number."""
    path = tmp_path / "budgets.csv"
    path.write_text(
        "Title;Budget\nMillion;1,5 Mio\nMonthly;500 Euro pro Monat\nShare;100 %\n"
        "Whole;500,- €\nNamed;500 Euro\n",
        encoding="utf-8",
    )
    plan = preview_file(workspace, path, locale="de")
    assert [(n.action.title, n.action.budget_cents) for n in plan.new] == [
        ("Whole", 50000),
        ("Named", 50000),
    ]
    reasons = {left.line: " | ".join(left.reasons) for left in plan.left_out}
    assert reasons == {
        2: "Budget: “1,5 Mio” is not an amount of money. Type it like 12.500,50.",
        3: "Budget: “500 Euro pro Monat” is not an amount of money. Type it like 12.500,50.",
        4: "Budget: “100 %” is not an amount of money. Type it like 12.500,50.",
    }


def test_an_amount_in_another_currency_than_the_rows_is_left_out(workspace, tmp_path):
    """ "CHF 12" for an action in euros was stored as 12 euros. The row's Currency column
    counts, wherever it stands; without one the action's currency (euros for a new one)."""
    path = tmp_path / "budgets.csv"
    path.write_text(
        "Title;Budget;Currency;Spent\nFrancs;CHF 1.200;CHF;300 Franken\n"
        "Mixed;CHF 1.200;EUR;\nKronor;500 kronor;SEK;\nNo column;;;12 $\n"
        "Bad currency;CHF 1.200;Franken;\n",
        encoding="utf-8",
    )
    plan = preview_file(workspace, path, locale="de")
    assert [(n.action.title, n.action.currency, n.action.budget_cents) for n in plan.new] == [
        ("Francs", "CHF", 120_000),
        ("Kronor", "SEK", 50_000),
    ]
    assert plan.new[0].action.spent_cents == 30_000
    reasons = {left.line: " | ".join(left.reasons) for left in plan.left_out}
    assert reasons == {
        3: "Budget: “CHF 1.200” is in another currency than EUR, the currency of these "
        "amounts. Type it in EUR, or change the currency first.",
        5: "Spent: “12 $” is in another currency than EUR, the currency of these amounts. "
        "Type it in EUR, or change the currency first.",
        # Only the Currency cell's own reason: the row never said EUR.
        6: "Currency: “Franken” is not a currency code such as EUR",
    }


def test_a_number_shown_in_another_currency_is_left_out(workspace, tmp_path):
    """A budget typed as 1200 in a cell formatted as Swiss francs ("CHF 1’200.00") was stored
    as 1,200 euros: the cell's number format names its currency, as a typed "CHF" does."""
    path = tmp_path / "budgets.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Title", "Budget", "Currency"])
    formats = {
        "Francs in a franc cell": ('"CHF"\\ #,##0.00', "CHF"),
        "Francs in a euro action": ('"CHF"\\ #,##0.00', "EUR"),
        "Pounds in a new action": ("[$£-809]#,##0.00", None),
        "Euros as the action's": ("#,##0.00\\ [$€-407]", None),
        "Kilograms are no money": ('#,##0 "kg"', None),
        "About francs": ('"ca. "#,##0 "CHF"', None),  # every text read, not the first only
        "Escaped francs": ("\\C\\H\\F\\ #,##0.00", None),
        "Padding is no sign": ("#,##0_€", "CHF"),  # German Excel's thousands format
        "Canadian in Dutch": ("[$C$-413]\\ #,##0.00", "CAD"),  # our Dutch export's sign
    }
    for title, (number_format, currency) in formats.items():
        sheet.append([title, 1200, currency])
        sheet.cell(row=sheet.max_row, column=2).number_format = number_format
    book.save(path)

    plan = preview_file(workspace, path)
    assert [(n.action.title, n.action.currency, n.action.budget_cents) for n in plan.new] == [
        ("Francs in a franc cell", "CHF", 120_000),
        ("Euros as the action's", "EUR", 120_000),
        ("Kilograms are no money", "EUR", 120_000),
        ("Padding is no sign", "CHF", 120_000),
        ("Canadian in Dutch", "CAD", 120_000),
    ]
    reasons = {left.line: " | ".join(left.reasons) for left in plan.left_out}
    assert reasons == {
        3: "Budget: 1,200 is shown in CHF, but this action's amounts are in EUR: give the "
        "cell the action's currency, or name the currency in the Currency column",
        4: "Budget: 1,200 is shown in £, but this action's amounts are in EUR: give the cell "
        "the action's currency, or name the currency in the Currency column",
        7: "Budget: 1,200 is shown in CHF, but this action's amounts are in EUR: give the "
        "cell the action's currency, or name the currency in the Currency column",
        8: "Budget: 1,200 is shown in CHF, but this action's amounts are in EUR: give the "
        "cell the action's currency, or name the currency in the Currency column",
    }


def test_a_guide_item_cell_takes_only_a_quick_wins_code(workspace, tmp_path):
    """ "see note" or 5,000 characters in the Guide item column were stored, and from then on
    no package of the town could be exported."""
    path = tmp_path / "guide.csv"
    path.write_text(
        "Title;Guide item\nFrom a quick win;qw.internships\nNone;\n"
        "An old quick win;qw.no-longer-in-the-guide\nNoted;see note\n"
        f"Long;{'x' * 5000}\n",
        encoding="utf-8",
    )
    plan = preview_file(workspace, path)
    assert [(n.action.title, n.action.guide_item) for n in plan.new] == [
        ("From a quick win", "qw.internships"),
        ("None", ""),
        ("An old quick win", "qw.no-longer-in-the-guide"),
    ]
    reasons = {left.line: " | ".join(left.reasons) for left in plan.left_out}
    assert reasons[5] == (
        "Guide item: “see note” is not a quick win of the leaders' guide (such as "
        "qw.internships): leave the cell as it was exported, or empty"
    )
    assert reasons[6].startswith("Guide item: “xxxx")


def test_bad_rows_are_listed_with_their_reasons(workspace, tmp_path):
    path = workbook(
        tmp_path / "bad.xlsx",
        [
            ["Title", "Status", "Start", "End", "Budget", "Benchmarks", "Responsible role"],
            ["Good", "Planned", None, None, None, "1.1.1", None],
            ["Status", "Maybe", None, None, None, None, None],
            ["Backwards", None, "2027-01-01", "2026-01-01", None, None, None],
            ["Money", None, None, None, "12,500", None, None],
            ["Unknown benchmark", None, None, None, None, "gov.nothing.9", None],
            [None, None, None, "2026-01-01", None, None, None],
            ["Long role", None, None, None, None, None, "x" * 301],
        ],
    )
    plan = preview_file(workspace, path, locale="de")
    assert [n.line for n in plan.new] == [2]
    reasons = {left.line: " | ".join(left.reasons) for left in plan.left_out}
    assert reasons[3].startswith("Status: “Maybe” is not one of: Idea, Planned")
    assert reasons[4] == "The end date is before the start date."
    assert "could mean" in reasons[5] and reasons[5].startswith("Budget: ")
    assert reasons[6] == "Benchmarks: “gov.nothing.9” is not a benchmark code or number"
    assert reasons[7] == "An action needs a title."
    assert "301 characters, more than the 300" in reasons[8]


def test_thousands_of_rows(workspace, tmp_path):
    rows = [["Title", "End", "Budget", "Status"]]
    rows += [[f"Action {i}", date(2026, 1 + i % 12, 1), i * 1.5, "Planned"] for i in range(5000)]
    path = workbook(tmp_path / "many.xlsx", rows)
    plan = preview_file(workspace, path)
    assert len(plan.new) == 5000 and not plan.left_out
    write(PlanRepository(workspace.conn), plan)
    assert len(PlanRepository(workspace.conn).actions()) == 5000


def test_a_password_protected_file_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "protected.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    with pytest.raises(SpreadsheetError) as raised:
        read_spreadsheet(path)
    assert "protected by a password" in str(raised.value)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("broken.xlsx", b"PK\x03\x04 not really a zip"),
        ("picture.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(100)),
        ("binary.csv", b"\x00\x01\x02" * 50),
    ],
)
def test_a_file_that_is_not_a_spreadsheet_is_refused(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(SpreadsheetError) as raised:
        read_spreadsheet(path)
    assert "not a spreadsheet we can read" in str(raised.value)


def test_csv_with_semicolons_and_decimal_commas(workspace, tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes('\ufeffTitel;Budget;Ende\r\n"Café; «Treff»";1.250,50;31.12.2026\r\n'.encode())
    [new] = preview_file(workspace, path).new
    assert (new.action.title, new.action.budget_cents) == ("Café; «Treff»", 125050)
    assert new.action.end == date(2026, 12, 31)


def test_csv_in_windows_1252(workspace, tmp_path):
    path = tmp_path / "windows.csv"
    path.write_bytes(
        "Maßnahme;Verantwortlich\r\nSprachcafé für Mütter;Jörg Weiß\r\n".encode("cp1252")
    )
    [new] = preview_file(workspace, path).new
    assert (new.action.title, new.action.responsible_person) == (
        "Sprachcafé für Mütter",
        "Jörg Weiß",
    )
    assert read_spreadsheet(path).delimiter == ";"


@pytest.mark.parametrize(
    ("locale", "encoding", "title", "person"),
    [
        ("pl_PL", "cp1250", "Kurs językowy w Łodzi", "Zdeněk Šťastný"),
        ("en_PL", "cp1250", "CZĘŚĆ Łódź", "Łucja Śliwa"),  # English on a Polish computer
        ("tr_TR", "cp1254", "Dil kursu", "Şükrü Ağaoğlu"),
        ("ru_RU", "cp1251", "Языковой курс", "Иван Петров"),
        ("uk_UA", "cp1251", "Міська рада", "Олена"),
        ("el_GR", "cp1253", "Μαθήματα γλώσσας", "Γιώργος"),
        ("de_DE", "cp1252", "Sport macht Spaß“", "Jörg Weiß"),  # "ß“" is a UTF-8 pair too
    ],
)
def test_csv_in_the_code_page_of_the_users_language(
    workspace, tmp_path, monkeypatch, locale, encoding, title, person
):
    """Excel saves "CSV" in the Windows code page of the computer's language; read as
    Windows-1252, "Łódź" became "£ódŸ" and "ť" a "�", stored without a word. (On Windows
    the system's own code page is used: here, the locale's, as on Linux and macOS.)"""
    from toolbox_desktop.exchange.sheets import text_encoding

    monkeypatch.setattr(text_encoding.sys, "platform", "linux")
    path = tmp_path / "windows.csv"
    path.write_bytes(f"Title;Responsible person\r\n{title};{person}\r\n".encode(encoding))
    [new] = preview_file(workspace, path, locale=locale).new
    assert (new.action.title, new.action.responsible_person) == (title, person)
    assert read_spreadsheet(path, locale).encoding == encoding


def test_a_utf8_file_with_a_damaged_byte_is_refused_with_its_line(tmp_path):
    """One bad byte made the whole file Windows-1252: "Bürgermeister" stored as
    "BÃ¼rgermeister" on every row."""
    path = tmp_path / "damaged.csv"
    good = "Title;Responsible role\r\nSprachcafé;Bürgermeister\r\n".encode()
    path.write_bytes(good + b"Second;Ma\xffire\r\n")
    with pytest.raises(SpreadsheetError) as raised:
        read_spreadsheet(path, "de_DE")
    assert str(raised.value) == (
        "Line 3 of this file holds a byte that is not UTF-8 text, though the rest of the file "
        "is UTF-8: the file may be damaged. Nothing was imported. Save it again as CSV UTF-8 "
        "and try again."
    )


def test_letters_lost_from_a_file_left_all_ascii_stay_as_stored(workspace, tmp_path):
    """A Cyrillic or Arabic name saved as Excel's plain CSV on a Western Windows leaves a
    file of plain ASCII ("???????? ????"), read as UTF-8: the names were replaced."""
    _stored, uid = stored_with_uid(
        workspace, Action(title="Языковой курс", responsible_person="Ali")
    )
    path = tmp_path / "ascii.csv"
    path.write_bytes(
        f"Permanent ID;Title;Responsible person\r\n{uid};???????? ????;Ali Khan\r\n".encode()
    )
    [changed] = preview_file(workspace, path).changed
    assert changed.fields == ("responsible_person",)
    assert changed.after.title == "Языковой курс"


def test_bytes_the_code_page_has_no_letter_for_are_refused(tmp_path):
    path = tmp_path / "unknown.csv"
    path.write_bytes(b"Title\r\nCaf\x81\x8d\r\n")  # no letters in Windows-1252
    with pytest.raises(SpreadsheetError) as raised:
        read_spreadsheet(path, "de_DE")
    assert "neither UTF-8 nor Windows-1252 text" in str(raised.value)


def test_utf16_text_as_excel_saves_unicode_text(workspace, tmp_path):
    path = tmp_path / "unicode.csv"
    path.write_bytes("Title\tResponsible person\r\nSprachcafé\tمریم\r\n".encode("utf-16"))
    [new] = preview_file(workspace, path).new
    assert (new.action.title, new.action.responsible_person) == ("Sprachcafé", "مریم")


def test_letters_a_code_page_file_could_not_hold_stay_as_stored(workspace, tmp_path):
    """Excel's "CSV" on a German Windows writes "?" for every letter outside Windows-1252:
    re-imported, the Persian, Turkish and Cyrillic names were replaced by question marks."""
    stored, uid = stored_with_uid(
        workspace, Action(title="Sprachcafé مریم‌آباد", responsible_person="Şükrü Ağaoğlu")
    )
    path = tmp_path / "excel-ansi.csv"
    as_excel_writes = [
        text.encode("cp1252", errors="replace").decode("cp1252")
        for text in (stored.title, stored.responsible_person)
    ]
    path.write_bytes(
        f"Permanent ID;Title;Responsible person;Status\r\n"
        f"{uid};{as_excel_writes[0]};{as_excel_writes[1]};Planned\r\n".encode("cp1252")
    )
    plan = preview_file(workspace, path, locale="de_DE")
    [changed] = plan.changed
    assert changed.fields == ("status",), "only what was really changed"
    assert (changed.after.title, changed.after.responsible_person) == (
        "Sprachcafé مریم‌آباد",
        "Şükrü Ağaoğlu",
    )


def test_a_file_without_rows_to_import_is_refused(tmp_path):
    only_headers = workbook(tmp_path / "empty.xlsx", [["Title", "End"], [], [None, None]])
    empty_csv = tmp_path / "empty.csv"
    empty_csv.write_bytes(b"\xef\xbb\xbf\r\n")
    for path in (only_headers, empty_csv):
        with pytest.raises(SpreadsheetError) as raised:
            read_spreadsheet(path)
        assert str(raised.value) == "The file has no rows to import."


def test_a_slashed_date_that_reads_both_ways_is_refused_where_months_may_come_first(
    workspace, tmp_path
):
    """A comma-separated file may come from an American program (month first) or a British
    one (day first): 03/04/2026 is refused there, not guessed; 31/12/2026 reads only one way.
    A semicolon-separated file is European: day first."""
    text = "Title,End\nA,03/04/2026\nB,31/12/2026\nC,2026-04-03\nD,03/04/26\n"
    comma = tmp_path / "comma.csv"
    comma.write_text(text, encoding="utf-8")
    plan = preview_file(workspace, comma)
    assert [(n.line, n.action.end) for n in plan.new] == [
        (3, date(2026, 12, 31)),
        (4, date(2026, 4, 3)),
    ]
    left_out, short_year = plan.left_out
    assert (left_out.line, short_year.line) == (2, 5)
    assert "2026-03-04 or 2026-04-03" in short_year.reasons[0]
    assert left_out.reasons == (
        "End: “03/04/2026” could have the day or the month first. Write it as 2026-03-04 or "
        "2026-04-03.",
    )

    semicolon = tmp_path / "semicolon.csv"
    semicolon.write_text(text.replace(",", ";"), encoding="utf-8")
    assert preview_file(workspace, semicolon).new[0].action.end == date(2026, 4, 3)


def test_a_formulas_binary_noise_is_the_cents_it_shows(workspace, tmp_path):
    """ "=0.1+0.2" is stored by Excel as 0.30000000000000004: refused as "more than two
    decimals", though the colleague saw 0.30."""
    path = workbook(
        tmp_path / "noise.xlsx",
        [["Title", "Budget", "Spent"], ["Noise", 0.30000000000000004, 12.505]],
    )
    plan = preview_file(workspace, path)
    [left] = plan.left_out
    assert left.reasons == ("Spent: 12.505 has more than two decimals: amounts are kept in cents",)
    path = workbook(tmp_path / "noise2.xlsx", [["Title", "Budget"], ["Noise", 0.30000000000000004]])
    [new] = preview_file(workspace, path).new
    assert new.action.budget_cents == 30


def test_a_permanent_id_in_capitals_is_the_same_action(workspace, tmp_path):
    """Upper-cased by a spreadsheet, the ID made the row a new action beside the old one."""
    stored, uid = stored_with_uid(workspace, Action(title="Language café"))
    path = tmp_path / "ids.csv"
    path.write_text(f"Permanent ID;Title\n{uid.upper()};Language café (weekly)\n", encoding="utf-8")
    plan = preview_file(workspace, path)
    assert plan.new == []
    [changed] = plan.changed
    assert (changed.before.id, changed.after.title) == (stored.id, "Language café (weekly)")


def test_a_progress_shown_as_a_percentage_is_the_percentage_shown(workspace, tmp_path):
    """100 % in a cell formatted as per cent is the number 1: it was stored as 1 %."""
    path = workbook(
        tmp_path / "percent.xlsx",
        [["Title", "Progress %"], ["Done", 1], ["Half", 0.5], ["Typed", 40]],
    )
    book = openpyxl.load_workbook(path)
    for cell in ("B2", "B3"):
        book.active[cell].number_format = "0%"
    book.save(path)
    plan = preview_file(workspace, path)
    assert [(n.action.title, n.action.progress) for n in plan.new] == [
        ("Done", 100),
        ("Half", 50),
        ("Typed", 40),
    ]


def test_a_sheet_imported_a_second_time_does_not_add_its_new_rows_again(workspace, tmp_path):
    """Its new rows have no Permanent ID yet: "Fix them in the file and import again" added
    every new action a second time."""
    path = tmp_path / "new.csv"
    path.write_text(
        "Title;Status;Budget\nLanguage café;Planned;1.200\nWelcome desk;Idea;\n"
        "Broken;not a status;\n",
        encoding="utf-8",
    )
    first = preview_file(workspace, path, locale="de")
    assert [n.action.title for n in first.new] == ["Language café", "Welcome desk"]
    write(PlanRepository(workspace.conn), first)
    again = preview_file(workspace, path, locale="de")
    assert again.new == [] and again.unchanged == [2, 3]
    assert [left.line for left in again.left_out] == [4]
    path.write_text("Title;Status;Budget\nLanguage café;Planned;1.500\n", encoding="utf-8")
    [changed_row] = preview_file(workspace, path, locale="de").new
    assert changed_row.action.budget_cents == 150_000, "a row that differs is a new action"
