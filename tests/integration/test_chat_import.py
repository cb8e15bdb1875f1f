"""Chat exports through the real vault: one capture, originals unchanged, member files hashed,
a transcript; damaged or look-alike files still sealed as ordinary files; marks in the log."""

from __future__ import annotations

import hashlib
import json
import zipfile

import pytest
from support import chatexports as cx

from evidence_app.chat.reader import (
    ChatFilter,
    attachment_artifact,
    iter_view,
    marks_for,
    open_transcript,
    set_marks,
)
from evidence_app.errors import ChatMessageNotFound, NotAChat
from evidence_app.importer import import_files
from evidence_app.provenance import ChatProvenance
from evidence_app.vault.verify import verify_vault
from evidence_app.vocab import Action, Role

PHOTO = "00000001-PHOTO-2024-03-13-21-08-00.jpg"


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def one(vault, case, path, zone="Asia/Hong_Kong"):  # type: ignore[no-untyped-def]
    outcome = import_files(vault, case.id, [path], chat_timezone=zone)
    assert not outcome.failed, outcome.failed
    [cap] = outcome.sealed
    return cap


def test_whatsapp_zip_becomes_one_capture_with_media_hashed(vault, case, tmp_path):
    z = cx.whatsapp_zip(tmp_path / "WhatsApp Chat - Alex.zip", cx.IOS_12H_MONTH_FIRST,
                        {PHOTO: cx.JPEG})
    before = z.read_bytes()
    cap = one(vault, case, z)
    roles = [(a.role, a.name) for a in cap.artifacts]
    assert roles == [(Role.ORIGINAL, z.name), (Role.CHAT_FILE, "_chat.txt"),
                     (Role.CHAT_FILE, PHOTO), (Role.CHAT_TRANSCRIPT, "chat-transcript.json")]
    assert cap.artifacts[0].sha256 == sha(before) and z.read_bytes() == before
    assert cap.artifacts[2].sha256 == sha(cx.JPEG) and cap.artifacts[2].media_type == "image/jpeg"
    chat = ChatProvenance.of(cap.meta)
    assert chat is not None and chat.app == "whatsapp" and chat.messages == 6
    assert (chat.timezone, chat.timezone_source, chat.date_order) == (
        "Asia/Hong_Kong", "given", "month_first")
    assert chat.attachments_present == 1 and chat.first == "2024-03-13T09:05:00+08:00"
    entries = list(open_transcript(vault, cap).entries())
    photo_msg = next(e for e in entries if e.attachment and e.attachment.status == "present")
    assert photo_msg.attachment is not None and photo_msg.attachment.sha256 == sha(cx.JPEG)
    art = attachment_artifact(cap, photo_msg)
    assert art is not None and vault.read_artifact(art.id) == cx.JPEG
    assert verify_vault(vault).ok


def test_zip_with_missing_media_says_which_files_are_missing(vault, case, tmp_path):
    z = cx.whatsapp_zip(tmp_path / "chat.zip", cx.ANDROID_24H_DAY_FIRST, {})
    chat = ChatProvenance.of(one(vault, case, z).meta)
    assert chat is not None and (chat.attachments, chat.attachments_present,
                                 chat.attachments_missing) == (2, 0, 1)  # + 1 media omitted


def test_a_file_that_only_looks_like_an_export_is_an_ordinary_import(vault, case, tmp_path):
    f = cx.write(tmp_path / "WhatsApp Chat with Alex.txt",
                 "My notes about the chat:\n13/03/2024, 10:00 - Alex: hi\n")
    cap = one(vault, case, f)
    assert ChatProvenance.of(cap.meta) is None
    assert [a.role for a in cap.artifacts] == [Role.ORIGINAL]
    with pytest.raises(NotAChat):
        list(iter_view(vault, cap))


def test_a_truncated_zip_is_sealed_whole_as_an_ordinary_file(vault, case, tmp_path):
    good = cx.whatsapp_zip(tmp_path / "good.zip", cx.ANDROID_24H_DAY_FIRST, {"a.jpg": cx.JPEG})
    data = good.read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(data[:len(data) - 30])  # the central directory is gone
    cap = one(vault, case, cut)
    assert ChatProvenance.of(cap.meta) is None
    assert [a.sha256 for a in cap.artifacts] == [sha(data[:len(data) - 30])]  # nothing lost


