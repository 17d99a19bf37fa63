"""The dashboard (scores, charts, gaps) and the comparison of two assessments.

Pure presentation: the widgets here receive content, assessments and ratings and never read
the database, so the integrator decides when to load and refresh.
"""
