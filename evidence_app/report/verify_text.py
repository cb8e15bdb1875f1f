"""VERIFY.txt: how a recipient checks the bundle with tools they already have (EN + zh-Hant)."""

from __future__ import annotations

from typing import Any

_TEXT = """\
HOW TO CHECK THIS EXHIBIT BUNDLE
================================
Bundle id: {bundle_id}
Created (UTC): {created}

Every file in this folder is listed in manifest.sha256 with its SHA-256 hash (a fingerprint: if
one byte of a file changed, its hash would be completely different). The same hashes were
recorded when each item was captured, and appear in report.pdf and bundle.json. To check that
nothing was altered, open a terminal in this folder (the one holding manifest.sha256) and run:

Linux:
    sha256sum -c manifest.sha256
  Every line must end in "OK".

macOS (Terminal):
    shasum -a 256 -c manifest.sha256
  Every line must end in "OK".

Windows (Command Prompt), one file at a time:
    certutil -hashfile "report.pdf" SHA256
  Compare the printed hash with the file's line in manifest.sha256 (open it in Notepad).
  PowerShell can list every file's hash at once:
    Get-ChildItem -Recurse -File | Get-FileHash -Algorithm SHA256 | Format-List Path, Hash

With evidence-app (no vault or passphrase needed):
    evidence-app verify-bundle "PATH TO THIS FOLDER"    (or the .zip file)
  This also checks every file against bundle.json and re-walks the custody log (custody.jsonl):
  each custody event's hash covers the previous one, so an edited, removed or reordered event is
  detected. Events of other cases are included without their details, so the chain still
  checks. The chain head hash printed here must match the one in report.pdf.

Please also compare the SHA-256 of manifest.sha256 itself with the value the sender gave you
separately (for example in a covering e-mail or letter):
    sha256sum manifest.sha256      (Linux)
    shasum -a 256 manifest.sha256  (macOS)
    certutil -hashfile manifest.sha256 SHA256  (Windows)

{redacted_en}

如何核對此證物包
================
證物包編號：{bundle_id}
建立時間（UTC）：{created}

此資料夾內每個檔案均列於 manifest.sha256，並附有其 SHA-256 雜湊值（即檔案的「指紋」：檔案
即使只改動一個位元組，其雜湊值亦會完全不同）。每項證物在擷取時已記錄相同的雜湊值，並載於
report.pdf 及 bundle.json。如要核實檔案未經改動，請在此資料夾（即存放 manifest.sha256 的資料夾）
開啟終端機並執行：

Linux：
    sha256sum -c manifest.sha256
  每一行結尾必須顯示「OK」。

macOS（終端機 Terminal）：
    shasum -a 256 -c manifest.sha256
  每一行結尾必須顯示「OK」。

Windows（命令提示字元），逐一檔案核對：
    certutil -hashfile "report.pdf" SHA256
  將顯示的雜湊值與 manifest.sha256（可用「記事本」開啟）中該檔案的一行比較。
  PowerShell 可一次列出所有檔案的雜湊值：
    Get-ChildItem -Recurse -File | Get-FileHash -Algorithm SHA256 | Format-List Path, Hash

使用 evidence-app（無需保險庫或密碼）：
    evidence-app verify-bundle "此資料夾的路徑"    （或 .zip 檔案）
  此指令亦會將每個檔案與 bundle.json 比對，並重新驗證保管紀錄（custody.jsonl）：每項保管事件
  的雜湊值涵蓋前一事件，故任何被修改、刪除或重新排序的事件都會被發現。其他案件的事件只收錄
  而不含其內容，保管鏈仍可完整核對。此處顯示的鏈首雜湊值必須與 report.pdf 所載相同。

另請將 manifest.sha256 本身的 SHA-256 雜湊值，與寄件人另行提供的數值（例如附函或電郵）比較：
    sha256sum manifest.sha256      （Linux）
    shasum -a 256 manifest.sha256  （macOS）
    certutil -hashfile manifest.sha256 SHA256  （Windows）

{redacted_zh}
"""

_REDACTED_EN = ("THIS IS A REDACTED BUNDLE: screenshots are pixelated in report.pdf and image, "
                "video, audio and page-archive files are not included. Their SHA-256 hashes (of "
                "the unaltered originals, kept in the evidence vault) are listed in report.pdf "
                "and bundle.json.")
_REDACTED_ZH = ("此為經遮蔽的證物包：report.pdf 內的螢幕截圖已作馬賽克處理，且不包含圖片、影片、"
                "音訊及網頁封存檔案。其原件（保存於證據保險庫）的 SHA-256 雜湊值仍列於 report.pdf "
                "及 bundle.json。")


