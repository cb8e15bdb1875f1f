"""WhatsApp and Telegram export parsing on synthetic exports (no real person's chat)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from support import chatexports as cx

from evidence_app.chat import telegram, whatsapp
from evidence_app.chat.detect import TELEGRAM, WHATSAPP, recognise
from evidence_app.chat.transcript import (
    Attachment,
    Entry,
    Tally,
    TranscriptReader,
    encode,
    resolve_zone,
)
from evidence_app.errors import ChatTimezoneUnknown

HK = resolve_zone("Asia/Hong_Kong")


def parse(text: str, present: dict[str, Attachment] | None = None
          ) -> tuple[whatsapp.Layout, list[Entry]]:
    data = text.encode("utf-8")
    layout = whatsapp.resolve_layout(io.BytesIO(data))
    entries = list(whatsapp.parse(lambda: io.BytesIO(data), HK, present or {}, layout,
                                  whatsapp.ParseStats()))
    return layout, entries


def test_android_24_hour_day_first_with_system_multiline_and_media():
    layout, entries = parse(cx.ANDROID_24H_DAY_FIRST)
    assert (layout.line_format, layout.clock, layout.date_order, layout.basis) == (
        "android", "24h", "day_first", "day_over_12")
    assert [e.kind for e in entries] == ["system", "message", "message", "message", "message",
                                         "message", "system"]
    assert [e.n for e in entries] == [1, 2, 3, 4, 5, 6, 7]
    threat = entries[3]
    assert threat.sender == "Alex Wong" and threat.line == 4
    assert threat.text == "Pay me or everyone sees them.\nI mean it.\n\nTomorrow at noon."
    assert threat.written == "13/03/2024, 09:08"
    assert threat.local == "2024-03-13T09:08:00+08:00" and threat.utc == "2024-03-13T01:08:00Z"
    assert entries[4].attachment is not None and entries[4].attachment.status == "omitted"
    attached = entries[5].attachment
    assert attached is not None and (attached.name, attached.status) == (
        "IMG-20240313-WA0001.jpg", "missing")
    assert entries[6].text == "Sam Lee left" and entries[6].sender is None


def test_ios_12_hour_month_first_in_brackets():
    layout, entries = parse(cx.IOS_12H_MONTH_FIRST, {
        "00000001-PHOTO-2024-03-13-21-08-00.jpg": Attachment(
            "00000001-PHOTO-2024-03-13-21-08-00.jpg", "present", "ab" * 32, 10)})
    assert (layout.line_format, layout.clock, layout.date_order) == ("ios", "12h",
                                                                     "month_first")
    assert entries[0].kind == "system" and "end-to-end" in entries[0].text
    assert entries[2].local == "2024-03-13T21:07:00+08:00"  # 9:07 PM
    assert entries[3].written == "[3/13/24, 9:08:00\u202fPM]"  # kept exactly as written
    assert entries[3].attachment is not None and entries[3].attachment.sha256 == "ab" * 32
    assert entries[4].local == "2024-03-14T00:01:00+08:00"  # 12:01 AM is just after midnight
    assert entries[4].attachment is not None and entries[4].attachment.kind == "image"
    assert entries[5].text == "Stop\nplease"


def test_ambiguous_dates_are_read_in_the_order_that_runs_forward_in_time():
    # Every day is 12 or less: only the order of the messages decides.
    # Read month-first these run 5 Jan, 3 Feb, 1 Mar; day-first they would run backwards.
    text = "".join(f"{a}/{b}/24, 10:00 - A: x\n" for a, b in ((1, 5), (2, 3), (3, 1)))
    layout, entries = parse(text)
    assert (layout.date_order, layout.basis) == ("month_first", "chronology")
    assert entries[0].local == "2024-01-05T10:00:00+08:00"
    one = "05/06/24, 10:00 - A: only one message\n"
    assert parse(one)[0].basis == "ambiguous_default_day_first"


def test_conflicting_dates_keep_the_lines_that_do_not_fit_verbatim():
    text = ("13/03/2024, 10:00 - A: a\n14/03/2024, 10:00 - A: b\n"
            "03/15/2024, 10:00 - A: from another phone\nplain continuation\n")
    layout, entries = parse(text)
    assert (layout.date_order, layout.basis) == ("day_first", "conflicting_majority")
    unparsed = [e for e in entries if e.kind == "unparsed"]
    assert [e.text for e in unparsed] == ["03/15/2024, 10:00 - A: from another phone",
                                          "plain continuation"]
    assert [e.line for e in unparsed] == [3, 4] and all(e.n is None for e in unparsed)


def test_lines_before_the_first_message_are_unparsed_and_counted():
    text = "Exported by a tool\n" + cx.ANDROID_24H_DAY_FIRST
    _layout, entries = parse(text)
    assert entries[0].kind == "unparsed" and entries[0].text == "Exported by a tool"
    tally = Tally()
    blob = b"".join(encode(lambda: {"app": "whatsapp"}, iter(entries), tally))
    doc = json.loads(blob)  # one JSON document any reader can open
    assert doc["summary"]["unparsed"] == 1 and doc["summary"]["messages"] == 7
    reader = TranscriptReader([blob[i:i + 7] for i in range(0, len(blob), 7)])
    assert list(reader.entries()) == entries
    assert reader.summary["participants"] == ["Alex Wong", "Sam Lee"]


def test_an_over_long_line_is_cut_and_counted_not_held():
    long_line = "13/03/2024, 10:00 - A: " + "x" * (whatsapp.MAX_LINE_BYTES * 3) + "\n"
    data = (long_line + "13/03/2024, 10:01 - B: after\n").encode()
    layout = whatsapp.resolve_layout(io.BytesIO(data))
    stats = whatsapp.ParseStats()
    entries = list(whatsapp.parse(lambda: io.BytesIO(data), HK, {}, layout, stats))
    assert stats.truncated_lines == 1 and entries[0].truncated
    assert len(entries[0].text) < whatsapp.MAX_LINE_BYTES
    assert entries[1].text == "after"


def test_files_that_only_look_like_exports_are_not_chats(tmp_path: Path):
    prose = cx.write(tmp_path / "WhatsApp Chat with Alex.txt",
                     "Notes from the call.\n13/03/2024, 10:00 - Alex: hi\n")
    one_header = cx.write(tmp_path / "a.txt", "13/03/2024, 10:00 - Alex: hi\nand then prose\n"
                          + "more prose\n" * 5)
    bad_date = cx.write(tmp_path / "b.txt", "45/45/2024, 10:00 - A: x\n45/46/2024, 10:00 - A: y\n")
    fake_json = tmp_path / "result.json"
    fake_json.write_text('{"messages": "none", "name": "x"}')
    for p in (prose, one_header, bad_date, fake_json):
        assert recognise(p) is None, p.name
    real = cx.write(tmp_path / "real.txt", cx.ANDROID_24H_DAY_FIRST)
    assert recognise(real) is not None and recognise(real).app == WHATSAPP  # type: ignore[union-attr]


def test_telegram_json_with_a_photo_and_a_line_it_does_not_know(tmp_path: Path):
    folder = cx.telegram_export(tmp_path / "tg")
    src = recognise(folder)
    assert src is not None and (src.app, src.container) == (TELEGRAM, "folder")
    with open(folder / "result.json", "rb") as f:
        assert telegram.read_header(f)["name"] == "Chat"
    photo = Attachment("photos/photo_1@13-03-2024_09-08-00.jpg", "present", "cd" * 32, 332)
    with open(folder / "result.json", "rb") as f:
        entries = list(telegram.parse(telegram.iter_messages(f), HK, {photo.name: photo}))
    assert [e.kind for e in entries] == ["system", "message", "message", "message", "unparsed"]
    assert entries[0].text.startswith("create group") and "Sam Lee" in entries[0].text
    assert entries[1].text == "Pay me or everyone sees them"  # formatted pieces joined
    assert entries[1].utc == "2024-03-13T01:06:00Z"  # from date_unixtime, exact
    assert entries[1].written == "2024-03-13T09:06:00"
    assert entries[2].attachment is not None and entries[2].attachment.sha256 == "cd" * 32
    assert entries[3].extra["reply_to_message_id"] == 3
    assert entries[4].text == '"not a message"' and entries[4].n is None


def test_time_zone_names_are_checked():
    with pytest.raises(ChatTimezoneUnknown):
        resolve_zone("Mars/Olympus_Mons")
    machine = resolve_zone(None)
    assert machine.source == "machine" and machine.label


def test_summer_time_changes_are_flagged_not_hidden():
    london = resolve_zone("Europe/London")
    text = ("31/03/2024, 01:30 - A: in the hour that never happened\n"
            "27/10/2024, 01:30 - A: in the hour that happened twice\n"
            "28/10/2024, 01:30 - A: an ordinary night\n")
    data = text.encode()
    layout = whatsapp.resolve_layout(io.BytesIO(data))
    entries = list(whatsapp.parse(lambda: io.BytesIO(data), london, {}, layout,
                                  whatsapp.ParseStats()))
    assert [e.extra.get("clock_change") for e in entries] == ["skipped", "ambiguous", None]
    assert entries[1].utc == "2024-10-27T00:30:00Z"  # the earlier of the two instants


def test_zip_member_names_are_made_safe():
    from evidence_app.chat.limits import safe_member_name

    assert safe_member_name("../../etc/passwd", "f") == "etc/passwd"
    assert safe_member_name("/abs/x.jpg", "f") == "abs/x.jpg"
    assert safe_member_name("a\\..\\b\x00\u202egpj.exe", "f") == "a/bgpj.exe"
    assert safe_member_name("..", "fallback") == "fallback"


@pytest.mark.parametrize(("text", "fmt", "clock", "order", "local"), [
    ("3/13/24, 9:05 PM - Alex: hi\n3/14/24, 10:00 AM - Sam: ok\n", "android", "12h",
     "month_first", "2024-03-13T21:05:00+08:00"),
    ("13/03/2024, 9:05\u202fpm - Alex: hi\n14/03/2024, 10:00\u202fam - Sam: ok\n", "android",
     "12h", "day_first", "2024-03-13T21:05:00+08:00"),
    ("[13/03/2024, 21:05:09] Alex: hi\n[14/03/2024, 10:00:00] Sam: ok\n", "ios", "24h",
     "day_first", "2024-03-13T21:05:09+08:00"),
    ("13.03.24, 21:05 - Alex: hi\n14.03.24, 10:00 - Sam: ok\n", "android", "24h", "day_first",
     "2024-03-13T21:05:00+08:00"),
    ("2024-03-13, 21:05 - Alex: hi\n2024-03-14, 10:00 - Sam: ok\n", "android", "24h",
     "year_first", "2024-03-13T21:05:00+08:00"),
])
def test_other_clock_and_date_spellings(text, fmt, clock, order, local):
    layout, entries = parse(text)
    assert (layout.line_format, layout.clock, layout.date_order) == (fmt, clock, order)
    assert entries[0].local == local and entries[0].sender == "Alex" and entries[1].text == "ok"


def test_a_truncated_telegram_json_keeps_what_it_read_and_says_where_it_stopped(tmp_path):
    folder = cx.telegram_export(tmp_path / "tg")
    data = (folder / "result.json").read_bytes()
    cut = data[:data.index("刪".encode())]  # the file ends inside message 4
    entries = list(telegram.parse(telegram.iter_messages(io.BytesIO(cut)), HK, {}))
    assert [e.kind for e in entries] == ["system", "message", "message", "unparsed"]
    assert "stops being readable" in entries[-1].text


def test_a_system_message_quoting_a_colon_is_not_a_sender():
    _layout, entries = parse('13/03/2024, 10:00 - Alex changed the subject from "a" to "Plan: B"\n'
                             "13/03/2024, 10:01 - Alex: ok\n")
    assert entries[0].kind == "system" and entries[0].sender is None
    assert entries[0].text == 'Alex changed the subject from "a" to "Plan: B"'


# Phones set to Traditional Chinese (Hong Kong): the line shapes documented from real exports
# (Android zh-Hant-HK: "9/7/2021 12:57 - name: text", "(附件檔案)"; iOS zh-Hant-HK:
# "[28/5/2024 下午6:18:45] name: text", "name:<附件：file>"), written here with made-up content.
ZH_HK_IOS = (
    "[28/5/2024 下午6:18:45] 測試群組: \u200e訊息和通話經端對端加密。\n"
    "[28/5/2024 下午6:20:01] 陳大文: 你唔俾錢我就放晒啲相上網\n"
    "[29/5/2024 上午9:05:00] 陳大文:<附件：00000042-PHOTO-2024-05-29-09-05-00.jpg>\n"
    "[13/6/2024 上午12:30:00] 李小姐: 我已經報警: 報案編號 123\n"
)
ZH_HK_ANDROID_24H = (
    "9/7/2024 12:56 - 訊息和通話經端對端加密。此對話以外的任何人 (即使是 WhatsApp) 均無法查看。\n"
    "9/7/2024 12:57 - 阿強: 聽日之前唔回覆我就發佈\n"
    "10/7/2024 12:50 - 阿強: IMG-20240710-WA0000.jpg (附件檔案)\n"
    "25/7/2024 23:05 - 阿強: 最後通牒\n"
)
ZH_HK_ANDROID_12H = (
    "9/7/2024 下午12:57 - 阿強: 聽日之前唔回覆我就發佈\n"
    "25/7/2024 上午12:05 - 阿強: 最後通牒\n"
)


def test_ios_set_to_chinese_half_day_markers_and_attachments():
    photo = "00000042-PHOTO-2024-05-29-09-05-00.jpg"
    layout, entries = parse(ZH_HK_IOS, {photo: Attachment(photo, "present", "cd" * 32, 10)})
    assert (layout.line_format, layout.clock, layout.date_order) == ("ios", "12h", "day_first")
    assert [e.kind for e in entries] == ["system", "message", "message", "message"]
    assert entries[0].text == "訊息和通話經端對端加密。"
    threat = entries[1]
    assert threat.sender == "陳大文" and threat.text == "你唔俾錢我就放晒啲相上網"
    assert threat.written == "[28/5/2024 下午6:20:01]"  # the time as written, kept
    assert threat.local == "2024-05-28T18:20:01+08:00"
    sent = entries[2]
    assert sent.sender == "陳大文" and sent.attachment is not None
    assert (sent.attachment.name, sent.attachment.status) == (photo, "present")
    # 上午12:30 is half past midnight; a colon later in the text does not move the sender.
    assert entries[3].local == "2024-06-13T00:30:00+08:00" and entries[3].sender == "李小姐"
    assert entries[3].text == "我已經報警: 報案編號 123"


def test_android_set_to_chinese_both_clocks(tmp_path: Path):
    layout, entries = parse(ZH_HK_ANDROID_24H)
    assert (layout.line_format, layout.clock, layout.date_order) == ("android", "24h",
                                                                     "day_first")
    assert [e.kind for e in entries] == ["system", "message", "message", "message"]
    assert entries[1].sender == "阿強" and entries[1].local == "2024-07-09T12:57:00+08:00"
    attached = entries[2].attachment
    assert attached is not None and (attached.name, attached.status) == (
        "IMG-20240710-WA0000.jpg", "missing")
    _layout, twelve = parse(ZH_HK_ANDROID_12H)
    assert [e.local for e in twelve] == ["2024-07-09T12:57:00+08:00", "2024-07-25T00:05:00+08:00"]
    for name, text in (("ios.txt", ZH_HK_IOS), ("android.txt", ZH_HK_ANDROID_24H)):
        found = recognise(cx.write(tmp_path / name, text))
        assert found is not None and found.app == WHATSAPP, name