def test_a_damaged_member_falls_back_to_an_ordinary_import_with_a_warning(vault, case,
                                                                          tmp_path):
    z = cx.whatsapp_zip(tmp_path / "crc.zip", cx.ANDROID_24H_DAY_FIRST, {"a.jpg": cx.JPEG * 50})
    data = bytearray(z.read_bytes())
    with zipfile.ZipFile(z) as zf:
        info = zf.getinfo("a.jpg")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 5
    data[start] ^= 0xFF  # corrupt the compressed picture: a CRC or inflate error on reading
    z.write_bytes(bytes(data))
    cap = one(vault, case, z)
    assert ChatProvenance.of(cap.meta) is None and len(cap.artifacts) == 1
    assert cap.artifacts[0].sha256 == sha(bytes(data))
    assert any("whatsapp chat export" in w for w in cap.imported.warnings)
    assert len(vault.list_captures(case.id)) == 1  # the failed chat attempt left nothing


def test_a_zip_bomb_member_is_refused_and_the_zip_kept_as_it_is(vault, case, tmp_path):
    z = tmp_path / "bomb.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("_chat.txt", cx.ANDROID_24H_DAY_FIRST)
        zf.writestr("zeros.bin", b"\0" * (40 * 1024 * 1024))
    cap = one(vault, case, z)
    assert ChatProvenance.of(cap.meta) is None and len(cap.artifacts) == 1


def test_telegram_folder_and_zip_with_a_photo(vault, case, tmp_path):
    folder = cx.telegram_export(tmp_path / "ChatExport_2024-03-14")
    cap = one(vault, case, folder)
    names = [a.name for a in cap.artifacts if a.role == Role.ORIGINAL]
    assert names == ["result.json", "photos/photo_1@13-03-2024_09-08-00.jpg"]
    chat = ChatProvenance.of(cap.meta)
    assert chat is not None and chat.app == "telegram" and chat.chat_name == "Chat"
    assert (chat.messages, chat.unparsed, chat.attachments_present) == (4, 1, 1)
    z = cx.zip_folder(folder, tmp_path / "tg.zip")
    zcap = one(vault, case, z)
    photo = [e for e in open_transcript(vault, zcap).entries() if e.attachment]
    assert photo[0].attachment is not None and photo[0].attachment.sha256 == sha(cx.JPEG)


def test_telegram_without_media_marks_the_photo_missing(vault, case, tmp_path):
    folder = cx.telegram_export(tmp_path / "tg", with_photo=False)
    chat = ChatProvenance.of(one(vault, case, folder / "result.json").meta)
    assert chat is not None and chat.attachments_missing == 1


def test_marks_are_custody_events_and_never_change_the_transcript(vault, case, tmp_path):
    cap = one(vault, case, cx.write(tmp_path / "c.txt", cx.ANDROID_24H_DAY_FIRST))
    transcript = next(a for a in cap.artifacts if a.role == Role.CHAT_TRANSCRIPT)
    before = vault.read_artifact(transcript.id)
    set_marks(vault, cap, [4, 6], note="the threat")
    set_marks(vault, cap, [6], unmark=True)
    with pytest.raises(ChatMessageNotFound):
        set_marks(vault, cap, [99])
    marks = marks_for(vault, cap)
    assert list(marks) == [4] and marks[4].note == "the threat"
    assert vault.read_artifact(transcript.id) == before
    actions = [e.action for e in vault.custody_events(capture_id=cap.id)]
    assert actions == [Action.IMPORTED, Action.CHAT_MARKED, Action.CHAT_UNMARKED]
    found = [e.n for e, _m in iter_view(vault, cap, ChatFilter(search="EVERYONE"))]
    assert found == [4]
    assert [e.n for e, _m in iter_view(vault, cap, ChatFilter(marked_only=True))] == [4]
    assert [e.n for e, _m in iter_view(vault, cap, ChatFilter(sender="sam lee"))] == [3]
    assert verify_vault(vault).ok


def test_the_machine_zone_is_used_and_recorded_when_none_is_given(vault, case, tmp_path,
                                                                  monkeypatch):
    monkeypatch.setenv("TZ", "Europe/London")
    cap = one(vault, case, cx.write(tmp_path / "c.txt", cx.ANDROID_24H_DAY_FIRST), zone=None)
    chat = ChatProvenance.of(cap.meta)
    assert chat is not None and (chat.timezone, chat.timezone_source) == ("Europe/London",
                                                                          "machine")
    assert chat.first == "2024-03-13T09:05:00+00:00"
    doc = json.loads(vault.read_artifact(cap.artifacts[-1].id))
    assert doc["header"]["timezone"] == "Europe/London"


