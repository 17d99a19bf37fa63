"""The fixed story of the fictional training town: profile, people, actions, evidence, texts.

Kept apart from the code that writes it so that trainers can read and adjust the story in one
place. Dates are ``(years after the first assessment, month, day)``: the town is built around
the day it is created, so that its plan is always current. Benchmark codes that a content pack
does not have are skipped (or replaced) by ``training_town``, so the story may name any code.
Everything here is invented: no real town, person or practice is described.
"""

from __future__ import annotations

from dataclasses import dataclass

from toolbox_desktop.core.plan import DONE, DROPPED, IDEA, IN_PROGRESS, PLANNED

Day = tuple[int, int, int]

TOWN_NAME = "Lindenbach (fictional training town)"
COUNTRY = "Germany"
REGION = "Lindental District (fictional)"
POPULATION = 9_140
KIND = "small-town"
NEWCOMERS = 236
STAFF_TIME = "one integration officer full time, one assistant half time"
# Health services are run by the district, so health is outside the town's competence.
COMPETENCES = ("housing", "education", "employment")

# Who rated which dimension, in both assessments.
RATED_BY = {
    "gov": "Miriam Vogt",
    "emp": "Jonas Hartmann",
    "edu": "Petra Lindner",
    "hea": "Miriam Vogt",
    "hou": "Karl Ostermann",
}
FIRST_PARTICIPANTS = (
    "Thomas Brandt (mayor), Miriam Vogt (integration officer), Jonas Hartmann (social "
    "services), Petra Lindner (primary school), Karl Ostermann (building department), "
    "two volunteers of the Welcome Circle"
)
# The second assessment is a workshop: (name, how the ratings came in).
WORKSHOP = (
    ("Thomas Brandt (mayor)", "paper"),
    ("Miriam Vogt (integration officer)", "file"),
    ("Samira Haddad (migrant council)", "paper"),
    ("Oleksandr Kovalenko (Welcome Circle volunteers)", "paper"),
    ("Petra Lindner (primary school)", "file"),
    ("Jonas Hartmann (social services)", "paper"),
)

# Average level per dimension at the first assessment (education was already the strongest).
FIRST_LEVEL_MEANS = {"gov": 1.5, "emp": 1.3, "edu": 2.0, "hea": 1.1, "hou": 1.0}

NOT_APPLICABLE_CODES = {
    "hou.equitable-access.3": "There are no large investors in the local housing market: "
    "most flats belong to private owners and the town's own housing company.",
}
OUTSIDE_COMPETENCE_CODES = {
    "hea.access.1": "Access to healthcare is regulated nationally and run by the district. "
    "We raise it through the county network of small municipalities.",
    "hea.access.2": "Medicine and treatment are paid under national rules; the town cannot "
    "change them. Raised with our member of the regional parliament.",
    "hou.equitable-access.2": "Rent rules are national law. We support the county's "
    "request for a rent cap in the district.",
}
# Rated "not applicable" the first year only: the situation changed since.
FIRST_YEAR_NOT_APPLICABLE = {
    "hou.community.3": "There is no reception facility in town.",
}

