"""The plan's fixed lists: the kinds of partners and the sources of funding an action names.

Apart from the plan's rules (``core.plan``, which re-exports them) because more than the plan
needs them: a content pack's quick wins are checked against them (``pack_schemas``) and the
library's quick-win pages name them, both at every start, when the plan's rules and their
dataclasses are not needed yet (about 8 ms to load).
"""

from __future__ import annotations

from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP

# The kinds of stakeholders the Whole-COMM toolbox names as partners.
PARTNER_KINDS = {
    "municipal-departments": QT_TRANSLATE_NOOP("Plan", "Municipal departments"),
    "ngos": QT_TRANSLATE_NOOP("Plan", "NGOs"),
    "migrant-organisations": QT_TRANSLATE_NOOP("Plan", "Migrant organisations"),
    "employers-chambers": QT_TRANSLATE_NOOP("Plan", "Employers and chambers"),
    "schools": QT_TRANSLATE_NOOP("Plan", "Schools"),
    "health-services": QT_TRANSLATE_NOOP("Plan", "Health services"),
    "housing-providers": QT_TRANSLATE_NOOP("Plan", "Housing providers"),
    "volunteers": QT_TRANSLATE_NOOP("Plan", "Volunteers"),
    "neighbouring-municipalities": QT_TRANSLATE_NOOP("Plan", "Neighbouring municipalities"),
}
FUNDING_SOURCES = {
    "municipal-budget": QT_TRANSLATE_NOOP("Plan", "Municipal budget"),
    "amif": QT_TRANSLATE_NOOP("Plan", "AMIF (EU Asylum, Migration and Integration Fund)"),
    "esf-plus": QT_TRANSLATE_NOOP("Plan", "ESF+ (European Social Fund Plus)"),
    "regional-programme": QT_TRANSLATE_NOOP("Plan", "Regional programme"),
    "national-programme": QT_TRANSLATE_NOOP("Plan", "National programme"),
    "foundation": QT_TRANSLATE_NOOP("Plan", "Foundation"),
    "other": QT_TRANSLATE_NOOP("Plan", "Other"),
}
