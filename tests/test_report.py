"""The HTML report: one self-contained page with a chart per comparison."""
from __future__ import annotations

import re

from statclaims.checks import check_all
from statclaims.report import render

from .test_checks import claim, references  # noqa: F401  (fixture)


def test_report_is_self_contained_with_a_chart_per_comparison(references):  # noqa: F811
    claims = [claim("93 per cent", 93, "high_income"), claim("27 per cent", 27, "low_income")]
    claims = [c.__class__(**{**c.__dict__, "comparison_id": "d:1", "sentence": f"while {c.value_text} of people"})
              for c in claims]
    page = render(claims, check_all(claims, references), references)
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"<script|<link|src=\"http", page)          # nothing fetched, nothing run
    assert page.count("<svg") == 1 and page.count("<section>") == 1    # one comparison, one chart
    assert "<mark>93 per cent</mark>" in page
    assert "superseded" in page and "Facts and Figures 2025: 94" in page
    assert "https://www.itu.int/ff2024" in page