# What the second (workshop) assessment found, per benchmark; the first uses its own text
# where there is one, otherwise a general sentence for its level.
EVIDENCE = {
    "gov.strategic-planning.1": "The council adopted a three-year integration plan in June "
    "after three open evenings; it names an owner and a deadline for every action.",
    "gov.strategic-planning.2": "The integration committee reviews the plan every quarter; "
    "the mayor chairs it and the progress table is published on the town's website.",
    "gov.coordination.1": "The new migrant council has two seats on the integration "
    "committee. Employers and the school are invited, but do not always come.",
    "gov.coordination.2": "Member of the county network of small municipalities since "
    "January; we co-signed its letter to the regional ministry on course funding.",
    "gov.coordination.4": "Monthly round table of the services (job centre, school, "
    "housing company, volunteers): problems are solved by a phone call now.",
    "gov.coordination.5": "The welcome desk in the town hall is the single entry point; "
    "departments still pass cases on by e-mail without a shared list.",
    "gov.informed-policymaking.1": "First local integration monitor published: newcomers, "
    "course places and jobs. Figures on health and housing are still missing.",
    "gov.resources.3": "Integration has its own budget lines (3100-3140) since this year's "
    "budget, separate from general social spending.",
    "emp.local-needs.1": "Work trials with family businesses in the villages; the trades "
    "association found most of the places.",
    "emp.skills-recognition.2": "A job-related language course for care and logistics runs "
    "twice a week; the course with childcare reaches mothers of small children.",
    "emp.targeted-programmes.3": "Job mentoring pairs newcomers with retired tradespeople; "
    "21 pairs active at the last count.",
    "emp.small-businesses.1": "Small firms ask for help with paperwork more than with "
    "language. The trades association now offers a contact person.",
    "edu.equal-access.1": "The homework club at the library meets three afternoons a week "
    "with volunteer tutors.",
    "edu.equal-access.3": "Extra language support in both kindergartens since spring; one "
    "specialist for 18 hours a week.",
    "edu.parents.1": "Parent café with interpreters at the primary school once a month; "
    "teachers say parents now come to the parents' evenings too.",
    "edu.parents.3": "The guide to the school system exists in six languages, on paper and online.",
    "hea.language.1": "The interpreting pool has 14 trained volunteers in 9 languages; "
    "doctors' practices book them through the welcome desk.",
    "hea.information.1": "Four health information evenings with the district health office; "
    "brochures in five languages at the pharmacy and the town hall.",
    "hea.vulnerable-groups.1": "A psychosocial support group for refugee women meets every "
    "week in the family centre; waiting list for individual counselling.",
    "hou.equitable-access.1": "The allocation rules of the town's flats were checked: the "
    "rule asking for three years of residence was removed.",
    "hou.equitable-access.5": "Housing mediation helps households move out of shared "
    "accommodation; a guarantee fund reassures landlords.",
    "hou.equitable-access.7": "29 households moved into private flats through the mediation; "
    "owners of empty flats in the villages were written to.",
    "hou.community.1": "Newcomers run two of the four community gardens and the repair café "
    "in the old school.",
    "hou.community.3": "The district opened a shared house for 24 people on the edge of "
    "town; we were asked about the location only after the decision.",
}
# Where things got worse by the second assessment, and why.
DECLINES = {
    "edu.resources.1": "The regional grant for community education ended in spring; the "
    "evening courses for parents stopped.",
    "emp.customised-support.2": "The job centre closed its office hours in the villages; "
    "advice is now only in the district town, an hour away by bus.",
}
FIRST_EVIDENCE = {
    "gov.strategic-planning.1": "No integration plan; measures are decided case by case in "
    "the social committee.",
    "gov.resources.3": "Integration costs are part of general social spending and cannot be "
    "told apart.",
    "emp.targeted-programmes.3": "A few volunteers help with applications, without structure.",
    "hea.language.1": "Family members, often children, interpret at the doctor's.",
    "hou.equitable-access.7": "Newcomers stay in shared accommodation for a year or more; "
    "landlords are wary.",
}
GENERAL_EVIDENCE = {
    0: (
        "Nothing in place yet; raised in the integration committee.",
        "Not done so far, and no one is responsible for it.",
    ),
    1: (
        "Happens now and then, depending on individual staff and volunteers.",
        "Discussed and partly decided, but nothing regular yet.",
        "A first attempt this year; too early to say whether it works.",
    ),
    2: (
        "Works for some groups or places, with clear gaps in the villages.",
        "In place in the town centre; the outlying villages are not reached.",
        "Exists, but depends on one or two people and short-term money.",
    ),
    3: (
        "Works for most people; small gaps remain (see the notes).",
        "Established and funded; we still lack figures to show the effect.",
    ),
    4: ("In place, funded and reviewed every year with the people it serves.",),
}
NOTES = (
    "Ask the district office for figures before the next review.",
    "Check with the migrant council whether they see it the same way.",
    "Volunteers rate this higher than the staff did.",
    "Depends on the regional grant being renewed.",
    "Look at how the neighbouring towns handle this.",
    "Review the rating after the school year.",
)
EXCLUSION_NOTE = "Reviewed at the workshop: still outside our competence; keep advocating."
PARTICIPANT_NOTES = (
    "Works in the town centre, not in the villages.",
    "I only know this from the volunteers' side.",
    "Better than a year ago, but not yet reliable.",
    "Nobody I asked knew about this.",
    "We depend on one person for this.",
)

BUDGET_LINES = {
    "gov": "3100 Integration office",
    "emp": "3110 Integration: work and training",
    "edu": "3120 Integration: language and education",
    "hea": "3130 Integration: health and interpreting",
    "hou": "3140 Integration: housing and neighbourhoods",
}


@dataclass(frozen=True)
class MilestoneSpec:
    title: str
    due: Day
    done: bool = False


@dataclass(frozen=True)
class IndicatorSpec:
    name: str
    unit: str
    baseline: float
    target: float
    measurements: tuple[tuple[Day, float], ...]
    benchmark: str = ""  # for an indicator of a benchmark rather than of an action


@dataclass(frozen=True)
class ActionSpec:
    title: str
    dimension: str
    benchmarks: tuple[str, ...]
    description: str
    role: str
    person: str
    partners: tuple[str, ...]
    partner_names: str
    start: Day | None
    end: Day | None
    status: str
    priority: int
    progress: int
    budget: int | None  # whole euros
    spent: int | None
    funding: str
    milestones: tuple[MilestoneSpec, ...] = ()
    indicators: tuple[IndicatorSpec, ...] = ()


