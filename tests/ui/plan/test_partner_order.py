"""Opening an action never changes it: partners stored in another order than the editor's
check boxes (the training town's, an imported plan's) are no edit, so no Undo step appears and
the file keeps them as they were."""

from dataclasses import replace

from plan_helpers import sample_actions


def test_showing_an_action_with_partners_in_another_order_is_no_edit(
    make_plan_page, workspace, plan_stack, stored
):
    first, second = sample_actions(workspace.content, 2)
    first = replace(first, partners=("volunteers", "ngos"))  # not the check boxes' order
    page = make_plan_page([first, second])
    [one, two] = sorted(stored.actions(), key=lambda a: a.id)
    page.show_action(one.id)
    page.show_action(two.id)  # leaving the first action stores what was edited in it
    page.flush_edits()
    assert plan_stack.count() == 0
    assert stored.action(one.id).partners == ("volunteers", "ngos")
