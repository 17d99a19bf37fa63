"""Every assessment, action and indicator carries a stable identifier that travels with it in a
package, so that importing the same package twice never duplicates anything."""

import re

from toolbox_desktop.core.plan import Action, Indicator
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.database import connect, migrate
from toolbox_desktop.storage.plan_repository import PlanRepository

UID = re.compile(r"^[0-9a-f]{32}$")


def uid_of(conn, table, row_id):
    return conn.execute(f"SELECT uid FROM {table} WHERE id = ?", [row_id]).fetchone()[0]


def test_new_rows_get_distinct_stable_uids(db_path):
    conn = connect(db_path)
    migrate(conn, db_path)
    assessments = AssessmentRepository(conn)
    first = assessments.create("Spring", "2026-03-01")
    copy = assessments.create("Autumn", "2026-10-01", copy_from=first.id)
    plan = PlanRepository(conn)
    action = plan.save_action(Action(id=None, title="Welcome desk"))
    indicator = plan.save_indicator(Indicator(name="Visitors", action_id=action.id))

    uids = [
        uid_of(conn, "assessments", first.id),
        uid_of(conn, "assessments", copy.id),
        uid_of(conn, "actions", action.id),
        uid_of(conn, "indicators", indicator.id),
    ]
    assert all(UID.match(uid) for uid in uids)
    assert len(set(uids)) == 4
    # Editing a row keeps its identifier.
    assessments.update(first.id, title="Spring 2026")
    plan.save_action(action.with_changes(title="Welcome desk in the town hall"))
    assert uid_of(conn, "assessments", first.id) == uids[0]
    assert uid_of(conn, "actions", action.id) == uids[2]
    conn.close()
