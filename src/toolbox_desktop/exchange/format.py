"""What a package is: its manifest's fixed values, the files it may hold, and the limits a
package must stay within. Kept apart so that the reader, the writer and the documentation
agree on one list."""

from __future__ import annotations

from dataclasses import dataclass

FORMAT = "local-integration-toolbox-package"
FORMAT_VERSION = 1  # any new field or file raises this: older apps then say "update the app"
SUFFIX = ".toolbox"

MANIFEST = "manifest.json"
MUNICIPALITY = "municipality.json"
ASSESSMENTS = "assessments.json"
PLAN = "plan.json"
ANNUAL_TEXTS = "annual_texts.json"
PARTICIPANT = "participant.json"
DATA_FILES = (MUNICIPALITY, ASSESSMENTS, PLAN, ANNUAL_TEXTS, PARTICIPANT)
KNOWN_FILES = (MANIFEST, *DATA_FILES)

ASSESSMENT, PLAN_KIND, MUNICIPALITY_KIND, PARTICIPANT_KIND = (
    "assessment",
    "plan",
    "municipality",
    "participant",
)
KINDS = (ASSESSMENT, PLAN_KIND, MUNICIPALITY_KIND, PARTICIPANT_KIND)


@dataclass(frozen=True)
class KindFiles:
    """The data files a kind of package must hold, and those it may hold."""

    required: frozenset[str]
    allowed: frozenset[str]


# Anonymised packages carry assessments only, labelled with the municipality's public facts.
KIND_FILES = {
    (ASSESSMENT, False): KindFiles(frozenset({ASSESSMENTS}), frozenset({ASSESSMENTS})),
    (ASSESSMENT, True): KindFiles(
        frozenset({ASSESSMENTS, MUNICIPALITY}), frozenset({ASSESSMENTS, MUNICIPALITY})
    ),
    (PLAN_KIND, False): KindFiles(frozenset({PLAN}), frozenset({PLAN, ANNUAL_TEXTS})),
    (MUNICIPALITY_KIND, False): KindFiles(
        frozenset({MUNICIPALITY}), frozenset({MUNICIPALITY, ASSESSMENTS, PLAN, ANNUAL_TEXTS})
    ),
    (MUNICIPALITY_KIND, True): KindFiles(
        frozenset({MUNICIPALITY}), frozenset({MUNICIPALITY, ASSESSMENTS})
    ),
    (PARTICIPANT_KIND, False): KindFiles(frozenset({PARTICIPANT}), frozenset({PARTICIPANT})),
}

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """How big a package may be. A real one is far below these (68 ratings with long evidence
    and a plan of 10,000 actions come to a few MB); anything above is damaged or hostile."""

    package_bytes: int = 50 * MB  # the .toolbox file itself
    member_bytes: int = 40 * MB  # one file, once unpacked
    total_bytes: int = 50 * MB  # all files, once unpacked
    members: int = 8  # the manifest and five data files, with room to spare
    directory_bytes: int = 64 * 1024  # the zip's table of contents


LIMITS = Limits()
