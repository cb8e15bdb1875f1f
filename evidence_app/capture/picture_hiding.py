"""Pictures hidden before a screenshot (the under-18 safeguard, evidence_app.capture.minor).

Hiding is done twice over, because a page's own inline `!important` styles beat any style sheet:
a style sheet hides pictures, videos, frames and background images, then a script sets the
same properties inline (with `important`) on every element that still shows one. Both run just
before each screenshot; the screenshot is skipped when hiding failed.
"""

from __future__ import annotations

from typing import Any

_HIDDEN_TAGS = ("img, picture, video, canvas, svg, embed, object, iframe, frame, image, "
                "input[type=image]")
HIDE_CSS = (f"{_HIDDEN_TAGS} {{ visibility: hidden !important; }}\n"
            "*, *::before, *::after { background-image: none !important; "
            "border-image: none !important; list-style-image: none !important; "
            "mask-image: none !important; -webkit-mask-image: none !important; }\n"
            "*::before, *::after, *::marker { content: none !important; }")

# Returns how many elements were hidden inline; throws when the document cannot be reached.
_HIDE_SCRIPT = """([css, tags]) => {
  const root = document.documentElement;
  if (!root) return 0;
  let style = document.getElementById('evidence-app-minor-safeguard');
  if (!style) {
    style = document.createElement('style');
    style.id = 'evidence-app-minor-safeguard';
    style.textContent = css;
  }
  root.appendChild(style);
  let n = 0;
  for (const el of document.querySelectorAll(tags)) {
    el.style.setProperty('visibility', 'hidden', 'important'); n++;
  }
  for (const el of document.querySelectorAll('*')) {
    const cs = getComputedStyle(el);
    if (cs.backgroundImage !== 'none' || cs.borderImageSource !== 'none'
        || cs.listStyleImage !== 'none') {
      el.style.setProperty('background-image', 'none', 'important');
      el.style.setProperty('border-image', 'none', 'important');
      el.style.setProperty('list-style-image', 'none', 'important');
      n++;
    }
  }
  return n;
}"""

async def hide_pictures(page: Any) -> bool:
    """Hide every picture, video, frame and background image before a screenshot."""
    await page.evaluate(_HIDE_SCRIPT, [HIDE_CSS, _HIDDEN_TAGS])
    return True
