"""The assessment area: the municipality profile, assessments, and rating the benchmarks.

``AssessmentPage`` is the area widget; ``AssessmentSession`` holds what is being assessed and
tells other areas (the dashboard) when it changes. Views never touch the database: they go
through the session, which calls ``AssessmentRepository``.
"""
