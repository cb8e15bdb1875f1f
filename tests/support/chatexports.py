"""Synthetic chat exports written by the tests (no real person's chat)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

ANDROID_24H_DAY_FIRST = (
    "13/03/2024, 09:05 - Messages and calls are end-to-end encrypted. No one outside of this "
    "chat, not even WhatsApp, can read or listen to them. Tap to learn more.\n"
    "13/03/2024, 09:06 - Alex Wong: Did you get the photos?\n"
    "13/03/2024, 09:07 - Sam Lee: Delete them. Now.\n"
    "13/03/2024, 09:08 - Alex Wong: Pay me or everyone sees them.\n"
    "I mean it.\n"
    "\n"
    "Tomorrow at noon.\n"
    "13/03/2024, 09:09 - Alex Wong: <Media omitted>\n"
    "13/03/2024, 21:10 - Alex Wong: IMG-20240313-WA0001.jpg (file attached)\n"
    "This one first\n"
    "14/03/2024, 00:01 - Sam Lee left\n"
)

IOS_12H_MONTH_FIRST = (
    "\u200e[3/13/24, 9:05:00 AM] Chat Group: \u200eMessages and calls are end-to-end encrypted.\n"
    "[3/13/24, 9:06:10 AM] Alex Wong: Did you get the photos?\n"
    "[3/13/24, 9:07:00 PM] Sam Lee: Delete them.\n"
    "\u200e[3/13/24, 9:08:00\u202fPM] Alex Wong: "
    "\u200e<attached: 00000001-PHOTO-2024-03-13-21-08-00.jpg>\n"
    "\u200e[3/14/24, 12:01:00 AM] Alex Wong: \u200eimage omitted\n"
    "[3/14/24, 12:30:00 PM] Sam Lee: Stop\n"
    "please\n"
)

MIXED_SCRIPTS = (
    "13/03/2024, 10:00 - 陳大文: 我會把相片發給你所有朋友 😡🔥\n"
    "13/03/2024, 10:01 - Sam Lee: مرحبا، توقف من فضلك\n"
    "13/03/2024, 10:02 - 陳大文: 唔好報警 👍🏽\n"
)


def write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


def whatsapp_zip(path: Path, chat: str, media: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("_chat.txt", chat.encode("utf-8"))
        for name, data in media.items():
            zf.writestr(name, data)
    return path


# A tiny valid JPEG (1x1) so that sniffing and hashing see a real picture.
JPEG = bytes.fromhex(
    "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b"
    "0c1912130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ff"
    "c0000b080001000101011100ffc4001f0000010501010101010100000000000000000102030405060708090a0b"
    "ffc400b5100002010303020403050504040000017d01020300041105122131410613516107227114328191a108"
    "2342b1c11552d1f02433627282090a161718191a25262728292a3435363738393a434445464748494a53545556"
    "5758595a636465666768696a737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9"
    "aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7"
    "f8f9faffda0008010100003f00fbd3ffd9")


def telegram_export(folder: Path, *, with_photo: bool = True) -> Path:
    """A Telegram Desktop single-chat export folder: result.json and photos/."""
    folder.mkdir(parents=True, exist_ok=True)
    messages = [
        {"id": 1, "type": "service", "date": "2024-03-13T09:00:00", "date_unixtime": "1710291600",
         "actor": "Alex Wong", "actor_id": "user1", "action": "create_group", "title": "Chat",
         "members": ["Alex Wong", "Sam Lee"], "text": "", "text_entities": []},
        {"id": 2, "type": "message", "date": "2024-03-13T09:06:00",
         "date_unixtime": "1710291960", "from": "Alex Wong", "from_id": "user1",
         "text": ["Pay me or ", {"type": "bold", "text": "everyone"}, " sees them"],
         "text_entities": []},
        {"id": 3, "type": "message", "date": "2024-03-13T09:08:00",
         "date_unixtime": "1710292080", "from": "Alex Wong", "from_id": "user1",
         "photo": "photos/photo_1@13-03-2024_09-08-00.jpg", "width": 1, "height": 1,
         "text": "", "text_entities": []},
        {"id": 4, "type": "message", "date": "2024-03-13T09:09:00",
         "date_unixtime": "1710292140", "from": "Sam Lee", "from_id": "user2",
         "reply_to_message_id": 3, "text": "刪除它", "text_entities": []},
        "not a message",
    ]
    doc = {"name": "Chat", "type": "private_group", "id": 42, "messages": messages}
    (folder / "result.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1),
                                        encoding="utf-8")
    if with_photo:
        (folder / "photos").mkdir(exist_ok=True)
        (folder / "photos" / "photo_1@13-03-2024_09-08-00.jpg").write_bytes(JPEG)
    return folder


def zip_folder(folder: Path, dest: Path, top: str = "ChatExport_2024-03-14") -> Path:
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for p in sorted(folder.rglob("*")):
            if p.is_file():
                zf.write(p, f"{top}/{p.relative_to(folder).as_posix()}")
    return dest


_HTML_HEAD = """<!DOCTYPE html>
<html>
 <head>
  <meta charset="utf-8"/>
