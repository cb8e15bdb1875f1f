"""Chat evidence as the caseworker meets it: the CLI contract and the PDF transcript."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE
from support import chatexports as cx

from evidence_app.chat.reader import set_marks
from evidence_app.importer import import_files
from evidence_app.report.export import ExportOptions, export_case


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EVIDENCE_APP_PASSPHRASE": PASSPHRASE}
    return subprocess.run([sys.executable, "-m", "evidence_app", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def js(proc: subprocess.CompletedProcess[str]) -> Any:
    return json.loads(proc.stdout)


@pytest.fixture
def cli_vault(tmp_path: Path) -> Path:
    vault = tmp_path / "cli" / "vault.db"
    assert run("--vault", str(vault), "init").returncode == 0
    assert run("--vault", str(vault), "case", "new", "Chat", "--ref", "HK-7").returncode == 0
    return vault


def pdf_text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    return unicodedata.normalize("NFKC", out)


def test_cli_import_show_chat_and_mark(cli_vault: Path, tmp_path: Path) -> None:
    z = cx.whatsapp_zip(tmp_path / "chat.zip", cx.IOS_12H_MONTH_FIRST,
                        {"00000001-PHOTO-2024-03-13-21-08-00.jpg": cx.JPEG})
    v = ("--vault", str(cli_vault))
    assert run(*v, "import", "--case", "HK-7", str(z), "--chat-timezone", "Mars/Base",
               "--json").returncode == 2
    proc = run(*v, "import", "--case", "HK-7", str(z), "--chat-timezone", "Asia/Hong_Kong",
               "--json")
    assert proc.returncode == 0, proc.stderr
    cap_id = js(proc)["results"][0]["capture_id"]
    show = js(run(*v, "show", cap_id, "--json"))["capture"]
    chat = show["chat"]
    assert chat["app"] == "whatsapp" and chat["participants"] == ["Alex Wong", "Sam Lee"]
    assert (chat["messages"], chat["unparsed"], chat["timezone"], chat["date_order"]) == (
        6, 0, "Asia/Hong_Kong", "month_first")
    assert chat["first"] == "2024-03-13T09:05:00+08:00"
    assert chat["last"] == "2024-03-14T12:30:00+08:00"
    found = js(run(*v, "chat", cap_id, "--search", "delete", "--json"))
    assert found["matched"] == 1 and found["entries"][0]["n"] == 3
    marked = run(*v, "chat", "mark", cap_id, "3", "4", "--note", "threat", "--json")
    assert marked.returncode == 0, marked.stderr
    assert js(marked)["marked_now"] == [3, 4]
    assert run(*v, "chat", "mark", cap_id, "x").returncode == 2
    assert run(*v, "chat", "mark", cap_id, "77").returncode == 2
    human = run(*v, "chat", cap_id)
    assert human.returncode == 0 and "*     3" in human.stdout
    assert "\u200e" not in human.stdout  # direction marks never reach the terminal
    assert "sha256 " + hashlib.sha256(cx.JPEG).hexdigest() in human.stdout
    custody = [e["action"] for e in js(run(*v, "show", cap_id, "--json"))["capture"]["custody"]]
    # The photo inside the export is fingerprinted after the seal (evidence_app.fingerprints).
    assert custody == ["imported", "fingerprinted", "chat_marked"]


def test_cli_escapes_control_and_override_characters(cli_vault: Path, tmp_path: Path) -> None:
    f = cx.write(tmp_path / "c.txt", "13/03/2024, 10:00 - Eve: \u202egpj.exe \x1b[31mred\n"
                                     "13/03/2024, 10:01 - Eve: ok\n")
    v = ("--vault", str(cli_vault))
    cap_id = js(run(*v, "import", "--case", "HK-7", str(f), "--json"))["results"][0]["capture_id"]
    out = run(*v, "chat", cap_id).stdout
    assert "\x1b" not in out and "\u202e" not in out and "\\u202e" in out and "\\u001b" in out


def test_pdf_transcript_with_chinese_emoji_and_arabic(vault, case, tmp_path):
    z = cx.whatsapp_zip(tmp_path / "chat.zip", cx.MIXED_SCRIPTS + cx.ANDROID_24H_DAY_FIRST,
                        {"IMG-20240313-WA0001.jpg": cx.JPEG})
    [cap] = import_files(vault, case.id, [z], chat_timezone="Asia/Hong_Kong").sealed
    set_marks(vault, cap, [1], note="威脅 threat")
    res = export_case(vault, case.id, ExportOptions(tmp_path / "bundle"))
    text = pdf_text(res.pdf_path)
    flat = "".join(text.split())
    assert "我會把相片發給你所有朋友" in flat and "陳大文" in flat
    assert "[poutingface][fire]" in flat  # emoji no font draws read as their names
    assert "[thumbsupsign][mediumskintone]" in flat
    assert "مرحبا" in text and "توقف من فضلك" in text  # right-to-left text, logical order
    assert "Payme or everyone" not in text and "Paymeoreveryoneseesthem." in flat
    assert hashlib.sha256(cx.JPEG).hexdigest() in flat
    assert "2024-03-1310:00:00UTC+08:00" in flat and "aswritten:13/03/2024,10:00" in flat
    assert "MARKEDRELEVANT" in flat and "威脅threat" in flat
    assert "Participants" in text and "Asia/Hong_Kong" in text
    assert (res.bundle_dir / "manifest.sha256").read_text().count("chat-transcri") == 1


def test_long_chat_pdf_shows_marked_messages_with_context(vault, case, tmp_path):
    lines = [f"13/03/2024, {h:02d}:{m:02d} - {'AB'[i % 2]}: message number {i + 1}\n"
             for i, (h, m) in enumerate((i // 60, i % 60) for i in range(250))]
    f = cx.write(tmp_path / "long.txt", "".join(lines))
    [cap] = import_files(vault, case.id, [f], chat_timezone="UTC").sealed
    set_marks(vault, cap, [120])
    res = export_case(vault, case.id, ExportOptions(tmp_path / "bundle"))
    text = pdf_text(res.pdf_path)
    assert "This chat has 250 messages" in " ".join(text.split())
    shown = {n for n in range(1, 251) if f"message number {n}\n" in text}
    assert shown == set(range(117, 124))
    assert "116 messages not shown" in text and "the rest of the chat is in the transcript" in text


def test_redacted_bundle_keeps_the_transcript_and_withholds_the_pictures(vault, case, tmp_path):
    from evidence_app.integrity.verify_bundle import verify_bundle

    z = cx.whatsapp_zip(tmp_path / "chat.zip", cx.ANDROID_24H_DAY_FIRST,
                        {"IMG-20240313-WA0001.jpg": cx.JPEG})
    import_files(vault, case.id, [z], chat_timezone="Asia/Hong_Kong")
    res = export_case(vault, case.id, ExportOptions(tmp_path / "bundle", redact=True))
    files = {p.name for p in res.bundle_dir.rglob("*") if p.is_file()}
    assert any(n.endswith("chat-transcript.json") for n in files)
    assert not any(n.endswith(".jpg") or n.endswith(".zip") for n in files)
    text = pdf_text(res.pdf_path)
    assert "Pay me or everyone sees them." in text
    assert hashlib.sha256(cx.JPEG).hexdigest() in "".join(text.split())
    assert verify_bundle(res.bundle_dir).ok
