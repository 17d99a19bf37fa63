"""One app instance writing as fast as it can (run twice at once by test_two_writers.py):
new actions, edits after a read, bulk changes, indicators, annual texts, profile, ratings."""

import sys
from dataclasses import replace
from pathlib import Path

from toolbox_desktop.core.assessment import Rating
from toolbox_desktop.core.plan import Action, Indicator
from toolbox_desktop.storage.annual_texts import AnnualTextRepository
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.database import connect
from toolbox_desktop.storage.plan_repository import PlanRepository

path, name = Path(sys.argv[1]), sys.argv[2]
rounds, assessment_id = int(sys.argv[3]), int(sys.argv[4])
conn = connect(path)
plan, annual = PlanRepository(conn), AnnualTextRepository(conn)
assessments = AssessmentRepository(conn)
own_text = "summary" if name == "A" else "stories"
for n in range(rounds):
    action = plan.save_action(Action(title=f"{name} {n}"))
    seen = plan.action(action.id)  # a read first: the case a deferred transaction fails on
    plan.save_action(replace(seen, description=f"edited {n}"), base=seen)
    plan.update_actions([action.id], status="planned")
    indicator = plan.save_indicator(Indicator(name=f"{name} {n}", action_id=action.id))
    plan.save_indicator(replace(indicator, unit="people"), base=indicator)
    texts = annual.texts(2000 + n)
    annual.save(replace(texts, **{own_text: f"{name} {n}"}), base=texts)
    profile = assessments.profile()
    assessments.save_profile(replace(profile, region=f"{name} {n}"))
    assessments.save_rating(assessment_id, Rating(f"{name}.{n}", level=n % 5))
print("done", flush=True)