<title>Exported Data</title>
  <link href="css/style.css" rel="stylesheet"/>
 </head>
 <body onload="CheckLocation();">
  <div class="page_wrap">
   <div class="page_header"><div class="content"><div class="text bold">Chat</div></div></div>
   <div class="page_body chat_page">
    <div class="history">
"""
_HTML_TAIL = """    </div>
   </div>
  </div>
 </body>
</html>
"""


def telegram_html_export(folder: Path, *, with_photo: bool = True) -> Path:
    """A Telegram Desktop HTML export folder: messages.html, messages2.html, photos/."""
    folder.mkdir(parents=True, exist_ok=True)
    page1 = _HTML_HEAD + """
     <div class="message service" id="message-1">
      <div class="body details">13 March 2024</div>
     </div>
     <div class="message service" id="message1">
      <div class="body details">Alex Wong created group &laquo;Chat&raquo;</div>
     </div>
     <div class="message default clearfix" id="message2">
      <div class="pull_left userpic_wrap"><div class="userpic userpic1">
       <div class="initials">AW</div></div></div>
      <div class="body">
       <div class="pull_right date details"
            title="13.03.2024 09:06:00 UTC+08:00">09:06</div>
       <div class="from_name">Alex Wong </div>
       <div class="text">Pay me or <strong>everyone</strong> sees them &amp; more<br>Tomorrow.</div>
      </div>
     </div>
     <div class="message default clearfix joined" id="message3">
      <div class="body">
       <div class="pull_right date details" title="13.03.2024 09:08:00 UTC+08:00">09:08</div>
       <div class="media_wrap clearfix">
        <a class="photo_wrap clearfix pull_left" href="photos/photo_1@13-03-2024_09-08-00.jpg">
         <img class="photo" src="photos/photo_1@13-03-2024_09-08-00_thumb.jpg"/></a>
       </div>
      </div>
     </div>
""" + _HTML_TAIL
    page2 = _HTML_HEAD + """
     <div class="message default clearfix" id="message4">
      <div class="body">
       <div class="pull_right date details" title="13.03.2024 09:09:00 UTC+08:00">09:09</div>
       <div class="from_name">Sam Lee</div>
       <div class="reply_to details">In reply to <a href="#go_to_message3">this message</a></div>
       <div class="text">刪除它 😡</div>
      </div>
     </div>
     <div class="message default clearfix" id="message5">
      <div class="body"><div class="from_name">Sam Lee</div><div class="text">no date</div></div>
     </div>
""" + _HTML_TAIL
    (folder / "messages.html").write_text(page1, encoding="utf-8")
    (folder / "messages2.html").write_text(page2, encoding="utf-8")
    if with_photo:
        (folder / "photos").mkdir(exist_ok=True)
        (folder / "photos" / "photo_1@13-03-2024_09-08-00.jpg").write_bytes(JPEG)
    return folder
