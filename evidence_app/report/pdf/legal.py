"""Capturer's statement template and the draft certificate under s.22A(5) Evidence Ordinance.

Both are drafts for legal review: the wording follows the elements s.22A(5) asks for (identify
the documents, describe how they were produced, particulars of the device, the conditions of
s.22A(2), knowledge and belief, a signature by a person in a responsible position).
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Spacer

from evidence_app.report.model import ReportContext
from evidence_app.report.pdf.styles import BODY_CJK, CLAUSE, DRAFT, H2, P
from evidence_app.vocab import CaptureKind

BLANK = "________________________"


def _particulars(ctx: ReportContext) -> tuple[str, str, str, str]:
    machines = sorted({e.capture.machine for e in ctx.exhibits}) or ["-"]
    browsers = sorted({e.capture.web.browser_label
                       for e in ctx.exhibits if e.capture.kind == CaptureKind.WEB} - {""}) or ["-"]
    systems = sorted({e.capture.web.os for e in ctx.exhibits if e.capture.web.os}) or ["-"]
    first = ctx.exhibits[0].capture.exhibit if ctx.exhibits else "-"
    last = ctx.exhibits[-1].capture.exhibit if ctx.exhibits else "-"
    return "; ".join(machines), "; ".join(browsers), "; ".join(systems), f"{first} to {last}"


def _signature(lines: list[str]) -> list[Flowable]:
    return [Spacer(1, 10)] + [P(f"{label}: {BLANK}", BODY_CJK) for label in lines]


def statement_flowables(ctx: ReportContext) -> list[Flowable]:
    machines, browsers, _os, span = _particulars(ctx)
    en = [
        f"I, {BLANK} (full name), {BLANK} (position) of {ctx.organisation or BLANK}, say:",
        "1. I am responsible for preserving online evidence in this matter. I have personal "
        "knowledge of the matters below, except where I state otherwise.",
        f"2. Between {BLANK} and {BLANK} I used the program evidence-app, version "
        f"{ctx.tool_version}, on the computer {machines}, to capture the web pages and to "
        f"import the files listed in the exhibit index of the report with bundle id "
        f"{ctx.bundle_id} (exhibits {span}).",
        f"3. For each web page the program loaded the address I entered in a separate browser "
        f"({browsers}) that was not logged in to any account, recorded a screenshot of the whole "
        "page, its source and archive files, the server's address and certificate, and the "
        "time, and computed the SHA-256 hash of each file at once. The files were sealed in an "
        "encrypted evidence vault and have not been altered since, as the hashes show.",
        "4. The screenshots in the report are true reproductions of what the browser displayed "
        "at the times stated. I did not edit any captured file.",
        f"5. I produce the exhibit bundle {ctx.bundle_id} as exhibit {BLANK}.",
    ]
    zh = [
        f"本人 {BLANK}（全名），{ctx.organisation or BLANK} 的 {BLANK}（職位），謹此陳述：",
        "1. 本人負責保存本事件的網上證據。除另有說明外，下述事項均為本人親身所知。",
        f"2. 本人於 {BLANK} 至 {BLANK} 期間，在電腦 {machines} 上使用 evidence-app 程式"
        f"（版本 {ctx.tool_version}）擷取網頁及匯入檔案，詳列於證物包編號 {ctx.bundle_id} "
        f"報告的證物索引（證物 {span}）。",
        f"3. 就每個網頁，程式以一個未登入任何帳戶的獨立瀏覽器（{browsers}）載入本人輸入的網址，"
        "記錄整頁螢幕截圖、網頁原始碼及封存檔案、伺服器位址及憑證與時間，並即時計算每個檔案的 "
        "SHA-256 雜湊值。檔案已封存於加密證據保險庫，其後未經改動，雜湊值可資證明。",
        "4. 報告中的螢幕截圖真實重現瀏覽器於所述時間顯示的內容。本人並無編輯任何擷取的檔案。",
        f"5. 本人呈交證物包 {ctx.bundle_id}，作為證物 {BLANK}。",
    ]
    out: list[Flowable] = [PageBreak(), P("Capturer's statement (template)", H2),
                           P("TEMPLATE - complete, check and adapt before signing.", DRAFT),
                           Spacer(1, 6)]
    out += [P(t, CLAUSE, None) for t in en]
    out += _signature(["Signature", "Name", "Date"])
    out += [Spacer(1, 14), P("擷取人陳述書（範本）", H2),
            P("範本 — 簽署前請填寫、核對及按需要修改。", DRAFT), Spacer(1, 6)]
    out += [P(t, CLAUSE, None) for t in zh]
    out += _signature(["簽署", "姓名", "日期"])
    return out


def certificate_flowables(ctx: ReportContext) -> list[Flowable]:
    machines, browsers, systems, span = _particulars(ctx)
    org = ctx.organisation or BLANK
    en = [
        "1. Identification of the documents. This certificate relates to the documents "
        f"produced by computer in the exhibit bundle with bundle id {ctx.bundle_id}: the "
        f"report report.pdf and the files listed in its manifest.sha256, being exhibits {span} "
        "of the exhibit index, each identified by its SHA-256 hash value.",
        "2. How the documents were produced. The documents were produced by the computer "
        f"program evidence-app, version {ctx.tool_version}. For each web page the program "
        f"loaded the address in a web browser ({browsers}), recorded a screenshot of the whole "
        "page, the page source and a web archive together with the network particulars shown "
        "in the report, and computed the SHA-256 hash of each file at the time of capture. "
        "Imported files were read without alteration and hashed in the same way. Each item was "
        "stored in an encrypted evidence vault with an append-only, hash-chained custody log, "
        "from which this report and the copies in the bundle were produced.",
        f"3. Particulars of the device. Computer(s): {machines}. Operating system: {systems}. "
        f"Software: evidence-app {ctx.tool_version}; web browser: {browsers}.",
        "4. Conditions in s.22A(2). (a) Throughout the period over which the documents were "
        f"produced the computer was used regularly to store or process information for the "
        f"purposes of activities regularly carried on by {org}, namely {BLANK}. (b) Over that "
        "period information of the kind contained in the documents was regularly supplied to "
        "the computer in the ordinary course of those activities. (c) Throughout the material "
        "part of that period appropriate measures were in force to prevent unauthorised "
        "interference with the computer: the evidence vault is encrypted and opened only with a "
        "passphrase; every file is hashed when captured; every action is recorded in a "
        f"hash-chained custody log; and {BLANK}. (d) Throughout the material part of that period "
        "the computer was operating properly [or: any respect in which it was not operating "
        "properly, or was out of operation, was not such as to affect the production of the "
        "documents or the accuracy of their contents: " + BLANK + "].",
        "5. This certificate is given to the best of my knowledge and belief.",
        f"6. I occupy a responsible position in relation to the operation of the computer, "
        f"namely {BLANK}. I understand that it is an offence knowingly to make a false "
        "statement in this certificate.",
    ]
    zh = [
        f"1. 文件的識別。本證明書關乎證物包編號 {ctx.bundle_id} 內由電腦製作的文件，即報告 "
        f"report.pdf 及其 manifest.sha256 所列的檔案（證物索引中的證物 {span}），每份文件均以其 "
        "SHA-256 雜湊值識別。",
        f"2. 文件的製作方式。文件由電腦程式 evidence-app（版本 {ctx.tool_version}）製作。就每個"
        f"網頁，程式以網頁瀏覽器（{browsers}）載入網址，記錄整頁螢幕截圖、網頁原始碼及網頁封存"
        "檔案，連同報告所示的網絡資料，並於擷取時計算每個檔案的 SHA-256 雜湊值。匯入的檔案在未經"
        "改動下讀取，並以相同方式計算雜湊值。每項證物均存放於設有只可附加、以雜湊值串連的保管紀錄"
        "的加密證據保險庫，本報告及證物包內的副本均由該保險庫製作。",
        f"3. 裝置詳情。電腦：{machines}。作業系統：{systems}。軟件：evidence-app "
        f"{ctx.tool_version}；網頁瀏覽器：{browsers}。",
        f"4. 第22A(2)條的條件。(a) 在製作文件的整段期間，該電腦經常用於儲存或處理資料，以進行 "
        f"{org} 經常進行的活動，即 {BLANK}。(b) 在該期間，文件所載類別的資料在該等活動的通常過程"
        "中經常輸入該電腦。(c) 在該期間的關鍵時段，已實施適當措施以防止未經授權干擾該電腦：證據"
        "保險庫經加密並只能以密碼開啟；每個檔案於擷取時計算雜湊值；每項操作均記錄於以雜湊值串連的"
        f"保管紀錄；及 {BLANK}。(d) 在該期間的關鍵時段，該電腦運作正常〔或：該電腦任何不正常運作"
        f"或停止運作的情況，並不影響文件的製作或其內容的準確性：{BLANK}〕。",
        "5. 本證明書所述內容，盡本人所知所信均屬真確。",
        f"6. 本人在該電腦的運作方面擔任負責職位，即 {BLANK}。本人明白在本證明書中明知而作出"
        "虛假陳述即屬犯罪。",
    ]
    case = ctx.case.ref or ctx.case.title
    out: list[Flowable] = [
        PageBreak(), P("DRAFT FOR LEGAL REVIEW - not to be signed or used until reviewed by a "
                       "legal adviser against the current text of the Ordinance.", DRAFT),
        P("Certificate under section 22A(5) of the Evidence Ordinance (Cap. 8)", H2),
        P(f"Case: {case}", BODY_CJK, 300),
        P(f"I, {BLANK} (full name), {BLANK} (position) of {org}, certify as follows:", BODY_CJK),
        Spacer(1, 4)]
    out += [P(t, CLAUSE, None) for t in en]
    out += _signature(["Signature", "Name", "Position", "Date"])
    out += [PageBreak(),
            P("法律審閱擬稿 — 未經法律顧問按條例現行文本審閱前，不得簽署或使用。", DRAFT),
            P("根據《證據條例》（第8章）第22A(5)條發出的證明書", H2),
            P(f"案件：{case}", BODY_CJK, 300),
            P(f"本人 {BLANK}（全名），{org} 的 {BLANK}（職位），茲證明如下：", BODY_CJK),
            Spacer(1, 4)]
    out += [P(t, CLAUSE, None) for t in zh]
    out += _signature(["簽署", "姓名", "職位", "日期"])
    return out
