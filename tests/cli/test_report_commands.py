"""`report`: PDF documents from the command line."""

from pypdf import PdfReader

from toolbox_desktop.cli import EXIT_ERROR, EXIT_OK, main
from toolbox_desktop.core.assessment import Profile
from toolbox_desktop.storage.assessment_repository import AssessmentRepository


def test_worksheet_report(workspace, tmp_path, capsys):
    AssessmentRepository(workspace.conn).save_profile(Profile(name="Пётрово"))
    out = tmp_path / "worksheet.pdf"
    code = main(
        [
            "report",
            "worksheet",
            "--db",
            str(workspace.path),
            "-o",
            str(out),
            "--facilitator",
            "--page-size",
            "Letter",
        ]
    )
    assert code == EXIT_OK
    assert "written to" in capsys.readouterr().out
    reader = PdfReader(out)
    assert "Пётрово" in reader.pages[0].extract_text()
    assert round(float(reader.pages[0].mediabox.width)) == 612


def test_unknown_language_falls_back_to_english(workspace, tmp_path, capsys):
    out = tmp_path / "w.pdf"
    assert (
        main(["report", "worksheet", "--db", str(workspace.path), "-o", str(out), "--lang", "xx"])
        == EXIT_OK
    )
    assert "no translation for 'xx'" in capsys.readouterr().err
    assert "Self-assessment worksheet" in PdfReader(out).pages[0].extract_text()


def test_unwritable_output(workspace, tmp_path, capsys):
    code = main(
        [
            "report",
            "worksheet",
            "--db",
            str(workspace.path),
            "-o",
            str(tmp_path / "missing" / "w.pdf"),
        ]
    )
    assert code == EXIT_ERROR
    assert "cannot write" in capsys.readouterr().err


def test_annual_report_for_a_year(workspace, tmp_path, capsys):
    from datetime import date

    from toolbox_desktop.core.plan import DONE, Action
    from toolbox_desktop.storage.annual_texts import AnnualTextRepository, AnnualTexts
    from toolbox_desktop.storage.plan_repository import PlanRepository

    PlanRepository(workspace.conn).save_action(
        Action(title="Welcome desk", status=DONE, end=date(2025, 11, 3), dimension="gov")
    )
    AnnualTextRepository(workspace.conn).save(AnnualTexts(2025, summary="Ein gutes Jahr"))
    out = tmp_path / "annual.pdf"
    assert (
        main(["report", "annual", "--year", "2025", "--db", str(workspace.path), "-o", str(out)])
        == EXIT_OK
    )
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Annual integration report 2025" in text
    full = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Ein gutes Jahr" in full and "Welcome desk" in full
    assert (
        main(["report", "annual", "--year", "1025", "--db", str(workspace.path), "-o", str(out)])
        == EXIT_ERROR
    )
    assert "outside 1990-2100" in capsys.readouterr().err


def test_a_report_cut_short_keeps_the_earlier_file_and_leaves_no_part(
    workspace, tmp_path, capsys, monkeypatch
):
    from dataclasses import replace

    from toolbox_desktop.services.reports import REPORTS

    out = tmp_path / "worksheet.pdf"
    out.write_bytes(b"%PDF- the earlier report")

    def broken(content, data, path, options):
        path.write_bytes(b"%PDF- half a report")
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(REPORTS, "worksheet", replace(REPORTS["worksheet"], write=broken))
    code = main(["report", "worksheet", "--db", str(workspace.path), "-o", str(out)])

    assert code == EXIT_ERROR
    assert "No space left on device" in capsys.readouterr().err
    assert out.read_bytes() == b"%PDF- the earlier report"
    assert sorted(p.name for p in tmp_path.iterdir() if "worksheet" in p.name) == ["worksheet.pdf"]


def test_a_format_the_report_is_not_made_in_is_refused_and_nothing_written(
    workspace, tmp_path, capsys
):
    out = tmp_path / "rights.xlsx"  # the extension asks for a spreadsheet
    code = main(["report", "rights", "--db", str(workspace.path), "-o", str(out)])
    assert code == EXIT_ERROR
    assert "the rights report is made as pdf, not as xlsx" in capsys.readouterr().err
    assert not out.exists()
    code = main(
        ["report", "rights", "--db", str(workspace.path), "-o", str(out), "--format", "docx"]
    )
    assert code == EXIT_ERROR
    assert "not as docx" in capsys.readouterr().err


def test_format_pdf_wins_over_the_extension(workspace, tmp_path):
    out = tmp_path / "rights.docx"
    code = main(
        ["report", "rights", "--db", str(workspace.path), "-o", str(out), "--format", "pdf"]
    )
    assert code == EXIT_OK
    assert out.read_bytes().startswith(b"%PDF")