def test_member_names_that_climb_out_are_stored_safely_and_nothing_is_extracted(
        vault, case, tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    z = work / "c.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("_chat.txt", cx.ANDROID_24H_DAY_FIRST)
        zf.writestr("../../IMG-20240313-WA0001.jpg", cx.JPEG)
    before = sorted(p.name for p in tmp_path.rglob("*"))
    cap = one(vault, case, z)
    assert [a.name for a in cap.artifacts if a.role == Role.CHAT_FILE] == [
        "_chat.txt", "IMG-20240313-WA0001.jpg"]
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
    attached = [e for e in open_transcript(vault, cap).entries()
                if e.attachment and e.attachment.status == "present"]
    assert attached[0].attachment is not None and attached[0].attachment.sha256 == sha(cx.JPEG)


def test_telegram_html_export_pages_folder_and_zip(vault, case, tmp_path):
    folder = cx.telegram_html_export(tmp_path / "ChatExport_html")
    cap = one(vault, case, folder)
    chat = ChatProvenance.of(cap.meta)
    assert chat is not None and (chat.app, chat.line_format) == ("telegram", "telegram_html")
    entries = list(open_transcript(vault, cap).entries())
    assert [e.kind for e in entries] == ["system", "message", "message", "message", "unparsed"]
    assert entries[0].text == "Alex Wong created group «Chat»" and entries[0].local is None
    assert entries[1].sender == "Alex Wong"
    assert entries[1].text == "Pay me or everyone sees them & more\nTomorrow."
    assert entries[1].written == "13.03.2024 09:06:00 UTC+08:00"
    assert entries[1].utc == "2024-03-13T01:06:00Z"
    assert entries[2].sender == "Alex Wong"  # a "joined" message repeats the sender
    assert entries[2].attachment is not None and entries[2].attachment.sha256 == sha(cx.JPEG)
    assert entries[3].sender == "Sam Lee" and entries[3].text == "刪除它 😡"
    assert entries[3].extra["page"] == "messages2.html"
    assert (chat.messages, chat.unparsed, chat.participants) == (4, 1, ["Alex Wong",
                                                                         "Sam Lee"])
    zcap = one(vault, case, cx.zip_folder(folder, tmp_path / "html.zip"))
    zentries = list(open_transcript(vault, zcap).entries())
    assert [e.text for e in zentries] == [e.text for e in entries]
    assert zentries[2].attachment is not None and zentries[2].attachment.status == "present"


@pytest.mark.slow
def test_a_long_export_is_imported_and_read_in_bounded_memory(vault, case, tmp_path):
    import tracemalloc

    lines = "".join(f"13/03/2024, {i // 60 % 24:02d}:{i % 60:02d} - {'AB'[i % 2]}: message "
                    f"{i} {'x' * 300}\n" for i in range(10_000))
    f = cx.write(tmp_path / "long.txt", lines)  # 3.3 MiB; its transcript about 5.5 MiB
    tracemalloc.start()
    try:
        [cap] = import_files(vault, case.id, [f], chat_timezone="UTC").sealed
        assert sum(1 for _ in iter_view(vault, cap)) == 10_000
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Holding the parsed messages (about 20 MiB of objects) would pass this bound.
    assert peak < 10 * 1024 * 1024, peak


def test_no_plaintext_of_the_chat_reaches_the_disk_outside_the_vault(vault, case, tmp_path):
    from support.vaulttools import files_containing

    marker = "UNIQUE-CHAT-MARKER-7f3a"
    src_dir = tmp_path / "src"
    src_dir.mkdir()
    z = src_dir / "chat.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("_chat.txt", cx.ANDROID_24H_DAY_FIRST + f"14/03/2024, 10:00 - A: {marker}\n")
        zf.writestr("IMG-20240313-WA0001.jpg", cx.JPEG + marker.encode())
    cap = one(vault, case, z)
    set_marks(vault, cap, [8], note=marker)
    assert [e.text for e, _ in iter_view(vault, cap, ChatFilter(search=marker))] == [marker]
    assert files_containing(tmp_path, marker.encode()) == [z]
