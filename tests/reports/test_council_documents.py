"""The council proposal and the advocacy letters, as Word files (read back with python-docx)
and PDFs (read back with pypdf): the council's headings in its order for each language, the
town and the date, only the chosen actions, the budget adding up, right-to-left text, one
letter per addressee with its own benchmarks, and a clear refusal when there is nothing to
write."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date

import pytest
from docx import Document
from docx.oxml.ns import qn
from report_helpers import pdf_text

from toolbox_desktop.app import translation_for
from toolbox_desktop.core import formatting
from toolbox_desktop.core.assessment import OUTSIDE_COMPETENCE, Profile, Rating
from toolbox_desktop.core.i18n import translated_with
from toolbox_desktop.core.plan import Action
from toolbox_desktop.services.reports import LETTERS, PROPOSAL, ReportChoices, build_report
from toolbox_desktop.services.reports.council_data import ExplainedDataError
from toolbox_desktop.storage.advocacy_addressees import (
    OTHER,
    Addressee,
    AdvocacyAddresseeRepository,
)
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.plan_repository import PlanRepository

HEADINGS = {
    "en": [
        "Subject",
        "Recommendation",
        "Background",
        "Financial implications",
        "Timetable",
        "Appendices",
    ],
    "de": [
        "Betreff",
        "Beschlussvorschlag",
        "Sachverhalt/Begründung",
        "Finanzielle Auswirkungen",
        "Zeitplan",
        "Anlagen",
    ],
    "nl": [
        "Onderwerp",
        "Voorstel/Beslispunten",
        "Inleiding",
        "Beoogd effect",
        "Argumenten",
        "Financiën",
        "Uitvoering/Planning",
        "Bijlagen",
    ],
}
TOWN = "Lindenau"
ARABIC = "مقهى اللغة"


@pytest.fixture
def town(workspace):
    """A profile, an assessment with two benchmarks outside the town's competence (one of
    housing, one of education) and three actions (one in Arabic), two with budgets."""
    conn = workspace.conn
    assessments = AssessmentRepository(conn)
    assessments.save_profile(Profile(name=TOWN))
    assessment = assessments.create("Self-assessment 2026", "2026-03-01")
    housing = [b.code for b in workspace.content.benchmarks if b.dimension == "hou"]
    education = [b.code for b in workspace.content.benchmarks if b.dimension == "edu"]
    assessments.save_rating(
        assessment.id,
        Rating(housing[0], exclusion=OUTSIDE_COMPETENCE, evidence="Waiting lists of 3 years"),
    )
    assessments.save_rating(
        assessment.id,
        Rating(education[0], exclusion=OUTSIDE_COMPETENCE, notes="The district runs schools"),
    )
    assessments.save_rating(assessment.id, Rating(education[1], level=1, target=3, priority=3))
    plan = PlanRepository(conn)
    actions = [
        plan.save_action(
            Action(
                title="Welcome desk",
                benchmarks=(education[1],),
                responsible_role="Integration officer",
                start=date(2026, 5, 1),
                end=date(2026, 12, 31),
                budget_cents=1250050,
                funding_source="municipal-budget",
            )
        ),
        plan.save_action(
            Action(title=ARABIC, budget_cents=99950, funding_source="amif", start=date(2027, 1, 1))
        ),
        plan.save_action(Action(title="Left out of the proposal", budget_cents=777700)),
    ]
    return {"assessment": assessment, "actions": actions, "housing": housing, "edu": education}


def _translate(language: str):
    if language == "en":
        return None
    translate = translation_for(language)
    assert translate is not None
    return translate


def _make(workspace, key, path, language="en", **choices):
    build_report(
        key,
        workspace,
        ReportChoices(**choices),
        path,
        translate=_translate(language),
        language=language,
        format=path.suffix.lstrip("."),
    )


def _headings(document, level: int = 1) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def _all_text(document) -> str:
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


@pytest.mark.parametrize("language", ["en", "de", "nl"])
def test_the_proposal_has_the_councils_headings_in_their_order(workspace, town, tmp_path, language):
    path = tmp_path / "proposal.docx"
    chosen = tuple(a.id for a in town["actions"][:2])
    _make(workspace, PROPOSAL, path, language, actions=chosen)
    document = Document(str(path))
    assert _headings(document) == HEADINGS[language]
    text = _all_text(document)
    assert TOWN in text
    assert formatting.format_date(date.today(), language) in text
    assert "Welcome desk" in text and ARABIC in text
    assert "Left out of the proposal" not in text


def test_the_budget_total_is_the_sum_of_the_chosen_actions(workspace, town, tmp_path):
    path = tmp_path / "proposal.docx"
    _make(workspace, PROPOSAL, path, actions=tuple(a.id for a in town["actions"][:2]))
    budget = Document(str(path)).tables[2]  # scores, benchmarks, then the budget
    rows = [[cell.text for cell in row.cells] for row in budget.rows]
    assert rows[0] == ["Action", "Funding source", "Budget line", "Budget"]
    assert rows[-1][0] == "Total"
    assert rows[-1][3] == formatting.format_money(1250050 + 99950, "EUR", "en") == "€13,500.00"
    assert [row[3] for row in rows[1:-1]] == ["€12,500.50", "€999.50"]
    by_source = Document(str(path)).tables[3]
    assert [[c.text for c in row.cells] for row in by_source.rows][1:] == [
        ["AMIF (EU Asylum, Migration and Integration Fund)", "€999.50"],
        ["Municipal budget", "€12,500.50"],
    ]


@pytest.mark.parametrize("language", ["en", "de", "nl"])
def test_the_budget_decision_does_not_claim_the_council_pays_the_grants(
    workspace, town, tmp_path, language
):
    """The total includes AMIF money: the council approves it with its funding sources, it
    does not provide all of it from its own budget."""
    path = tmp_path / "proposal.docx"
    _make(workspace, PROPOSAL, path, language, actions=tuple(a.id for a in town["actions"][:2]))
    total = formatting.format_money(1250050 + 99950, "EUR", language)
    sentence = next(p.text for p in Document(str(path)).paragraphs if total in p.text)
    expected = {
        "en": ("approves", "financed as set out under"),
        "de": ("genehmigt", "finanziert wie unter"),
        "nl": ("stemt in met", "gefinancierd zoals"),
    }[language]
    assert all(word in sentence for word in expected), sentence
    assert not any(word in sentence for word in ("provides", "bereit", "beschikbaar"))


def test_the_proposal_names_the_gaps_and_leaves_the_reasons_to_the_officers(
    workspace, town, tmp_path
):
    path = tmp_path / "proposal.docx"
    _make(workspace, PROPOSAL, path, actions=(town["actions"][0].id,))
    document = Document(str(path))
    benchmarks = [[c.text for c in row.cells] for row in document.tables[1].rows]
    number = workspace.content.benchmark_number(town["edu"][1])
    assert len(benchmarks) == 2 and benchmarks[1][0].startswith(number + " ")
    assert benchmarks[1][1:] == ["1 Planned or ad hoc", "3 Largely in place", "High"]
    marked = [p for p in document.paragraphs if p.text.startswith("[Reasons for the proposal")]
    assert len(marked) == 1 and marked[0].runs[0].font.highlight_color is not None
    assert "1. Welcome desk" not in _all_text(document)  # Word numbers the list itself
    decisions = [p.text for p in document.paragraphs if p.style.name == "List Number"]
    assert decisions[0] == (
        "Welcome desk (responsible: Integration officer; timing: 5/1/2026 – 12/31/2026)"
    )


def test_right_to_left_text_is_marked_so_in_word(workspace, town, tmp_path):
    AssessmentRepository(workspace.conn).save_profile(Profile(name="بلدة"))
    path = tmp_path / "proposal.docx"
    _make(workspace, PROPOSAL, path)
    document = Document(str(path))
    arabic = [p for p in document.paragraphs if ARABIC in p.text]
    assert arabic and all(p._p.pPr.find(qn("w:bidi")) is not None for p in arabic)
    header = document.sections[0].header.paragraphs[0]
    assert header._p.pPr.find(qn("w:bidi")) is not None


def test_the_proposal_pdf_says_the_same(workspace, town, tmp_path):
    path = tmp_path / "proposal.pdf"
    _make(workspace, PROPOSAL, path, "de", actions=(town["actions"][0].id,))
    text = pdf_text(path)
    lines = [line.strip() for line in text.splitlines()]  # a heading is a line of its own
    positions = [lines.index(heading) for heading in HEADINGS["de"]]
    assert positions == sorted(positions)
    assert TOWN in text and formatting.format_date(date.today(), "de") in text
    assert "Welcome desk" in text and ARABIC not in text
    assert "12.500,50" in text


def test_without_actions_the_proposal_is_refused_with_a_message(workspace, tmp_path):
    path = tmp_path / "proposal.pdf"
    with pytest.raises(ExplainedDataError) as raised:
        _make(workspace, PROPOSAL, path)
    assert "no actions yet" in str(raised.value)
    german = translated_with(raised.value.message, translation_for("de"))
    assert german.startswith("Der Plan hat noch keine Maßnahmen")
    assert not path.exists()
    PlanRepository(workspace.conn).save_action(Action(title="One"))
    with pytest.raises(ExplainedDataError, match="id 999"):
        _make(workspace, PROPOSAL, path, actions=(999,))


# -- the advocacy letters --------------------------------------------------------------------------
def _letters(document) -> list[str]:
    """The text of each letter (each its own section, from its letterhead on)."""
    letters: list[list[str]] = []
    for paragraph in document.paragraphs:
        if paragraph.text == TOWN and paragraph.runs and paragraph.runs[0].bold:
            letters.append([])
        if letters:
            letters[-1].append(paragraph.text)
    return ["\n".join(letter) for letter in letters]


def test_one_letter_per_addressee_with_its_own_benchmarks(workspace, town, tmp_path):
    addressees = AdvocacyAddresseeRepository(workspace.conn)
    addressees.save(
        Addressee("hou", "state", "Ministry of Housing", "Main Street 1\n10115 Capital", "Mia")
    )
    addressees.save(Addressee("edu", "district", "District of Lindenkreis", "Kreisweg 2"))
    path = tmp_path / "letters.docx"
    _make(workspace, LETTERS, path)
    document = Document(str(path))
    assert len(document.sections) == 2  # each letter its own section, on a new page
    letters = _letters(document)
    assert len(letters) == 2
    # in the toolbox's order of their first benchmark: education comes before housing
    second, first = letters
    housing = workspace.content.item(town["housing"][0])
    education = workspace.content.item(town["edu"][0])
    assert "Ministry of Housing\nMain Street 1\n10115 Capital\n" in first
    assert housing.title in first and education.title not in first
    assert "Waiting lists of 3 years" in first and housing.text in first  # evidence, request
    assert "Mia" in first
    assert "District of Lindenkreis" in second and education.title in second
    assert housing.title not in second and "The district runs schools" in second
    assert formatting.format_date(date.today(), "en") in first
    for letter in (first, second):
        assert "Dear Sir or Madam," in letter and "Yours faithfully," in letter


def test_dimensions_without_an_addressee_share_the_other_one_or_a_general_letter(
    workspace, town, tmp_path
):
    path = tmp_path / "letters.docx"
    _make(workspace, LETTERS, path)
    [letter] = _letters(Document(str(path)))
    assert "To whom it may concern" in letter
    AdvocacyAddresseeRepository(workspace.conn).save(Addressee(OTHER, "region", "Region Nord"))
    _make(workspace, LETTERS, path)
    [letter] = _letters(Document(str(path)))
    assert "Region Nord" in letter and "To whom it may concern" not in letter
    for code in (town["housing"][0], town["edu"][0]):
        assert workspace.content.item(code).title in letter


def test_one_addressee_with_two_signers_gets_a_letter_from_each(workspace, town, tmp_path):
    addressees = AdvocacyAddresseeRepository(workspace.conn)
    ministry = Addressee("hou", "state", "Ministry", "Main Street 1", "Mia", "Housing officer")
    addressees.save(ministry)
    schools = replace(ministry, dimension="edu", sender_name="Ben", sender_role="Head of schools")
    addressees.save(schools)
    path = tmp_path / "letters.docx"
    _make(workspace, LETTERS, path)
    education, housing = _letters(Document(str(path)))  # in the order of their benchmarks
    assert "Ben" in education and "Head of schools" in education and "Mia" not in education
    assert workspace.content.item(town["edu"][0]).title in education
    assert "Mia" in housing and "Housing officer" in housing and "Ben" not in housing
    assert workspace.content.item(town["housing"][0]).title in housing
    addressees.save(replace(ministry, dimension="edu"))
    _make(workspace, LETTERS, path)
    [letter] = _letters(Document(str(path)))  # the same signer: one letter
    for code in (town["housing"][0], town["edu"][0]):
        assert workspace.content.item(code).title in letter


def test_each_letter_starts_a_new_page_in_the_pdf(workspace, town, tmp_path):
    addressees = AdvocacyAddresseeRepository(workspace.conn)
    addressees.save(Addressee("hou", "state", address="Postfach 1"))  # the level names it
    path = tmp_path / "letters.pdf"
    _make(workspace, LETTERS, path, "de")
    from pypdf import PdfReader

    pages = [page.extract_text() for page in PdfReader(path).pages]
    starts = [index for index, text in enumerate(pages) if "Sehr geehrte Damen und Herren" in text]
    assert len(starts) == 2
    assert "\nLand\nPostfach 1\n" in pages[starts[0]]
    assert "An die zuständige Stelle" in pages[starts[1]]


def test_nothing_outside_our_competence_gives_a_clear_message_not_an_empty_file(
    workspace, tmp_path
):
    assessments = AssessmentRepository(workspace.conn)
    assessment = assessments.create("Spring", "2026-04-01")
    code = workspace.content.benchmarks[0].code
    assessments.save_rating(assessment.id, Rating(code, level=2))
    path = tmp_path / "letters.pdf"
    with pytest.raises(ExplainedDataError) as raised:
        _make(workspace, LETTERS, path)
    assert "No benchmark is marked “outside our competence” in the assessment “Spring”" in str(
        raised.value
    )
    assert not path.exists()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("key", [PROPOSAL, LETTERS])
def test_libreoffice_converts_the_word_files(workspace, town, tmp_path, key):
    AdvocacyAddresseeRepository(workspace.conn).save(Addressee("hou", "state", "Ministry"))
    path = tmp_path / f"{key}.docx"
    _make(workspace, key, path, "de")
    out = tmp_path / "pdf"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    text = pdf_text(out / f"{key}.pdf")
    assert TOWN in text
    if key == PROPOSAL:
        assert "Beschlussvorschlag" in text and "Finanzielle Auswirkungen" in text
    else:
        assert "Sehr geehrte Damen und Herren" in text
