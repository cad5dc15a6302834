"""Unit tests of the narrative coherence checks."""

from components.narrative_coherence import CoherenceChecker, StoryContext


def test_unknown_characters():
    context = StoryContext(characters={"Mara"})
    issues = CoherenceChecker().characters(
        "Mara waves. Later she meets Tobin by the pond.", context
    )
    assert [i.message for i in issues] == ["Tobin has not been introduced"]


def test_days_going_back():
    issues = CoherenceChecker().timeline("On Day 2 the garden was quiet.", StoryContext(day=4))
    assert [i.kind for i in issues] == ["timeline"]


def test_a_flashback_may_go_back():
    passage = "In a flashback to Day 1, Mara plants the first seeds."
    assert CoherenceChecker().timeline(passage, StoryContext(day=4)) == []


def test_wording_to_avoid():
    issues = CoherenceChecker().wording("It felt hopeless, as if it would never end.")
    assert [i.severity for i in issues] == ["high", "high"]
