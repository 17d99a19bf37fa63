"""`report assessment|plan|annual -o x.docx`: Word documents from the command line, chosen by
the output's extension or by --format, in the --lang language."""

from __future__ import annotations

from datetime import date

import pytest
from docx import Document

from toolbox_desktop.cli import EXIT_ERROR, EXIT_OK, main
from toolbox_desktop.services.training_town import create_training_municipality


@pytest.fixture
def town(workspace):
    create_training_municipality(workspace.conn, today=date(2026, 3, 1))
    return workspace


def first_heading(path) -> str:
    return next(p.text for p in Document(str(path)).paragraphs if p.style.name == "Heading 1")


@pytest.mark.parametrize(
    ("key", "extra", "heading"),
    [
        ("assessment", [], "Summary"),
        ("plan", ["--group-by", "dimension"], "Actions at a glance"),
        ("annual", ["--year", "2025"], "Summary"),
    ],
)
def test_the_extension_docx_writes_a_word_document(town, tmp_path, capsys, key, extra, heading):
    out = tmp_path / f"{key}.docx"
    code = main(["report", key, "--db", str(town.path), "-o", str(out), *extra])
    assert code == EXIT_OK
    assert "written to" in capsys.readouterr().out
    assert out.read_bytes()[:2] == b"PK"  # a zip, as every .docx
    assert first_heading(out) == heading


def test_format_docx_wins_over_the_extension(town, tmp_path):
    out = tmp_path / "plan.out"
    code = main(["report", "plan", "--db", str(town.path), "-o", str(out), "--format", "docx"])
    assert code == EXIT_OK
    assert first_heading(out) == "Actions at a glance"


def test_the_word_document_is_in_the_lang_language(town, tmp_path):
    out = tmp_path / "plan.docx"
    code = main(["report", "plan", "--db", str(town.path), "-o", str(out), "--lang", "de"])
    assert code == EXIT_OK
    assert first_heading(out) == "Maßnahmen im Überblick"


def test_without_an_assessment_nothing_is_written(workspace, tmp_path, capsys):
    out = tmp_path / "a.docx"
    code = main(["report", "assessment", "--db", str(workspace.path), "-o", str(out)])
    assert code == EXIT_ERROR
    assert not out.exists()
    assert capsys.readouterr().err
