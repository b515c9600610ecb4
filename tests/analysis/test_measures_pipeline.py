"""The reference page through the whole engine: every gold date, duration and figure, per story."""
from __future__ import annotations

import datetime as dt

import pytest
from dates_corpus import PAGE, gold

from analysis.pipeline import analyze


@pytest.fixture(scope="module")
def analysis():
    return analyze(PAGE.read_text(encoding="utf-8"), check=False)


def test_reference_date_is_inferred_from_the_page(analysis):
    assert analysis.reference_date_inferred is True
    assert analysis.reference_date == dt.date(gold()["reference_year"], 1, 4)


@pytest.mark.parametrize("index", range(5))
def test_gold_measures_of_each_story(analysis, index):
    art = gold()["articles"][index]
    facts = [f for f in analysis.facts if f.article == index]
    for f in facts:
        assert analysis.text[f.start:f.end] == f.text
    for item in art["dates"]:
        assert any(f.kind == "date" and item["text"] in f.text and f.value["start"] == item["start"]
                   and f.value["end"] == item["end"] for f in facts), item
    for item in art["durations"]:
        assert any(f.kind == "duration" and item["text"] in f.text and f.value["value"] == item["value"]
                   and f.value["unit"] == item["unit"] and f.value["approx"] == item["approx"]
                   for f in facts), item
    for item in art["numbers"]:
        assert any(f.kind == "number" and f.text == item["text"] and f.value["value"] == item["value"]
                   and f.value["unit"] == item["unit"] for f in facts), item