def verify_txt(bundle_id: str, created_utc: str, redacted: bool) -> str:
    """The VERIFY.txt text, with Windows line endings so Notepad shows it properly everywhere."""
    text = _TEXT.format(bundle_id=bundle_id, created=created_utc,
                        redacted_en=_REDACTED_EN if redacted else "",
                        redacted_zh=_REDACTED_ZH if redacted else "")
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


_TS_EN = """\

TRUSTED TIMESTAMPS (RFC 3161)
=============================
Independent time-stamping authorities (TSAs) signed the time at which this evidence existed.
Their tokens are in the "timestamps" folder; each TSA's certificate chain (signer to root) is
timestamps/<TSA>.pem. Check that the root certificate at the end of that file is the one the TSA
publishes, e.g. by its SHA-256 fingerprint. OpenSSL checks each token (it comes with Linux and
macOS; on Windows with Git for Windows). Open a terminal in this folder and run:

{commands}

  Each must print "Verification: OK". To read a token's signed time and serial number:
    openssl ts -reply -in "FILE.tsr" -text
  An exhibit's .input.json names the custody-log event that sealed it (sealing_event_seq and
  sealing_event_hash, whose hash covers every file's SHA-256) and the chain head at that moment;
  `evidence-app verify-bundle` checks that they match custody.jsonl.
"""

_TS_ZH = """\

可信時間戳記（RFC 3161）
========================
獨立的時間戳記機構（TSA）已簽署證明此證據於該時間已經存在。時間戳記（token）存放於
「timestamps」資料夾；各時間戳記機構的證書鏈（由簽署證書至根證書）為 timestamps/<TSA>.pem。
請核對該檔案末端的根證書與該機構公佈的相同（例如比較其 SHA-256 指紋）。可用 OpenSSL 逐一核對
（Linux 及 macOS 已內置；Windows 可隨 Git for Windows 安裝）。請在此資料夾開啟終端機並執行：

{commands}

  每項必須顯示「Verification: OK」。如要讀取時間戳記所簽署的時間及序號：
    openssl ts -reply -in "檔案.tsr" -text
  每項證物的 .input.json 載明封存該證物的保管紀錄事件（sealing_event_seq 及
  sealing_event_hash，其雜湊值涵蓋每個檔案的 SHA-256）及當時的保管鏈首；
  `evidence-app verify-bundle` 會核對兩者與 custody.jsonl 相符。
"""


def _cmd(token: str, data: str, pem: str) -> str:
    return f'    openssl ts -verify -in "{token}" -data "{data}" -CAfile "{pem}"'


def timestamps_txt(exhibits: list[dict[str, Any]], bundle_pem: str | None) -> str:
    """The VERIFY.txt section on trusted timestamps (EN + zh-Hant), with the exact commands."""
    en: list[str] = []
    zh: list[str] = []
    if bundle_pem:
        en += ["The whole bundle (manifest.sha256, and through it every file):",
               _cmd("manifest.sha256.tsr", "manifest.sha256", bundle_pem),
               "The custody log (the time printed on the cover of report.pdf):",
               _cmd("timestamps/custody.jsonl.tsr", "custody.jsonl", bundle_pem)]
        zh += ["整個證物包（manifest.sha256，即涵蓋每個檔案）：",
               _cmd("manifest.sha256.tsr", "manifest.sha256", bundle_pem),
               "保管紀錄（report.pdf 封面所載的時間）：",
               _cmd("timestamps/custody.jsonl.tsr", "custody.jsonl", bundle_pem)]
    else:
        en.append("This bundle itself was not timestamped when it was exported (the computer "
                  "was offline, or timestamps were turned off).")
        zh.append("此證物包在匯出時未有加上時間戳記（電腦未連接網絡，或時間戳記功能已關閉）。")
    for ex in exhibits:
        tokens = [t for t in ex.get("tokens") or [] if t.get("file")]
        if not tokens:
            continue
        en.append(f"Exhibit {ex['exhibit']} (its sealing record, covering every file's SHA-256, "
                  f"described in {ex['input']}):")
        zh.append(f"證物 {ex['exhibit']}（其封存紀錄，涵蓋每個檔案的 SHA-256，見 {ex['input']}）：")
        for t in tokens:
            line = _cmd(t["file"], ex["input"], t["certificates"])
            en.append(line)
            zh.append(line)
    if not any(ex.get("tokens") for ex in exhibits):
        en.append("No exhibit had a trusted timestamp when the bundle was exported.")
        zh.append("匯出時，沒有證物已取得可信時間戳記。")
    text = (_TS_EN.format(commands="\n".join(en)) + _TS_ZH.format(commands="\n".join(zh)))
    return text.replace("\r\n", "\n").replace("\n", "\r\n")
