"""The town's fact sandwiches in the file: stored at once, any script kept, a delete only
hidden (Undo brings it back), an edit against what the screen showed merged with another
window's change of another field and refused on a clash, and the limits kept."""

from __future__ import annotations

import pytest

from toolbox_desktop.core.limits import LimitError
from toolbox_desktop.core.merging import ChangedElsewhereError
from toolbox_desktop.storage.database import connect
from toolbox_desktop.storage.edit_history import FACT_SANDWICH, SET_ASIDE, history
from toolbox_desktop.storage.fact_sandwich_repository import (
    FactSandwich,
    FactSandwichNotFoundError,
    FactSandwichRepository,
)

HOSTILE = "Kadıköy · Пётрово · مریم‌آباد · 😀 <b>&amp; </para>"


@pytest.fixture
def repository(workspace):
    return FactSandwichRepository(workspace.conn)


@pytest.fixture
def other(workspace):
    """Another window's connection to the same file."""
    conn = connect(workspace.path)
    yield FactSandwichRepository(conn)
    conn.close()


def test_added_sandwiches_are_read_back_in_order_with_any_text(repository, other):
    first = repository.save(FactSandwich(topic=HOSTILE, fact="F", myth="M", why_wrong="W"))
    second = repository.save(FactSandwich(topic="Second", fact_again=HOSTILE))
    assert first.id and second.id and first.id != second.id
    assert other.sandwiches() == [first, second]
    assert other.sandwich(first.id).topic == HOSTILE


def test_a_delete_hides_the_sandwich_and_restore_brings_it_back_whole(repository):
    kept = repository.save(FactSandwich(topic="Houses", fact="Same rules for all"))
    repository.delete(kept.id)
    assert repository.sandwiches() == []
    with pytest.raises(FactSandwichNotFoundError):
        repository.sandwich(kept.id)
    with pytest.raises(FactSandwichNotFoundError):
        repository.delete(kept.id)
    repository.restore(kept.id)
    assert repository.sandwiches() == [kept]
    with pytest.raises(FactSandwichNotFoundError):
        repository.restore(9999)


def test_an_edit_writes_only_the_fields_it_changed_over_another_windows(repository, other):
    base = repository.save(FactSandwich(topic="Houses", fact="Fact"))
    other.save(FactSandwich(base.id, "Housing", "Fact"), base)  # they change the topic
    mine = FactSandwich(base.id, "Houses", "Fact", myth="Warning")  # I add the warning
    stored = repository.save(mine, base)
    assert stored == FactSandwich(base.id, "Housing", "Fact", myth="Warning")
    assert other.sandwich(base.id) == stored


def test_the_same_field_changed_in_both_windows_is_a_clash_and_nothing_is_written(
    repository, other
):
    base = repository.save(FactSandwich(topic="Houses", fact="Fact"))
    theirs = other.save(FactSandwich(base.id, "Houses", "Their fact"), base)
    with pytest.raises(ChangedElsewhereError) as clash:
        repository.save(FactSandwich(base.id, "Houses", "My fact", myth="Warning"), base)
    assert clash.value.stored == theirs and clash.value.fields == ("fact",)
    assert repository.sandwich(base.id) == theirs


def test_text_over_its_limit_is_refused(repository):
    with pytest.raises(LimitError):
        repository.save(FactSandwich(topic="x" * 301))
    kept = repository.save(FactSandwich(fact="x" * 2000))
    with pytest.raises(LimitError):
        repository.save(FactSandwich(kept.id, fact="x" * 2001), kept)
    assert repository.sandwich(kept.id) == kept


def test_overwritten_texts_and_a_set_aside_version_stay_in_the_edit_history(repository, other):
    """Nothing typed is lost: an overwritten fact, and my own fact when I took theirs."""
    base = repository.save(FactSandwich(topic="Houses", fact="First fact"))
    theirs = other.save(FactSandwich(base.id, "Houses", "Their fact"), base)
    mine = FactSandwich(base.id, "Houses", "My fact")
    repository.set_aside(theirs, mine, ("fact",))
    kept = history(repository.conn, FACT_SANDWICH, base.id)
    assert [(e.field, e.old, e.new) for e in kept] == [
        ("fact", "First fact", "Their fact"),
        ("fact", "Their fact", "My fact"),
    ]
    assert kept[-1].reason == SET_ASIDE
