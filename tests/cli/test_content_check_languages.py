"""`toolbox-desktop content check` checks every language of a pack and names each problem with
its file and line."""

from pack_helpers import add_guidance_pack, add_translation, line_number, replace_in
from toolbox_desktop.cli import EXIT_OK, EXIT_PROBLEMS, main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_pack_with_translations_is_checked_in_every_language(capsys, pack_copy):
    add_translation(pack_copy, "de")
    add_translation(pack_copy, "nl")
    code, out, _err = run(capsys, "content", "check", str(pack_copy))
    assert code == EXIT_OK
    assert "68 benchmarks" in out
    assert f"{pack_copy}: role benchmark; languages: en, de, nl" in out


def test_a_broken_translation_is_listed_with_file_and_line(capsys, pack_copy):
    dutch = add_translation(pack_copy, "nl")
    extra_line = line_number(dutch / "guide.txt", "code: guide.7")
    replace_in(dutch / "guide.txt", "code: guide.7", "code: guide.9")
    base_line = line_number(pack_copy / "guide.txt", "code: guide.7")
    code, out, err = run(capsys, "content", "check", str(pack_copy))
    assert code == EXIT_PROBLEMS
    assert out.splitlines() == [
        f"{pack_copy / 'nl' / 'guide.txt'}:{extra_line}: [code] code 'guide.9' is not in the "
        "pack's base language (guide.txt)",
        f"{pack_copy / 'nl' / 'guide.txt'}:0: [code] code 'guide.7' (guide.txt line "
        f"{base_line}) is missing from this translation",
    ]
    assert "2 problems found in" in err


def test_a_guidance_pack_is_checked_against_its_benchmark_pack(capsys, pack_copy):
    folder = add_guidance_pack(pack_copy.parent)
    code, out, _err = run(capsys, "content", "check", str(folder))
    assert code == EXIT_OK
    assert "0 benchmarks" in out and "2 practices, 1 guide steps" in out
    assert "role guidance; languages: en" in out
    (folder / "benchmarks.txt").write_text((pack_copy / "benchmarks.txt").read_text("utf-8"))
    code, out, _err = run(capsys, "content", "check", str(folder))
    assert code == EXIT_PROBLEMS
    assert f"{folder / 'benchmarks.txt'}:0: a guidance pack may not hold this file" in out