def test_the_installed_command_writes_the_report_and_its_message_then_ends(workspace, tmp_path):
    """``toolbox-desktop report`` runs as its whole process (``cli.report.as_whole_process``:
    no cycle collection, the process ended at once): the file is complete, the message
    printed, the code 0 or the error's; a caller's ``main`` returns as before."""
    import subprocess
    import sys

    out = tmp_path / "worksheet.pdf"
    command = [sys.executable, "-m", "toolbox_desktop", "--db", str(workspace.path), "report"]
    done = subprocess.run(
        [*command, "worksheet", "-o", str(out)], capture_output=True, text=True, check=False
    )
    assert done.returncode == EXIT_OK, done.stderr
    assert done.stdout.strip() == f"worksheet report written to {out}"
    assert "Self-assessment worksheet" in PdfReader(out).pages[0].extract_text()
    failed = subprocess.run(
        [*command, "worksheet", "-o", str(tmp_path / "missing" / "w.pdf")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert failed.returncode == EXIT_ERROR
    assert "cannot write" in failed.stderr
    import gc

    enabled = gc.isenabled()
    again = tmp_path / "again.pdf"
    assert main(["report", "worksheet", "--db", str(workspace.path), "-o", str(again)]) == 0
    assert again.exists() and gc.isenabled() == enabled


def test_several_reports_in_one_start_each_to_its_own_file(workspace, tmp_path, capsys):
    """``report worksheet annual -o w.pdf -o a.docx``: one start of the command makes both,
    in the order given, each in the format its file names, with the options that concern
    it. The KINDs may also stand between the ``-o`` options."""
    from docx import Document

    AssessmentRepository(workspace.conn).save_profile(Profile(name="Zürich-Ost"))
    worksheet, annual = tmp_path / "worksheet.pdf", tmp_path / "annual.docx"
    database = ["--db", str(workspace.path)]
    for command in (
        ["report", "worksheet", "annual", "-o", str(worksheet), "-o", str(annual)],
        ["report", "worksheet", "-o", str(worksheet), "annual", f"--output={annual}"],
    ):
        code = main([*command, *database, "--year", "2025", "--facilitator"])
        assert code == EXIT_OK
        assert capsys.readouterr().out.splitlines() == [
            f"worksheet report written to {worksheet}",
            f"annual report written to {annual}",
        ]
        assert "Zürich-Ost" in PdfReader(worksheet).pages[0].extract_text()
        paragraphs = "\n".join(p.text for p in Document(annual).paragraphs)
        assert "Annual integration report 2025" in paragraphs
        worksheet.unlink()
        annual.unlink()


def test_several_reports_need_one_file_each_and_distinct_files(tmp_path, capsys, monkeypatch):
    """Refused before anything is opened or written: not even the database is made."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    database = ["--db", str(tmp_path / "never-made.sqlite3")]
    absolute = str(tmp_path / "a.pdf")
    refused = {
        "reports named: 2; files given: 1": ["worksheet", "rights", "-o", "a.pdf"],
        "reports named: 1; files given: 2": ["worksheet", "-o", "a.pdf", "-o", "b.pdf"],
        "a.pdf is given for two reports": ["worksheet", "rights", "-o", absolute, "-o", "a.pdf"],
        "sub/../a.pdf is given for two reports": [
            *("plan", "rights", "-o", "a.pdf", "-o", "sub/../a.pdf")
        ],
        "A.PDF is given for two reports": ["plan", "rights", "-o", "a.pdf", "-o", "A.PDF"],
    }
    for message, command in refused.items():
        assert main(["report", *command, *database]) == EXIT_ERROR
        err = capsys.readouterr().err
        assert message in err and "nothing was written" in err
    assert list(tmp_path.iterdir()) == [tmp_path / "sub"]


def test_a_report_that_cannot_be_made_does_not_keep_the_others_from_being_written(
    workspace, tmp_path, capsys
):
    """The annual report of a year outside the range is refused, first or last; the
    worksheet is still written, the error names the report it is about, and the exit code
    says that one failed."""
    annual, worksheet = tmp_path / "annual.pdf", tmp_path / "worksheet.pdf"
    database = ["--db", str(workspace.path), "--year", "1025"]
    for kinds, files in (
        (["annual", "worksheet"], ["-o", str(annual), "-o", str(worksheet)]),
        (["worksheet", "annual"], ["-o", str(worksheet), "-o", str(annual)]),
    ):
        assert main(["report", *kinds, *database, *files]) == EXIT_ERROR
        captured = capsys.readouterr()
        assert captured.err.strip() == (
            f"error: the annual report was not written to {annual}: "
            "the year 1025 is outside 1990-2100"
        )
        assert captured.out.strip() == f"worksheet report written to {worksheet}"
        assert not annual.exists() and worksheet.read_bytes().startswith(b"%PDF")
        worksheet.unlink()
