"""Waiting for a page to settle, scrolling it to trigger lazy loading, and spotting bad captures.

Every wait is bounded; a bound that cuts the work produces a warning for the capture record,
never a silent success.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from evidence_app.capture.network import NetworkRecorder
from evidence_app.capture.options import CaptureOptions
from evidence_app.messages import Notice

log = logging.getLogger(__name__)

# At the bottom of the page: how long the network and the DOM must stay quiet before we decide
# that no more content is coming (an infinite-scroll fetch starts within a frame or two).
_BOTTOM_QUIET_MS = 250

# Installed after load: remembers when the DOM last changed (no page-visible API is altered).
_WATCH_MUTATIONS = """() => {
  const k = Symbol.for('evidence-app.lastMutation');
  if (window[k] === undefined) {
    window[k] = performance.now();
    new MutationObserver(() => { window[k] = performance.now(); })
      .observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
  }
  return true;
}"""
_QUIET_FOR = """() => performance.now() - (window[Symbol.for('evidence-app.lastMutation')] || 0)"""

_PAGE_HEIGHT = """() => Math.max(
  document.documentElement ? document.documentElement.scrollHeight : 0,
  document.body ? document.body.scrollHeight : 0)"""

_WAIT_IMAGES = """async (ms) => {
  const pending = Array.from(document.images).filter(i => !i.complete);
  const one = i => new Promise(r => { i.addEventListener('load', r, {once: true});
                                      i.addEventListener('error', r, {once: true}); });
  await Promise.race([Promise.all(pending.map(one)), new Promise(r => setTimeout(r, ms))]);
  return Array.from(document.images).filter(i => !i.complete).length;
}"""

# Heuristics for captures that look successful but are not: spinners, login walls, overlays.
_INSPECT = r"""() => {
  const vw = window.innerWidth, vh = window.innerHeight, area = vw * vh;
  const visible = el => {
    const s = getComputedStyle(el);
    if (s.display === 'none' || s.visibility === 'hidden') return null;
    if (parseFloat(s.opacity) < 0.1) return null;
    const r = el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2 || r.bottom < 0 || r.top > vh) return null;
    return r;
  };
  const out = {spinner: 0, password: 0, loginText: false, consent: false, overlay: 0, text: 0,
               images: document.images.length};
  for (const el of document.querySelectorAll(
      '[class*="spinner" i],[class*="loading" i],[class*="loader" i],[id*="spinner" i],' +
      '[id*="loading" i],[role="progressbar"],[aria-busy="true"]')) {
    if (visible(el)) out.spinner++;
  }
  for (const el of document.querySelectorAll('input[type="password"]')) {
    if (visible(el)) out.password++;
  }
  const body = document.body ? document.body.innerText || '' : '';
  out.text = body.trim().length;
  const loginRe = new RegExp('(log ?in|sign ?in|登入|登錄|登录)[^.\\n]{0,40}' +
                             '(to (continue|see|view)|繼續|继续|查看)', 'i');
  out.loginText = loginRe.test(body);
  for (const el of document.querySelectorAll('body *')) {
    const s = getComputedStyle(el);
    if (s.position !== 'fixed' && s.position !== 'sticky') continue;
    const r = visible(el);
    if (!r) continue;
    const w = Math.max(0, Math.min(r.right, vw) - Math.max(r.left, 0));
    const h = Math.max(0, Math.min(r.bottom, vh) - Math.max(r.top, 0));
    const frac = (w * h) / area;
    const t = (el.innerText || '').slice(0, 2000);
    if (frac > 0.08 && /cookie|consent|gdpr|privacy|accept all|私隱|同意/i.test(t)) {
      out.consent = true;
    }
    out.overlay = Math.max(out.overlay, frac);
  }
  return out;
}"""


async def install_watchers(page: Any) -> None:
    await page.evaluate(_WATCH_MUTATIONS)


async def settle(page: Any, recorder: NetworkRecorder, options: CaptureOptions,
                 budget_s: float, since: float | None = None) -> bool:
    """Wait until no request is in flight and the DOM stayed quiet; False if the bound cut it.

    `since` (a time.monotonic() value) is our own last touch of the page, such as the end of
    scrolling: the page gets the whole quiet time after it to start reacting (a lazy fetch, a
    timer), and is then waited for like any other activity. (A quarter of a second was tried:
    a page whose timer fetched 0.7 s after load was then sometimes captured too early.)
    """
    deadline = time.monotonic() + min(budget_s, options.settle_timeout_s)
    return await _until_quiet(page, recorder, options.settle_quiet_ms, deadline, since=since)


async def _until_quiet(page: Any, recorder: NetworkRecorder, quiet_ms: int, deadline: float,
                       grown_from: int | None = None, since: float | None = None) -> bool:
    """Poll what the page does: True once the network and the DOM have been quiet for
    `quiet_ms` (or, with `grown_from`, as soon as the page grows past that height)."""
    while time.monotonic() < deadline:
        now = time.monotonic()
        net_quiet_ms = (now - recorder.last_activity) * 1000
        touched_ms = (now - since) * 1000 if since is not None else quiet_ms
        dom_quiet_ms = await page.evaluate(_QUIET_FOR)
        if (recorder.in_flight == 0 and min(net_quiet_ms, dom_quiet_ms) >= quiet_ms
                and touched_ms >= quiet_ms):
            return True
        if grown_from is not None and await page_height(page) > grown_from:
            return True
        await asyncio.sleep(0.05)
    return False


async def page_height(page: Any) -> int:
    return int(await page.evaluate(_PAGE_HEIGHT))


async def scroll_through(page: Any, recorder: NetworkRecorder, options: CaptureOptions,
                         budget_s: float) -> list[Notice]:
    """Scroll to the bottom in viewport steps (lazy loading, infinite scroll), then back up."""
    warnings: list[Notice] = []
    step = max(200, int(options.viewport_height * 0.85))
    deadline = time.monotonic() + min(budget_s, options.scroll_time_s)
    y = 0
    growth_waits = 0
    first_height = await page_height(page)
    while True:
        height = await page_height(page)
        if y + options.viewport_height >= height:
            # At the bottom: an infinite-scroll page fetches and adds more. Wait while it is busy
            # (up to 2 s), not a fixed time: a quiet page moves on at once.
            await _until_quiet(page, recorder, _BOTTOM_QUIET_MS,
                               min(deadline, time.monotonic() + 2.0), grown_from=height)
            if await page_height(page) <= height or growth_waits >= 3:
                break
            growth_waits += 1
        if y >= options.max_page_height_px:
            if height > first_height + options.viewport_height:
                warnings.append(Notice("capture.infinite_scroll",
                                       {"limit_px": f"{options.max_page_height_px:,}"}))
            else:
                warnings.append(Notice("capture.scroll_height_cap", {
                    "height_px": f"{height:,}", "limit_px": f"{options.max_page_height_px:,}"}))
            break
        if time.monotonic() >= deadline:
            warnings.append(Notice("capture.scroll_time_cap", {
                "seconds": f"{options.scroll_time_s:g}", "at_px": f"{y:,}",
                "height_px": f"{height:,}"}))
            break
        y += step
        await page.evaluate("(y) => window.scrollTo(0, y)", y)
        await asyncio.sleep(0.12)
    await page.evaluate("() => window.scrollTo(0, 0)")
    return warnings


async def wait_images(page: Any, timeout_s: float) -> int:
    """Wait (bounded) for images still loading; returns how many never finished."""
    return int(await page.evaluate(_WAIT_IMAGES, int(timeout_s * 1000)))


async def inspect(page: Any, login_hint: Notice | None = None) -> list[Notice]:
    """Warnings for pages that look captured but may not show the content; `login_hint` (which
    login profile fits the site, or how to make one) follows a login-wall warning."""
    r = await page.evaluate(_INSPECT)
    warnings: list[Notice] = []
    if r["spinner"]:
        warnings.append(Notice("capture.spinner"))
    if r["password"] or r["loginText"]:
        warnings.append(Notice("capture.login_wall"))
        if login_hint is not None:
            warnings.append(login_hint)
    if r["consent"]:
        warnings.append(Notice("capture.consent_notice"))
    elif r["overlay"] >= 0.5:
        warnings.append(Notice("capture.overlay"))
    if r["text"] < 20 and r["images"] == 0:
        warnings.append(Notice("capture.almost_empty"))
    return warnings
