"""The one vocabulary: every word has its label; unknown words never raise."""

from __future__ import annotations

import json

from evidence_app.vocab import (
    ACTION_LABELS,
    ROLES,
    Action,
    Role,
    Stage,
    action_label,
    role_label,
    role_order,
    role_shows_images,
)


def test_every_word_has_its_entry():
    assert set(ROLES) == set(Role)
    assert set(ACTION_LABELS) == set(Action)
    assert all(s.label and 0 <= s.percent <= 100 for s in Stage)


def test_words_are_plain_strings_where_stored():
    assert json.dumps({"role": Role.WACZ}) == '{"role": "wacz"}'
    assert f"{Stage.DONE}" == "done" and str(Action.CAPTURED) == "captured"
    assert Role.MEDIA == "media" and {"media": 1}[Role.MEDIA] == 1


def test_unknown_words_never_raise():
    assert role_order("future_role") < role_order(Role.PROVENANCE)
    assert role_label("future_role") == "future_role"
    assert role_shows_images("future_role") is True  # unknown: assume it may show pictures
    assert role_shows_images(Role.HEADERS) is False
    assert action_label("future_action") == "future action"
