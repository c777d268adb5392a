"""Loading and checking `routing_rules/`: every slip an admin can make is one clear Problem."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from intake.rules import Problem, RulesError, Signal, check_rules, load_rules
from intake.rules_toml import KeyLines

TODAY = date(2026, 11, 28)

ROSTER = """\
[contacts.isu]
name = "Implementation Support Unit"
email = "isu@example.org"

[contacts.alpha]
name = "Alpha"
email = "alpha@example.org"

[contacts.beta]
name = "Beta"
email = "beta@example.org"

[[roles.isu]]
from = 2015-05-01
members = ["isu"]

[[roles.clearance-coordinators]]
from = 2025-10-01
until = 2026-09-30
members = ["alpha"]

[[roles.clearance-coordinators]]
from = 2026-10-01
members = ["beta"]

[[roles.cooperation-coordinators]]
from = 2025-10-01
members = ["alpha"]
"""

ROUTING = """\
[general]
label = { en = "General", fr = "Général", es = "General" }
route = { to = ["isu"], cc = ["cooperation-coordinators"] }

[classification]
threshold = 0.5
min_score = 2.0
languages = ["en", "fr", "es"]

[weights]
subject = 3.0
body = 1.0
quoted = 0.2
attachment = 2.0
forwarded = 0.8
article = 4.0
"""

CLEARANCE = """\
id = "clearance"
label = { en = "Clearance", fr = "Dépollution", es = "Limpieza" }
articles = [4]
route = { to = ["clearance-coordinators"], cc = ["isu"] }

[signals]
en = [
  { term = "cluster munition remnants", weight = 3 },
  { term = "survey*", weight = 1 },
]
fr = [ { term = "dépollution", weight = 2 } ]

[[resources]]
title = { en = "Article 4", fr = "Article 4", es = "Artículo 4" }
url = "https://www.clusterconvention.org/"