ACTIONS = (
    # -- governance ----------------------------------------------------------------------
    ActionSpec(
        "Three-year integration plan adopted by the council",
        "gov",
        ("gov.strategic-planning.1",),
        "Turn the results of the first self-assessment into a plan with owners, deadlines "
        "and money, discussed in open evenings before the council votes on it.",
        "Integration officer",
        "Miriam Vogt",
        ("municipal-departments", "migrant-organisations", "ngos", "volunteers"),
        "All departments, Welcome Circle, migrant council (from spring)",
        (0, 11, 3),
        (1, 6, 30),
        DONE,
        3,
        100,
        6_000,
        5_480,
        "municipal-budget",
        (
            MilestoneSpec("Kick-off in the integration committee", (0, 11, 20), True),
            MilestoneSpec("Three open evenings on the draft", (1, 3, 19), True),
            MilestoneSpec("Council vote", (1, 6, 25), True),
        ),
    ),
    ActionSpec(
        "Quarterly integration committee with a public progress table",
        "gov",
        ("gov.strategic-planning.2", "gov.coordination.5"),
        "The mayor chairs a quarterly review of the plan; a one-page progress table is "
        "published on the town's website after each meeting.",
        "Mayor",
        "Thomas Brandt",
        ("municipal-departments", "migrant-organisations"),
        "Integration committee",
        (1, 1, 15),
        (2, 12, 31),
        IN_PROGRESS,
        3,
        40,
        1_200,
        380,
        "municipal-budget",
        (
            MilestoneSpec("First public progress table", (1, 3, 31), True),
            MilestoneSpec("Progress table after the summer", (1, 9, 30), True),
            MilestoneSpec("Review of the plan after one year", (2, 6, 30)),
        ),
        (
            IndicatorSpec(
                "Committee meetings held",
                "meetings",
                0,
                8,
                (((1, 3, 20), 1), ((1, 6, 19), 2), ((1, 9, 18), 3)),
            ),
        ),
    ),
    ActionSpec(
        "Migrant council with two seats on the integration committee",
        "gov",
        ("gov.coordination.1",),
        "An elected council of residents with a migration background advises the town and "
        "sends two members to the integration committee. Members receive an expense "
        "allowance.",
        "Integration officer",
        "Miriam Vogt",
        ("migrant-organisations", "ngos"),
        "Community associations, mosque association, Ukrainian families' group",
        (0, 12, 1),
        (1, 5, 31),
        DONE,
        3,
        100,
        2_500,
        2_150,
        "municipal-budget",
        (
            MilestoneSpec("Rules adopted by the council", (1, 2, 27), True),
            MilestoneSpec("Election meeting in the community hall", (1, 5, 16), True),
        ),
    ),
    ActionSpec(
        "Join the county network of small municipalities on integration",
        "gov",
        ("gov.coordination.2", "gov.resources.1"),
        "Take part in the county network so that small towns speak with one voice to the "
        "region about course places, housing and funding.",
        "Mayor",
        "Thomas Brandt",
        ("neighbouring-municipalities",),
        "Seven towns and villages of the district",
        (1, 1, 1),
        (2, 12, 31),
        IN_PROGRESS,
        2,
        55,
        800,
        420,
        "municipal-budget",
        (MilestoneSpec("Joint letter to the regional ministry", (1, 7, 15), True),),
    ),
    ActionSpec(
        "Exchange visit to a partner town",
        "gov",
        ("gov.coordination.3",),
        "A two-day visit of committee members and volunteers to a town of similar size to "
        "learn how it runs its welcome services.",
        "Integration officer",
        "Miriam Vogt",
        ("neighbouring-municipalities", "volunteers"),
        "Integration committee, Welcome Circle",
        (2, 3, 1),
        (2, 5, 31),
        PLANNED,
        1,
        0,
        3_500,
        0,
        "foundation",
        (MilestoneSpec("Visit", (2, 5, 12)),),
    ),
    ActionSpec(
        "Monthly round table of services",
        "gov",
        ("gov.coordination.4",),
        "Job centre, school, housing company, health office and volunteers meet for an hour "
        "each month to solve individual cases quickly and to know whom to call.",
        "Head of social services",
        "Jonas Hartmann",
        ("municipal-departments", "ngos", "schools", "housing-providers", "health-services"),
        "Job centre branch, primary school, town housing company, district health office",
        (1, 1, 10),
        (2, 12, 31),
        IN_PROGRESS,
        2,
        60,
        300,
        140,
        "municipal-budget",
    ),
    ActionSpec(
        "Local integration monitor",
        "gov",
        ("gov.informed-policymaking.1", "gov.informed-policymaking.2"),
        "A yearly overview of newcomers, course places, jobs, school places and housing, "
        "compiled by a student intern from figures the services already have.",
        "Integration officer",
        "Miriam Vogt",
        ("municipal-departments", "neighbouring-municipalities"),
        "District statistics office, job centre branch",
        (1, 2, 1),
        (2, 3, 31),
        IN_PROGRESS,
        2,
        50,
        4_000,
        1_900,
        "regional-programme",
        (
            MilestoneSpec("First monitor published", (1, 9, 30), True),
            MilestoneSpec("Health and housing figures added", (2, 3, 31)),
        ),
        (
            IndicatorSpec(
                "Data sources in the monitor", "sources", 1, 8, (((1, 4, 30), 3), ((1, 9, 30), 5))
            ),
        ),
    ),
    ActionSpec(
        "Separate budget lines for integration",
        "gov",
        ("gov.resources.3",),
        "Show integration spending in its own budget lines, apart from general social "
        "spending, so that the council sees what the plan costs.",
        "Town treasurer",
        "Ingrid Sommer",
        ("municipal-departments",),
        "Finance department",
        (0, 11, 1),
        (0, 12, 18),
        DONE,
        2,
        100,
        None,
        None,
        "",
        (MilestoneSpec("Budget lines in the draft budget", (0, 12, 18), True),),
    ),
    ActionSpec(
        "Joint AMIF application with two neighbouring towns",
        "gov",
        ("gov.resources.1", "gov.resources.2"),
        "A shared application for EU funds for language courses and the welcome desk. "
        "Dropped: the call closed before the three councils had agreed on the lead partner.",
        "Integration officer",
        "Miriam Vogt",
        ("neighbouring-municipalities",),
        "Two neighbouring towns",
        (1, 1, 15),
        (1, 4, 30),
        DROPPED,
        2,
        30,
        1_500,
        400,
        "municipal-budget",
    ),
    ActionSpec(
        "Newcomer survey every two years",
        "gov",
        ("gov.informed-policymaking.1",),
        "Ask newcomers themselves, in their languages, what helps and what is missing.",
        "Integration officer",
        "Miriam Vogt",
        ("migrant-organisations",),
        "Migrant council",
        None,
        None,
        IDEA,
        1,
        0,
        None,
        None,
        "",
    ),
    # -- employment and vocational training ----------------------------------------------
    ActionSpec(
        "Job mentoring with retired tradespeople",
        "emp",
        ("emp.targeted-programmes.3",),
        "Retired craftsmen and women each accompany a newcomer for six months: applications, "
        "first weeks at work, the words of the trade.",
        "Volunteer coordinator",
        "Anja Keller",
        ("volunteers", "employers-chambers"),
        "Welcome Circle, district trades association",
        (1, 1, 15),
        (2, 6, 30),
        IN_PROGRESS,
        3,
        65,
        9_000,
        5_100,
        "foundation",
        (
            MilestoneSpec("Twenty mentors trained", (1, 4, 30), True),
            MilestoneSpec("Evaluation with mentors and mentees", (2, 3, 31)),
        ),
        (
            IndicatorSpec(
                "Mentoring pairs active",
                "pairs",
                0,
                25,
                (((1, 3, 31), 6), ((1, 5, 31), 11), ((1, 7, 31), 17), ((1, 9, 30), 21)),
            ),
        ),
    ),
    ActionSpec(
        "Work trials with small family businesses",
        "emp",
        ("emp.local-needs.1", "emp.small-businesses.1"),
        "Two-week work trials in bakeries, garages and farms of the villages, with the "
        "paperwork done by the trades association.",
        "Head of social services",
        "Jonas Hartmann",
        ("employers-chambers", "municipal-departments"),
        "District trades association, farmers' association",
        (1, 2, 1),
        (2, 1, 31),
        IN_PROGRESS,
        3,
        60,
        12_000,
        6_300,
        "regional-programme",
        (
            MilestoneSpec("Ten businesses signed up", (1, 3, 31), True),
            MilestoneSpec("Thirty placements", (1, 12, 31)),
        ),
        (
            IndicatorSpec(
                "Work trial placements",
                "placements",
                0,
                30,
                (((1, 4, 30), 4), ((1, 7, 31), 12), ((1, 9, 30), 19)),
            ),
        ),
    ),
    ActionSpec(
        "Skills check that counts practical experience",
        "emp",
        ("emp.skills-recognition.1",),
        "A practical skills check in the vocational school's workshops, so that experience "
        "without certificates is recognised by employers.",
        "Head of social services",
        "Jonas Hartmann",
        ("schools", "employers-chambers"),
        "Vocational school of the district, chamber of crafts",
        (2, 1, 15),
        (2, 9, 30),
        PLANNED,
        2,
        0,
        7_500,
        0,
        "esf-plus",
    ),
    ActionSpec(
        "Job-related language course for care and logistics",
        "emp",
        ("emp.skills-recognition.2",),
        "Evening course on the language of the two sectors with most vacancies in town, with "
        "visits to the care home and the logistics centre.",
        "Integration officer",
        "Miriam Vogt",
        ("employers-chambers", "ngos"),
        "The town's care home, logistics centre on the industrial estate, adult education centre",
        (1, 3, 1),
        (2, 2, 28),
        IN_PROGRESS,
        2,
        50,
        18_000,
        8_700,
        "national-programme",
        (MilestoneSpec("Second course starts", (1, 9, 15), True),),
        (
            IndicatorSpec(
                "Course participants who found work",
                "people",
                0,
                15,
                (((1, 6, 30), 3), ((1, 9, 30), 7)),
            ),
        ),
    ),
    ActionSpec(
        "Training day for job centre advisers",
        "emp",
        ("emp.skills-recognition.3",),
        "A day on residence status and the right to work, so that advisers give newcomers "
        "the same answer.",
        "Head of social services",
        "Jonas Hartmann",
        ("municipal-departments", "ngos"),
        "Job centre branch, refugee counselling service",
        (0, 11, 1),
        (0, 11, 28),
        DONE,
        2,
        100,
        1_800,
        1_650,
        "municipal-budget",
    ),
    ActionSpec(
        "Apprenticeship evening with the chamber of crafts",
        "emp",
        ("emp.targeted-programmes.2", "emp.targeted-programmes.4"),
        "Young newcomers and their parents meet trainers and apprentices of local firms; "
        "pupils of the last two school years are invited with their class.",
        "School coordinator",
        "Petra Lindner",
        ("schools", "employers-chambers"),
        "Secondary school, chamber of crafts",
        (1, 2, 1),
        (1, 4, 30),
        DONE,
        2,
        100,
        900,
        870,
        "municipal-budget",
        (MilestoneSpec("Evening in the school hall", (1, 4, 23), True),),
    ),
    ActionSpec(
        "Employers' breakfast on hiring refugees",
        "emp",
        ("emp.targeted-programmes.1", "emp.small-businesses.2"),
        "Local employers who hired refugees tell others how it went and what help they had.",
        "Mayor",
        "Thomas Brandt",
        ("employers-chambers",),
        "Trade and commerce association",
        (1, 5, 1),
        (1, 6, 15),
        DONE,
        1,
        100,
        650,
        610,
        "municipal-budget",
    ),
    ActionSpec(
        "Start-up advice for migrant entrepreneurs",
        "emp",
        ("emp.local-needs.6",),
        "Advice days with the district's business development office, with an interpreter.",
        "Head of social services",
        "Jonas Hartmann",
        ("employers-chambers", "migrant-organisations"),
        "Business development office of the district",
        (2, 9, 1),
        (3, 6, 30),
        IDEA,
        1,
        0,
        None,
        None,
        "",
    ),
    ActionSpec(
        "Workers' rights leaflet in six languages",
        "emp",
        ("emp.local-needs.5",),
        "Pay, working hours and where to get help against exploitation, on one page, handed "
        "out with every work trial and at the welcome desk.",
        "Integration officer",
        "Miriam Vogt",
        ("ngos", "migrant-organisations"),
        "Trade union advice office, migrant council",
        (1, 11, 15),
        (2, 3, 31),
        PLANNED,
        2,
        0,
        2_200,
        0,
        "amif",
    ),
    # -- education -----------------------------------------------------------------------
    ActionSpec(
        "Language course with childcare",
        "edu",
        ("edu.equal-access.4", "emp.skills-recognition.2"),
        "Morning language course in the community centre with childcare next door, so that "
        "mothers of small children can take part.",
        "Integration officer",
        "Miriam Vogt",
        ("ngos", "volunteers", "schools"),
        "Adult education centre, the family centre, Welcome Circle",
        (0, 11, 15),
        (2, 7, 31),
        IN_PROGRESS,
        3,
        70,
        24_000,
        15_800,
        "amif",
        (
            MilestoneSpec("Childcare room ready in the community centre", (1, 1, 9), True),
            MilestoneSpec("Second group opens", (1, 9, 1), True),
            MilestoneSpec("Funding for a third year secured", (2, 4, 30)),
        ),
        (
            IndicatorSpec(
                "Women attending the course with childcare",
                "people",
                3,
                20,
                (((1, 2, 28), 9), ((1, 5, 31), 14), ((1, 9, 30), 16)),
            ),
        ),
    ),
    ActionSpec(
        "Early language support in both kindergartens",
        "edu",
        ("edu.equal-access.3",),
        "A language specialist works in small groups in both kindergartens and shows the "
        "staff how to support language in everyday play.",
        "School coordinator",
        "Petra Lindner",
        ("schools", "municipal-departments"),
        "Both town kindergartens",
        (1, 3, 1),
        (2, 8, 31),
        IN_PROGRESS,
        3,
        45,
        15_000,
        6_200,
        "regional-programme",
        (),
        (
            IndicatorSpec(
                "Children with extra language support",
                "children",
                8,
                35,
                (((1, 4, 30), 14), ((1, 6, 30), 21), ((1, 9, 30), 26)),
            ),
        ),
    ),
    ActionSpec(
        "Homework club at the library",
        "edu",
        ("edu.equal-access.1", "edu.intercultural.3"),
        "Volunteer tutors help pupils with homework three afternoons a week; the library "
        "lends books in the children's languages.",
        "Volunteer coordinator",
        "Anja Keller",
        ("volunteers", "schools"),
        "Town library, Welcome Circle, secondary school",
        (0, 11, 1),
        (1, 7, 31),
        DONE,
        2,
        100,
        3_000,
        2_870,
        "foundation",
        (MilestoneSpec("Twelve volunteer tutors found", (0, 12, 15), True),),
        (
            IndicatorSpec(
                "Pupils attending every week",
                "pupils",
                0,
                20,
                (((1, 1, 31), 7), ((1, 4, 30), 12), ((1, 7, 15), 18)),
            ),
        ),
    ),
    ActionSpec(
        "Multilingual guide to the school system",
        "edu",
        ("edu.parents.3",),
        "From kindergarten to apprenticeship on twelve pages, in six languages, written with "
        "parents who went through it.",
        "School coordinator",
        "Petra Lindner",
        ("schools", "migrant-organisations"),
        "Primary and secondary school, migrant council",
        (0, 11, 15),
        (1, 5, 31),
        DONE,
        2,
        100,
        2_800,
        2_640,
        "amif",
        (
            MilestoneSpec("Texts checked by parents", (1, 3, 31), True),
            MilestoneSpec("Printed and online", (1, 5, 28), True),
        ),
    ),
    ActionSpec(
        "Parent café with interpreters",
        "edu",
        ("edu.parents.1", "edu.parents.2"),
        "Once a month parents meet teachers at the primary school over coffee, with "
        "volunteer interpreters.",
        "School coordinator",
        "Petra Lindner",
        ("schools", "volunteers"),
        "Primary school, parents' association",
        (1, 2, 1),
        (2, 7, 15),
        IN_PROGRESS,
        2,
        60,
        1_600,
        700,
        "municipal-budget",
    ),
    ActionSpec(
        "Intercultural training for teachers and kindergarten staff",
        "edu",
        ("edu.intercultural.2",),
        "Two afternoons a year for all teaching and childcare staff, on multilingual "
        "children and working with families.",
        "School coordinator",
        "Petra Lindner",
        ("schools",),
        "School authority of the district",
        (1, 11, 20),
        (2, 11, 30),
        PLANNED,
        2,
        0,
        4_500,
        0,
        "regional-programme",
        (MilestoneSpec("First afternoon", (2, 2, 11)),),
    ),
    ActionSpec(
        "Literacy course for adults",
        "edu",
        ("edu.equal-access.4",),
        "A small course for adults who never learnt to read and write in any language.",
        "Integration officer",
        "Miriam Vogt",
        ("ngos",),
        "Adult education centre",
        (2, 1, 10),
        (2, 12, 20),
        PLANNED,
        2,
        0,
        6_000,
        0,
        "national-programme",
    ),
    ActionSpec(
        "Feedback box for families",
        "edu",
        ("edu.feedback.1",),
        "A simple way, on paper and by message, for families to say what works and what "
        "does not in schools and courses.",
        "School coordinator",
        "Petra Lindner",
        ("schools", "migrant-organisations"),
        "",
        None,
        None,
        IDEA,
        1,
        0,
        None,
        None,
        "",
    ),
    ActionSpec(
        "Study advice with the nearest university",
        "edu",
        ("edu.equal-access.5",),
        "Advice days for young refugees who could study, with the university's international "
        "office.",
        "School coordinator",
        "Petra Lindner",
        ("schools",),
        "International office of the university",
        (2, 10, 1),
        (3, 6, 30),
        IDEA,
        1,
        0,
        None,
        None,
        "",
    ),
    ActionSpec(
        "Support teachers for the village school",
        "edu",
        ("edu.resources.2",),
        "Ask the school authority for a fair share of support teaching hours for the small "
        "village school, not only the town school.",
        "Mayor",
        "Thomas Brandt",
        ("schools", "neighbouring-municipalities"),
        "School authority of the district",
        (1, 11, 1),
        (2, 7, 31),
        PLANNED,
        2,
        0,
        None,
        None,
        "",
    ),
    # -- health --------------------------------------------------------------------------
    ActionSpec(
        "Interpreting pool for health and social appointments",
        "hea",
        ("hea.language.1",),
        "Trained volunteer interpreters, booked through the welcome desk, accompany newcomers "
        "to the doctor and to official appointments; they receive an allowance.",
        "Volunteer coordinator",
        "Anja Keller",
        ("volunteers", "health-services"),
        "Welcome Circle, doctors' practices, district health office",
        (0, 12, 1),
        (2, 11, 30),
        IN_PROGRESS,
        3,
        55,
        14_000,
        7_400,
        "regional-programme",
        (
            MilestoneSpec("First 10 interpreters trained", (1, 2, 28), True),
            MilestoneSpec("Booking through the welcome desk", (1, 4, 1), True),
            MilestoneSpec("Code of conduct agreed with the practices", (1, 8, 31)),
        ),
        (
            IndicatorSpec(
                "Appointments with an interpreter",
                "appointments",
                20,
                200,
                (((1, 3, 31), 45), ((1, 5, 31), 90), ((1, 7, 31), 130), ((1, 9, 30), 161)),
            ),
        ),
    ),
    ActionSpec(
        "Health information evenings",
        "hea",
        ("hea.information.1", "hea.proactive.2"),
        "With the district health office: how the health system works, vaccinations, where "
        "to go at night; brochures in five languages.",
        "Integration officer",
        "Miriam Vogt",
        ("health-services", "migrant-organisations"),
        "District health office, the town pharmacy",
        (1, 1, 15),
        (1, 6, 30),
        DONE,
        2,
        100,
        1_200,
        1_080,
        "municipal-budget",
    ),
    ActionSpec(
        "Multilingual warnings for heat and floods",
        "hea",
        ("hea.information.2",),
        "Short warnings in the six most spoken languages through the town app and the "
        "migrant council's messaging groups.",
        "Town clerk",
        "Ingrid Sommer",
        ("municipal-departments", "migrant-organisations"),
        "Fire brigade, migrant council",
        (2, 2, 1),
        (2, 5, 31),
        PLANNED,
        2,
        0,
        3_000,
        0,
        "municipal-budget",
    ),
    ActionSpec(
        "Support group for refugee women",
        "hea",
        ("hea.vulnerable-groups.1",),
        "A weekly group led by a psychologist and a peer from the community; referral to "
        "individual counselling when needed.",
        "Head of social services",
        "Jonas Hartmann",
        ("health-services", "ngos"),
        "The family centre, psychosocial centre of the district",
        (1, 3, 1),
        (2, 2, 28),
        IN_PROGRESS,
        3,
        50,
        8_000,
        3_900,
        "foundation",
        (),
        (IndicatorSpec("Women taking part", "people", 0, 15, (((1, 5, 31), 6), ((1, 9, 30), 10))),),
    ),
    ActionSpec(
        "Health screening appointment in the first month",
        "hea",
        ("hea.proactive.1",),
        "Dropped: the district now offers the screening itself in the new shared house.",
        "Integration officer",
        "Miriam Vogt",
        ("health-services",),
        "District health office",
        (1, 1, 1),
        (1, 3, 31),
        DROPPED,
        2,
        10,
        2_000,
        0,
        "municipal-budget",
    ),
    ActionSpec(
        "Welcome desk in the town hall",
        "gov",
        ("gov.coordination.5", "hou.equitable-access.5"),
        "One open door for every question of newcomers and of those who help them, four "
        "mornings a week, with a half-time assistant.",
        "Integration officer",
        "Miriam Vogt",
        ("municipal-departments", "volunteers"),
        "Citizens' office, Welcome Circle",
        (0, 11, 1),
        (1, 9, 30),
        DONE,
        3,
        100,
        22_000,
        21_350,
        "amif",
        (
            MilestoneSpec("Room and opening hours agreed", (0, 12, 15), True),
            MilestoneSpec("Desk opens", (1, 1, 12), True),
        ),
        (
            IndicatorSpec(
                "Visits to the welcome desk per month",
                "visits",
                0,
                120,
                (((1, 2, 28), 35), ((1, 4, 30), 60), ((1, 6, 30), 88), ((1, 9, 30), 104)),
            ),
        ),
    ),
    # -- housing and urban planning ------------------------------------------------------
    ActionSpec(
        "Housing mediation with a guarantee fund",
        "hou",
        ("hou.equitable-access.7", "hou.equitable-access.5"),
        "A housing officer matches households in shared accommodation with private "
        "landlords; a small fund covers the first months' rent and damage if needed.",
        "Housing officer",
        "Karl Ostermann",
        ("housing-providers", "volunteers", "municipal-departments"),
        "Town housing company, landlords' association, Welcome Circle",
        (0, 11, 15),
        (2, 10, 31),
        IN_PROGRESS,
        3,
        60,
        30_000,
        16_500,
        "municipal-budget",
        (
            MilestoneSpec("Letter to owners of empty flats", (1, 2, 15), True),
            MilestoneSpec("Guarantee fund set up", (1, 4, 30), True),
            MilestoneSpec("Report to the council", (1, 6, 30)),
        ),
        (
            IndicatorSpec(
                "Households moved from shared accommodation into flats",
                "households",
                0,
                40,
                (((1, 1, 31), 8), ((1, 4, 30), 15), ((1, 7, 31), 23), ((1, 9, 30), 29)),
            ),
        ),
    ),
    ActionSpec(
        "Fair allocation rules for the town's flats",
        "hou",
        ("hou.equitable-access.1",),
        "Check the allocation rules of the town's own flats for requirements that shut out "
        "newcomers, such as years of residence.",
        "Housing officer",
        "Karl Ostermann",
        ("housing-providers", "municipal-departments"),
        "Town housing company",
        (1, 1, 15),
        (1, 4, 30),
        DONE,
        2,
        100,
        None,
        None,
        "",
        (MilestoneSpec("Council decision on the new rules", (1, 4, 24), True),),
    ),
    ActionSpec(
        "Community gardens run by newcomers and neighbours",
        "hou",
        ("hou.community.1",),
        "Two plots on the edge of the new housing estate, run jointly by newcomers and "
        "long-time residents.",
        "Volunteer coordinator",
        "Anja Keller",
        ("volunteers", "migrant-organisations"),
        "Allotment association, Welcome Circle",
        (1, 3, 1),
        (1, 9, 30),
        DONE,
        1,
        100,
        2_000,
        1_940,
        "foundation",
    ),
    ActionSpec(
        "Neighbourhood centre in the old railway station",
        "hou",
        ("hou.community.2", "hou.community.1"),
        "Rebuild the empty station building as a meeting place with rooms for courses, "
        "counselling, the repair café and the associations.",
        "Head of the building department",
        "Karl Ostermann",
        ("municipal-departments", "ngos", "migrant-organisations"),
        "Station association, district building authority",
        (1, 11, 1),
        (4, 6, 30),
        PLANNED,
        2,
        0,
        450_000,
        0,
        "regional-programme",
        (
            MilestoneSpec("Feasibility study", (2, 2, 28)),
            MilestoneSpec("Application for urban development funds", (2, 5, 31)),
            MilestoneSpec("Building work starts", (3, 4, 1)),
        ),
    ),
    ActionSpec(
        "Planning guideline for mixed new housing",
        "hou",
        ("hou.anti-segregation.1", "hou.anti-segregation.2"),
        "New housing areas mix sizes and prices, so that newcomers are not concentrated in "
        "one street.",
        "Head of the building department",
        "Karl Ostermann",
        ("municipal-departments", "housing-providers"),
        "Building department, town housing company",
        (2, 3, 1),
        (4, 12, 31),
        IDEA,
        2,
        0,
        None,
        None,
        "",
    ),
    ActionSpec(
        "Early bus to the industrial estate",
        "hou",
        ("hou.equitable-access.8",),
        "A shuttle for early shifts for people without a car. Dropped: the bus company "
        "moved the first bus of line 4 forward instead.",
        "Town clerk",
        "Ingrid Sommer",
        ("municipal-departments", "employers-chambers"),
        "Bus company of the district, employers on the industrial estate",
        (1, 2, 1),
        (1, 12, 31),
        DROPPED,
        1,
        20,
        9_000,
        350,
        "municipal-budget",
    ),
)

