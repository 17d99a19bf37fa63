"""What a package is: its manifest's fixed values, the files it may hold, and the limits a
package must stay within. Kept apart so that the reader, the writer and the documentation
agree on one list."""

from __future__ import annotations

from dataclasses import dataclass

FORMAT = "local-integration-toolbox-package"
# Any new field or file raises this: older apps then say "update the app". Version 2 added
# the fact sandwiches, the advocacy addressees and the profile's ``town_id``; version 3 the
# other municipalities' assessments kept on a laptop (``PEERS``, in a whole municipality).
# A package is written with the lowest version that holds its files (``version_for``), so
# that what an older app can read stays readable by it.
FORMAT_VERSION = 3
LOWEST_WRITTEN = 2  # the profile's ``town_id`` is in every package's version 2 fields
SUFFIX = ".toolbox"

MANIFEST = "manifest.json"
MUNICIPALITY = "municipality.json"
ASSESSMENTS = "assessments.json"
PLAN = "plan.json"
ANNUAL_TEXTS = "annual_texts.json"
PARTICIPANT = "participant.json"
FACT_SANDWICHES = "fact_sandwiches.json"
ADDRESSEES = "advocacy_addressees.json"
PEERS = "peer_assessments.json"
DATA_FILES = (
    MUNICIPALITY,
    ASSESSMENTS,
    PLAN,
    ANNUAL_TEXTS,
    PARTICIPANT,
    FACT_SANDWICHES,
    ADDRESSEES,
    PEERS,
)
# The first format version that may hold each file added after version 1.
FILES_SINCE = {FACT_SANDWICHES: 2, ADDRESSEES: 2, PEERS: 3}
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
    # The town's own texts (fact sandwiches, addressees) travel in a whole municipality only,
    # never anonymised.
    (MUNICIPALITY_KIND, False): KindFiles(
        frozenset({MUNICIPALITY}),
        frozenset(
            {MUNICIPALITY, ASSESSMENTS, PLAN, ANNUAL_TEXTS, FACT_SANDWICHES, ADDRESSEES, PEERS}
        ),
    ),
    (MUNICIPALITY_KIND, True): KindFiles(
        frozenset({MUNICIPALITY}), frozenset({MUNICIPALITY, ASSESSMENTS})
    ),
    (PARTICIPANT_KIND, False): KindFiles(frozenset({PARTICIPANT}), frozenset({PARTICIPANT})),
}


def allowed_files(rule: KindFiles, format_version: int) -> frozenset[str]:
    """The files a package of ``format_version`` may hold under ``rule``: a version 1
    package holding a file of version 2 is refused, as version 1 apps refuse it."""
    return frozenset(name for name in rule.allowed if FILES_SINCE.get(name, 1) <= format_version)


def version_for(files) -> int:
    """The format version a package holding ``files`` is written with: the lowest that may
    hold them all (so an app that reads version 2 reads every package without ``PEERS``)."""
    return max([LOWEST_WRITTEN, *(FILES_SINCE.get(name, 1) for name in files)])


MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """How big a package may be. A real one is far below these (68 ratings with long evidence
    and a plan of 10,000 actions come to a few MB); anything above is damaged or hostile."""

    package_bytes: int = 50 * MB  # the .toolbox file itself
    member_bytes: int = 40 * MB  # one file, once unpacked
    total_bytes: int = 50 * MB  # all files, once unpacked
    members: int = 10  # the manifest and at most eight data files, with room to spare
    directory_bytes: int = 64 * 1024  # the zip's table of contents


LIMITS = Limits()
