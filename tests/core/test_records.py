from toolbox_desktop.core.records import parse_records


def test_records_fields_and_lines():
    text = "# comment\ncode: a.b\ntitle: First\n  continued\n\n\ncode: c\ntext: x\n  .\n  second\n"
    records, problems = parse_records(text)
    assert problems == []
    assert [r.line for r in records] == [2, 7]
    assert records[0].get("title") == "First continued"
    assert records[0].line_of("title") == 3
    assert records[1].get("text") == "x\n\nsecond"


def test_syntax_problems_are_reported_with_lines_and_parsing_goes_on():
    text = "code: a\nthis is not a field\n  orphan after a bad line\ncode: b\n\n  orphan\ncode: c\n"
    records, problems = parse_records(text)
    assert [(p.line, p.field) for p in problems] == [(2, ""), (3, ""), (4, "code"), (6, "")]
    assert "first on line 1" in problems[2].template.format(**problems[2].params)
    assert [r.get("code") for r in records] == ["a", "c"]


def test_unicode_values_survive():
    text = "name: Dessau-Roßlau — Пример — مرحبا — Kadıköy\n"
    records, problems = parse_records(text)
    assert not problems
    assert records[0].get("name") == "Dessau-Roßlau — Пример — مرحبا — Kadıköy"