[guidance]
en = "Tell us where the contaminated area is."
"""


def write_rules(
    root: Path,
    *,
    roster: str | None = ROSTER,
    routing: str = ROUTING,
    topics: dict[str, str] | None = None,
) -> Path:
    directory = root / "rules"
    (directory / "topics").mkdir(parents=True)
    if roster is not None:
        (directory / "roster.toml").write_text(roster, encoding="utf-8")
    (directory / "routing.toml").write_text(routing, encoding="utf-8")
    for name, text in (topics if topics is not None else {"clearance": CLEARANCE}).items():
        (directory / "topics" / f"{name}.toml").write_text(text, encoding="utf-8")
    return directory


def check(directory: Path, today: date = TODAY) -> list[Problem]:
    return check_rules(directory, today=today)


def only(problems: list[Problem], severity: str = "error") -> Problem:
    found = [problem for problem in problems if problem.severity == severity]
    assert len(found) == 1, [str(problem) for problem in problems]
    return found[0]


def line(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def at(path: str, text: str, needle: str) -> str:
    return f"{path} (line {line(text, needle)})"


# --- what loads ---------------------------------------------------------------------------


def test_valid_rules_have_no_problems(tmp_path: Path) -> None:
    assert check(write_rules(tmp_path)) == []


def test_loaded_rules_hold_topics_roster_and_settings(tmp_path: Path) -> None:
    rules = load_rules(write_rules(tmp_path))
    assert list(rules.topics) == ["clearance", "general"]
    clearance = rules.topics["clearance"]
    assert clearance.route_to == ("clearance-coordinators",)
    assert clearance.route_cc == ("isu",)
    assert clearance.articles == (4,)
    assert [s.term for s in clearance.signals["en"]] == ["cluster munition remnants", "survey*"]
    assert clearance.resources[0].url == "https://www.clusterconvention.org/"
    assert rules.topics["general"].signals == {}
    assert rules.roles["clearance-coordinators"][0].until == date(2026, 9, 30)
    assert rules.roles["clearance-coordinators"][1].until is None
    assert rules.contacts["beta"].email == "beta@example.org"
    assert (rules.threshold, rules.min_score, rules.weights.quoted) == (0.5, 2.0, 0.2)
    assert rules.languages == ("en", "fr", "es")
    assert (rules.fallback_role, rules.timezone) == ("isu", "Europe/Zurich")


def test_version_is_a_short_hash_that_changes_with_any_file(tmp_path: Path) -> None:
    directory = write_rules(tmp_path)
    first = load_rules(directory).version
    assert len(first) == 12 and load_rules(directory).version == first
    (directory / "topics" / "clearance.toml").write_text(CLEARANCE + "\n# edited\n", "utf-8")
    assert load_rules(directory).version != first


def test_problem_prints_as_file_where_what() -> None:
    problem = Problem(file="roster.toml", where="roles.isu[0].from (line 3)", what="bad")
    assert str(problem) == "roster.toml: roles.isu[0].from (line 3): bad"


def test_hidden_and_non_toml_files_in_topics_are_ignored(tmp_path: Path) -> None:
    directory = write_rules(tmp_path)
    (directory / "topics" / ".#clearance.toml").write_text("broken = [", "utf-8")
    (directory / "topics" / "clearance.toml~").write_text("broken = [", "utf-8")
    assert check(directory) == []


# --- files and syntax ---------------------------------------------------------------------


def test_toml_syntax_error_names_the_line(tmp_path: Path) -> None:
    roster = ROSTER.replace('name = "Beta"', 'name = "Beta')
    problem = only(check(write_rules(tmp_path, roster=roster)))
    assert problem.file == "roster.toml"
    needle = 'name = "Beta'
    assert problem.where == f"line {line(roster, needle)}"
    assert problem.what.startswith("TOML syntax error: ")


def test_every_broken_file_is_reported_not_only_the_first(tmp_path: Path) -> None:
    roster = ROSTER + "oops =\n"
    topic = CLEARANCE.replace("articles = [4]", "articles = [4")
    problems = check(write_rules(tmp_path, roster=roster, topics={"clearance": topic}))
    assert {problem.file for problem in problems} == {"roster.toml", "topics/clearance.toml"}


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    problem = only(check(write_rules(tmp_path, roster=None)))
    assert (problem.file, problem.where, problem.what) == (
        "roster.toml",
        "(file)",
        "the file is missing",
    )


def test_missing_rules_folder_is_an_error(tmp_path: Path) -> None:
    problem = only(check(tmp_path / "nowhere"))
    assert problem.what == f"the rules folder '{tmp_path / 'nowhere'}' does not exist"


def test_file_that_is_not_utf8_is_an_error(tmp_path: Path) -> None:
    directory = write_rules(tmp_path)
    (directory / "topics" / "clearance.toml").write_bytes(CLEARANCE.encode("latin-1"))
    problem = only(check(directory))
    assert problem.file == "topics/clearance.toml"
    assert problem.where == "line 2"
    assert "UTF-8" in problem.what


def test_no_topic_files_is_a_warning(tmp_path: Path) -> None:
    problem = only(check(write_rules(tmp_path, topics={})), "warning")
    assert problem.file == "topics"


# --- shape: missing, misspelt and wrongly typed keys ---------------------------------------


def test_missing_key_names_its_path_and_table_line(tmp_path: Path) -> None:
    roster = ROSTER.replace('email = "beta@example.org"\n', "")
    problem = only(check(write_rules(tmp_path, roster=roster)))
    assert problem.where == at("contacts.beta.email", roster, "[contacts.beta]")
    assert problem.what == "a required key is missing"


def test_misspelt_key_is_reported_with_a_suggestion(tmp_path: Path) -> None:
    topic = CLEARANCE.replace("[signals]", "[sginals]")
    problem = only(check(write_rules(tmp_path, topics={"clearance": topic})))
    assert problem.file == "topics/clearance.toml"
    assert problem.where == at("sginals", topic, "[sginals]")
    assert problem.what == "unknown key 'sginals' (did you mean 'signals'?)"


def test_misspelt_key_does_not_hide_other_mistakes_in_the_file(tmp_path: Path) -> None:
    topic = CLEARANCE.replace("[guidance]", "[guidence]").replace('cc = ["isu"]', 'cc = ["is"]')
    problems = check(write_rules(tmp_path, topics={"clearance": topic}))
    assert [p.where for p in problems] == [
        at("route.cc[0]", topic, "route ="),
        at("guidence", topic, "[guidence]"),
    ]


def test_unknown_key_inside_a_table_is_reported(tmp_path: Path) -> None:
    routing = ROUTING.replace("min_score = 2.0", "min_score = 2.0\nthreshhold = 0.4")
    problem = only(check(write_rules(tmp_path, routing=routing)))
    assert problem.where == at("classification.threshhold", routing, "threshhold")
    assert problem.what == "unknown key 'threshhold' (did you mean 'threshold'?)"


def test_wrongly_typed_value_says_what_was_found(tmp_path: Path) -> None:
    topic = CLEARANCE.replace('"survey*", weight = 1', '"survey*", weight = "1"')
    problem = only(check(write_rules(tmp_path, topics={"clearance": topic})))
    assert problem.where == at("signals.en[1].weight", topic, '"survey*"')
    assert problem.what == 'should be a valid number, not the text "1"'


def test_quoted_date_is_refused(tmp_path: Path) -> None:
    roster = ROSTER.replace("from = 2026-10-01", 'from = "2026-10-01"')
    problem = only(check(write_rules(tmp_path, roster=roster)))
    assert problem.where == at("roles.clearance-coordinators[1].from", roster, '"2026-10-01"')
    assert problem.what.startswith("should be a valid date")


# --- routes ------------------------------------------------------------------------------


def test_unknown_role_in_a_topic_route_is_an_error(tmp_path: Path) -> None:
    topic = CLEARANCE.replace('to = ["clearance-coordinators"]', 'to = ["clearance-coordinator"]')
    problem = only(check(write_rules(tmp_path, topics={"clearance": topic})))
    assert problem.file == "topics/clearance.toml"
    assert problem.where == at("route.to[0]", topic, "route =")
    assert problem.what.startswith("unknown role 'clearance-coordinator' (roster.toml defines: ")


def test_unknown_role_in_the_general_route_is_an_error(tmp_path: Path) -> None:
    routing = ROUTING.replace('cc = ["cooperation-coordinators"]', 'cc = ["cooperation"]')
    problem = only(check(write_rules(tmp_path, routing=routing)))
    assert problem.file == "routing.toml"
    assert problem.where == at("general.route.cc[0]", routing, "route =")


def test_route_without_to_is_an_error(tmp_path: Path) -> None:
    topic = CLEARANCE.replace('to = ["clearance-coordinators"]', "to = []")
    problem = only(check(write_rules(tmp_path, topics={"clearance": topic})))
    assert problem.where == at("route.to", topic, "route =")
    assert "no `to` role" in problem.what


def test_unknown_fallback_role_is_an_error(tmp_path: Path) -> None:
    routing = ROUTING.replace("min_score = 2.0", 'min_score = 2.0\nfallback_role = "isu-ccm"')
    problem = only(check(write_rules(tmp_path, routing=routing)))
    assert problem.where == at("classification.fallback_role", routing, "fallback_role")


# --- roster: contacts and terms -----------------------------------------------------------


def test_unknown_contact_in_a_term_is_an_error(tmp_path: Path) -> None:
    roster = ROSTER.replace('members = ["beta"]', 'members = ["gamma"]')
    problem = only(check(write_rules(tmp_path, roster=roster)))
    assert problem.file == "roster.toml"
    where = at("roles.clearance-coordinators[1].members[0]", roster, '["gamma"]')
    assert problem.where == where
    assert problem.what.startswith("unknown contact 'gamma'")


def test_term_without_members_is_an_error(tmp_path: Path) -> None:
    roster = ROSTER.replace('members = ["beta"]', "members = []")
    problem = only(check(write_rules(tmp_path, roster=roster)))
    assert problem.where == at("roles.clearance-coordinators[1].members", roster, "members = []")


@pytest.mark.parametrize("email", ["beta.example.org", "Beta <beta@example.org>", "b@localhost"])
def test_bad_email_address_is_an_error(tmp_path: Path, email: str) -> None:
    roster = ROSTER.replace("beta@example.org", email)
    problem = only(check(write_rules(tmp_path, roster=roster)))
    assert problem.where == at("contacts.beta.email", roster, email)
    assert problem.what.startswith(f"'{email}' is not a valid email address")


def test_placeholder_address_is_a_warning_and_still_loads(tmp_path: Path) -> None:
    roster = ROSTER.replace("beta@example.org", "clearance-coordinator@placeholder.invalid")
    directory = write_rules(tmp_path, roster=roster)
    problem = only(check(directory), "warning")
    assert problem.where == at("contacts.beta.email", roster, "placeholder.invalid")
    assert problem.what.startswith("placeholder (.invalid)")
    assert load_rules(directory).contacts["beta"].email.endswith(".invalid")


def test_term_ending_before_it_starts_is_an_error(tmp_path: Path) -> None:
    roster = ROSTER.replace("until = 2026-09-30", "until = 2025-09-30")
    problem = only(check(write_rules(tmp_path, roster=roster)))
    assert problem.where == at("roles.clearance-coordinators[0].until", roster, "until =")
    assert problem.what == "the term ends (2025-09-30) before it starts (2025-10-01)"


def test_overlapping_terms_are_an_error(tmp_path: Path) -> None:
    roster = ROSTER.replace("from = 2026-10-01", "from = 2026-09-15")
    problem = only(check(write_rules(tmp_path, roster=roster)))
    assert problem.where == at("roles.clearance-coordinators[1].from", roster, "2026-09-15")
    assert problem.what.startswith("overlaps the previous term, which runs until 2026-09-30")


def test_term_after_an_open_ended_one_is_an_overlap(tmp_path: Path) -> None:
    roster = ROSTER.replace("until = 2026-09-30\n", "")
    problem = only(check(write_rules(tmp_path, roster=roster)))
    assert problem.where == at("roles.clearance-coordinators[1].from", roster, "2026-10-01")
    assert "no `until`" in problem.what


def test_terms_out_of_order_are_an_error(tmp_path: Path) -> None:
    roster = ROSTER.replace("from = 2026-10-01", "from = 2024-10-01\nuntil = 2025-09-30")
    problem = only(check(write_rules(tmp_path, roster=roster)))
    assert problem.what.startswith("terms must be listed oldest first")


def test_gap_between_terms_is_a_warning(tmp_path: Path) -> None:
    roster = ROSTER.replace("from = 2026-10-01", "from = 2026-10-15")
    problem = only(check(write_rules(tmp_path, roster=roster), today=date(2026, 10, 5)), "warning")
    assert problem.where == at("roles.clearance-coordinators[1].from", roster, "2026-10-15")
    assert problem.what == "gap from 2026-10-01 to 2026-10-14: the role falls back to the ISU"


def test_gap_wholly_in_the_past_is_not_reported(tmp_path: Path) -> None:
    roster = ROSTER.replace("from = 2026-10-01", "from = 2026-10-15")
    assert check(write_rules(tmp_path, roster=roster), today=date(2026, 10, 15)) == []


def test_ended_term_without_successor_is_a_warning(tmp_path: Path) -> None:
    roster = ROSTER.replace('from = 2025-10-01\nmembers = ["alpha"]', _ended("alpha"))
    problem = only(check(write_rules(tmp_path, roster=roster)), "warning")
    assert problem.where == at("roles.cooperation-coordinators[0].until", roster, "2026-06-30")
    assert problem.what == (
        "the last term ended on 2026-06-30 and has no successor: the role falls back to the ISU"
    )


def _ended(member: str) -> str:
    return f'from = 2025-10-01\nuntil = 2026-06-30\nmembers = ["{member}"]'


def test_term_starting_later_is_a_warning_until_it_starts(tmp_path: Path) -> None:
    roster = ROSTER.replace("from = 2025-10-01\nmembers", "from = 2027-01-01\nmembers")
    problem = only(check(write_rules(tmp_path, roster=roster)), "warning")
    assert problem.what.startswith("the first term starts on 2027-01-01: until then")


def test_fallback_role_that_ended_is_an_error(tmp_path: Path) -> None:
    roster = ROSTER.replace('from = 2015-05-01\nmembers = ["isu"]', _isu_until("2026-01-31"))
    problem = only(check(write_rules(tmp_path, roster=roster)))
    assert problem.where == at("roles.isu[0].until", roster, "2026-01-31")
    assert "would have no recipient" in problem.what


def test_fallback_role_ending_later_is_a_warning(tmp_path: Path) -> None:
    roster = ROSTER.replace('from = 2015-05-01\nmembers = ["isu"]', _isu_until("2027-01-31"))
    problem = only(check(write_rules(tmp_path, roster=roster)), "warning")
    assert problem.what == "the last term ends on 2027-01-31: add its successor before then"


def _isu_until(day: str) -> str:
    return f'from = 2015-05-01\nuntil = {day}\nmembers = ["isu"]'


# --- topics -------------------------------------------------------------------------------


def test_topic_id_must_match_its_file_name(tmp_path: Path) -> None:
    problem = only(check(write_rules(tmp_path, topics={"demining": CLEARANCE})))
    assert problem.file == "topics/demining.toml"
    assert problem.where == at("id", CLEARANCE, "id =")
    assert problem.what.startswith("the id 'clearance' does not match the file name")


def test_duplicate_topic_id_is_an_error(tmp_path: Path) -> None:
    problems = check(write_rules(tmp_path, topics={"clearance": CLEARANCE, "copy": CLEARANCE}))
    duplicate = [p for p in problems if p.what.startswith("duplicate topic id")]
    assert [str(p) for p in duplicate] == [
        "topics/copy.toml: id (line 1): duplicate topic id 'clearance': "
        "topics/clearance.toml already defines it"
    ]


def test_topic_may_not_be_called_general(tmp_path: Path) -> None:
    topic = CLEARANCE.replace('id = "clearance"', 'id = "general"')
    problem = only(check(write_rules(tmp_path, topics={"general": topic})))
    assert "routing.toml" in problem.what


@pytest.mark.parametrize("term", ["", "  ", "*", "**"])
def test_empty_signal_term_is_an_error(tmp_path: Path, term: str) -> None:
    topic = CLEARANCE.replace('"survey*"', f'"{term}"')
    problem = only(check(write_rules(tmp_path, topics={"clearance": topic})))
    assert problem.where == at("signals.en[1].term", topic, f'"{term}", weight = 1')
    assert problem.what == "the term is empty"


def test_star_inside_a_signal_term_is_an_error(tmp_path: Path) -> None:
    topic = CLEARANCE.replace('"survey*"', '"sur*vey"')
    problem = only(check(write_rules(tmp_path, topics={"clearance": topic})))
    assert problem.what.startswith("a * may only end a term")


def test_negative_signal_weight_is_an_error(tmp_path: Path) -> None:
    topic = CLEARANCE.replace('"dépollution", weight = 2', '"dépollution", weight = -2')
    problem = only(check(write_rules(tmp_path, topics={"clearance": topic})))
    assert problem.where == at("signals.fr[0].weight", topic, "fr = [")


def test_signals_in_an_unlisted_language_are_an_error(tmp_path: Path) -> None:
    topic = CLEARANCE.replace("fr = [", "fn = [")
    problem = only(check(write_rules(tmp_path, topics={"clearance": topic})))
    assert problem.where == at("signals.fn", topic, "fn = [")
    assert problem.what == "'fn' is not one of classification.languages (en, fr, es)"


GENERAL_SIGNALS = '\n[general.signals]\nen = [ { term = "sponsorship", weight = 2.5 } ]\n'


def test_general_signals_load_as_the_general_topics_signals(tmp_path: Path) -> None:
    routing = ROUTING.replace("\n[classification]", GENERAL_SIGNALS + "\n[classification]")
    rules = load_rules(write_rules(tmp_path, routing=routing, topics={"clearance": CLEARANCE}))
    assert rules.topics["general"].signals == {"en": (Signal(term="sponsorship", weight=2.5),)}


def test_general_signals_are_checked_like_a_topics(tmp_path: Path) -> None:
    bad = GENERAL_SIGNALS.replace("weight = 2.5", "weight = -1").replace("en =", "fn =")
    routing = ROUTING.replace("\n[classification]", bad + "\n[classification]")
    problems = check(write_rules(tmp_path, routing=routing, topics={"clearance": CLEARANCE}))
    errors = sorted(str(p) for p in problems if p.severity == "error")
    assert errors == [
        f"routing.toml: {at('general.signals.fn', routing, 'fn = [')}: 'fn' is not one of"
        " classification.languages (en, fr, es)",
        f"routing.toml: {at('general.signals.fn[0].weight', routing, 'fn = [')}: a weight must"
        " not be negative",
    ]


def test_label_without_english_is_an_error(tmp_path: Path) -> None:
    topic = CLEARANCE.replace('en = "Clearance", ', "")
    problem = only(check(write_rules(tmp_path, topics={"clearance": topic})))
    assert problem.where == at("label", topic, "label =")
    assert problem.what == "an English text ('en') is required"


def test_article_outside_the_convention_is_an_error(tmp_path: Path) -> None:
    topic = CLEARANCE.replace("articles = [4]", "articles = [4, 24]")
    problem = only(check(write_rules(tmp_path, topics={"clearance": topic})))
    assert problem.where == at("articles[1]", topic, "articles =")


def test_resource_link_that_is_not_a_web_address_is_an_error(tmp_path: Path) -> None:
    topic = CLEARANCE.replace("https://www.clusterconvention.org/", "www.clusterconvention.org")
    problem = only(check(write_rules(tmp_path, topics={"clearance": topic})))
    assert problem.where == at("resources[0].url", topic, "url =")


def test_placeholder_resource_link_is_a_warning(tmp_path: Path) -> None:
    topic = CLEARANCE.replace("www.clusterconvention.org", "guide.placeholder.invalid")
    problem = only(check(write_rules(tmp_path, topics={"clearance": topic})), "warning")
    assert problem.where == at("resources[0].url", topic, "url =")


# --- classification settings --------------------------------------------------------------


def test_language_that_is_not_iso_639_1_is_an_error(tmp_path: Path) -> None:
    routing = ROUTING.replace('"es"]', '"es", "eng"]')
    problem = only(check(write_rules(tmp_path, routing=routing)))
    assert problem.where == at("classification.languages[3]", routing, "languages =")
    assert problem.what.startswith("'eng' is not an ISO 639-1 language code")


def test_negative_weight_is_an_error(tmp_path: Path) -> None:
    routing = ROUTING.replace("quoted = 0.2", "quoted = -0.2")
    problem = only(check(write_rules(tmp_path, routing=routing)))
    assert problem.where == at("weights.quoted", routing, "quoted =")
    assert problem.what == "a weight must not be negative"


@pytest.mark.parametrize("threshold", ["1.5", "-0.1"])
def test_threshold_outside_zero_to_one_is_an_error(tmp_path: Path, threshold: str) -> None:
    routing = ROUTING.replace("threshold = 0.5", f"threshold = {threshold}")
    problem = only(check(write_rules(tmp_path, routing=routing)))
    assert problem.where == at("classification.threshold", routing, "threshold =")


def test_negative_min_score_is_an_error(tmp_path: Path) -> None:
    routing = ROUTING.replace("min_score = 2.0", "min_score = -1")
    problem = only(check(write_rules(tmp_path, routing=routing)))
    assert problem.where == at("classification.min_score", routing, "min_score =")


def test_unknown_timezone_is_an_error(tmp_path: Path) -> None:
    problems = check_rules(write_rules(tmp_path), timezone="Europe/Geneva", today=TODAY)
    assert only(problems).where == "rules.timezone"


# --- load_rules ---------------------------------------------------------------------------


def test_load_rules_raises_with_every_problem(tmp_path: Path) -> None:
    roster = ROSTER.replace('members = ["beta"]', 'members = ["gamma"]')
    routing = ROUTING.replace("quoted = 0.2", "quoted = -0.2")
    with pytest.raises(RulesError) as raised:
        load_rules(write_rules(tmp_path, roster=roster, routing=routing))
    assert {problem.file for problem in raised.value.problems} == {"roster.toml", "routing.toml"}
    assert "unknown contact 'gamma'" in str(raised.value)


def test_problems_are_listed_by_file_then_line(tmp_path: Path) -> None:
    roster = ROSTER.replace("alpha@example.org", "alpha").replace('["beta"]', '["gamma"]')
    topic = CLEARANCE.replace("articles = [4]", "articles = [0]")
    problems = check(write_rules(tmp_path, roster=roster, topics={"clearance": topic}))
    assert [(p.file, p.line) for p in problems] == [
        ("roster.toml", line(roster, 'email = "alpha"')),
        ("roster.toml", line(roster, '["gamma"]')),
        ("topics/clearance.toml", line(topic, "articles")),
    ]


def test_load_rules_accepts_rules_with_only_warnings(tmp_path: Path) -> None:
    roster = ROSTER.replace("alpha@example.org", "alpha@placeholder.invalid")
    assert load_rules(write_rules(tmp_path, roster=roster)).contacts["alpha"].name == "Alpha"


# --- key lines ----------------------------------------------------------------------------


def test_key_lines_follow_arrays_of_tables_and_multiline_values() -> None:
    text = (
        'title = """one\n[not.a.table]\ntwo"""\n'  # lines 1-3
        "[[resources]]\n"  # 4
        'url = "a"\n'  # 5
        "[[resources]]\n"  # 6
        "'quoted key' = 1  # comment ] with [ brackets\n"  # 7
        'list = [\n  { term = \'x\' },\n\n  { term = "y\\"" },\n]\n'  # 8-12
        "[general.guidance]\n"  # 13
        "en = 'z'\n"  # 14
    )
    lines = KeyLines(text)
    assert lines.line_of(("title",)) == 1
    assert lines.line_of(("resources", 0, "url")) == 5
    assert lines.line_of(("resources", 1, "quoted key")) == 7
    assert lines.line_of(("resources", 1, "list", 1, "term")) == 11
    assert lines.line_of(("general", "guidance", "en")) == 14
    assert lines.line_of(("general", "guidance", "fr")) == 13
    assert lines.line_of(("not",)) is None


# --- framing topics ----------------------------------------------------------------------


def test_framing_topics_default_to_reporting_and_legislation(tmp_path: Path) -> None:
    rules = load_rules(write_rules(tmp_path))
    assert rules.framing_topics == {"reporting", "legislation"}


def test_framing_topics_are_read_from_the_classification_table(tmp_path: Path) -> None:
    routing = ROUTING.replace("min_score = 2.0", 'min_score = 2.0\nframing_topics = ["clearance"]')
    rules = load_rules(write_rules(tmp_path, routing=routing))
    assert rules.framing_topics == {"clearance"}


def test_an_unknown_framing_topic_is_an_error_naming_the_file_and_key(tmp_path: Path) -> None:
    routing = ROUTING.replace("min_score = 2.0", 'min_score = 2.0\nframing_topics = ["reportng"]')
    problem = only(check(write_rules(tmp_path, routing=routing)))
    assert problem.file == "routing.toml"
    assert problem.where == at("classification.framing_topics", routing, "framing_topics")
    assert "unknown topic 'reportng'" in problem.what and "clearance" in problem.what


def test_framing_topics_must_be_a_list_of_ids(tmp_path: Path) -> None:
    routing = ROUTING.replace("min_score = 2.0", 'min_score = 2.0\nframing_topics = "reporting"')
    problem = only(check(write_rules(tmp_path, routing=routing)))
    assert problem.where.startswith("classification.framing_topics")
