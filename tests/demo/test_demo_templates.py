"""Every slot a Thai template names is one its builder fills, and every story section has
enough sentences to make two to five."""

from __future__ import annotations

import random
from string import Formatter

import pytest

from mentor_desk.demo import activity_ideas, visit_phrases
from mentor_desk.demo.area import build_area
from mentor_desk.demo.lessons import STORIES, story_slots
from mentor_desk.demo.story import COMMON, SECTIONS, Story, compose_section
from mentor_desk.domain import vocab

VISIT_SLOTS = {
    "who", "elder", "child", "adult", "drinker", "school", "health_centre", "temple",
    "amount", "debt", "bp", "destination",
}  # fmt: skip
ACTIVITY_SLOTS = {
    "village", "temple", "school", "health_centre", "sub", "sage", "households", "adults",
    "children", "amount", "title", "place",
}  # fmt: skip


def _slots(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name}


def _visit_templates() -> list[str]:
    groups = [
        *visit_phrases.OPENINGS.values(),
        *visit_phrases.OBSERVATIONS.values(),
        *visit_phrases.TAG_OBSERVATIONS.values(),
        *visit_phrases.ACTIONS.values(),
        *visit_phrases.TREND_REMARKS.values(),
        *visit_phrases.CLOSING.values(),
    ]
    return [template for group in groups for template in group]


def test_visit_templates_name_only_known_slots() -> None:
    for template in _visit_templates():
        assert _slots(template) <= VISIT_SLOTS, template
    assert set(visit_phrases.OBSERVATIONS) == set(vocab.VISIT_TOPIC.keys())
    assert set(visit_phrases.ACTIONS) == set(vocab.VISIT_TOPIC.keys())


def test_activity_templates_name_only_known_slots() -> None:
    ideas = (*activity_ideas.FESTIVALS, *activity_ideas.EVERYDAY)
    texts = [t for idea in ideas for t in (idea.title, idea.outcome, idea.wisdom)]
    texts += [*activity_ideas.PLACES.values(), *activity_ideas.RESOURCES]
    texts += [*activity_ideas.ORGANISERS, *activity_ideas.OUTCOME_ENDINGS]
    for text in texts:
        assert _slots(text) <= ACTIVITY_SLOTS, text
    for idea in ideas:
        assert idea.place in activity_ideas.PLACES
        assert idea.kind in set(vocab.ACTIVITY_KIND.keys())
        assert set(idea.partners) <= set(vocab.PARTNER_NETWORK.keys())
        assert set(idea.virtues) <= set(vocab.VIRTUE.keys())


@pytest.mark.parametrize("story", STORIES, ids=lambda s: s.key)
def test_every_story_sentence_can_be_filled(story: Story) -> None:
    rng = random.Random(1)
    area = build_area(rng, families=60)
    village = area.mentors[0].villages[0]
    fill = story_slots(rng, area=area, village=village, family=None, year=2026)
    fill["months"] = 6
    texts = [*story.titles, *story.captions]
    texts += [sentence for section in SECTIONS for sentence in getattr(story, section)]
    for text in texts:
        assert "{" not in text.format_map(fill), text
    for section in SECTIONS:
        sentences = len(getattr(story, section))
        assert sentences >= (1 if section in COMMON else 2), (story.key, section)
        for _ in range(5):
            assert compose_section(rng, story=story, section=section, fill=fill)
    assert story.kind in set(vocab.LESSON_KIND.keys())
    assert story.captions and story.titles