# Indicators of benchmarks rather than of an action.
BENCHMARK_INDICATORS = (
    IndicatorSpec(
        "Newcomers of working age in work or training",
        "%",
        18,
        40,
        (((0, 10, 1), 18), ((1, 3, 31), 24), ((1, 9, 30), 29)),
        benchmark="emp.customised-support.1",
    ),
    IndicatorSpec(
        "Children of newcomers in a kindergarten",
        "%",
        55,
        85,
        (((0, 9, 15), 55), ((1, 3, 1), 63), ((1, 9, 15), 71)),
        benchmark="edu.equal-access.2",
    ),
)


def annual_texts(year: int, first_year: int) -> tuple[str, str, str]:
    """Summary, stories and next year's focus of the annual report for ``year``."""
    if year == first_year:
        return (
            f"{year} was the year Lindenbach took stock. In October, staff, volunteers and "
            "the school rated the town against all benchmarks of the toolbox for the first "
            "time. The result was sobering in housing and health and better than expected in "
            "education. The integration committee then drafted an action plan, and the "
            "council created separate budget lines for integration.",
            "The Welcome Circle counted its volunteers for the first time: 43, of whom 12 "
            "tutor children in the new homework club at the library. The job centre's "
            "advisers spent a day learning about residence rules, and since then newcomers "
            "say they get the same answer from everyone.",
            "Adopt the integration plan, open a welcome desk in the town hall, and start "
            "housing mediation so that families can leave shared accommodation.",
        )
    return (
        f"In {year} the council adopted the three-year integration plan and most of its "
        "first actions started. The welcome desk opened in January and now has about a "
        "hundred visits a month. The second self-assessment, run as a workshop with the "
        "migrant council, shows progress in governance, employment and housing; health "
        "remains the weakest dimension, partly because the district is responsible.",
        "Twenty-one retired tradespeople now mentor newcomers. One of them, a former "
        "baker, took his mentee to three bakeries in the villages; she started an "
        "apprenticeship in September. The interpreting pool has 14 volunteers, and doctors' "
        "practices say appointments are shorter and clearer. The shuttle to the industrial "
        "estate was dropped after the bus company moved the first bus forward instead.",
        "Secure a third year of the language course with childcare, open the study on the "
        "neighbourhood centre, and add health and housing figures to the integration "
        "monitor.",
    )
