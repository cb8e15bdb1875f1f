<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>AddLocationDialog</name>
    <message>
        <source>Add a location</source>
        <translation>加入位置</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>網址</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Where it was found, or why it was not captured</source>
        <translation>在哪裏發現，或為何未能擷取</translation>
    </message>
    <message>
        <source>Captured pages are locations already. Add here what cannot be captured, such as a search-result address.</source>
        <translation>已擷取的網頁已是位置。無法擷取的網址（例如搜尋結果的網址）可在此加入。</translation>
    </message>
    <message>
        <source>Type a web address starting with http:// or https://.</source>
        <translation>請輸入以 http:// 或 https:// 開頭的網址。</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
    <message>
        <source>Evidence App</source>
        <translation>證據保存</translation>
    </message>
</context>
<context>
    <name>ArtifactsTable</name>
    <message>
        <source>Role</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>備份證據庫</translation>
    </message>
    <message>
        <source>A backup is a copy of the vault, still encrypted, with its key file: the same passphrase and recovery key open it. Keep it on a USB stick or another drive, away from this computer. The copy is checked in full before it counts, and the backup is recorded in the custody log.</source>
        <translation>備份是證據庫的副本（仍然加密）連同其密鑰檔案：用同一個密碼短語及復原密鑰即可開啟。請把它存放在 USB 手指或另一個磁碟上，並與這部電腦分開保管。副本會先經完整核實才算完成，而這次備份會記錄在保管紀錄中。</translation>
    </message>
    <message>
        <source>Choose a folder or USB stick…</source>
        <translation>選擇資料夾或 USB 手指…</translation>
    </message>
    <message>
        <source>Recovery key lost, or never written down?</source>
        <translation>遺失了復原密鑰，或從未抄下？</translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation>製作新的復原密鑰…</translation>
    </message>
    <message>
        <source>Where to put the backup</source>
        <translation>備份存放位置</translation>
    </message>
    <message>
        <source>Copying the vault… (it stays usable meanwhile)</source>
        <translation>正在複製證據庫…（期間仍可繼續使用）</translation>
    </message>
    <message>
        <source>Checking the copy: every item is read back and re-hashed…</source>
        <translation>正在核實副本：每個項目都會重新讀取並重新計算數碼指紋…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>正在完成…</translation>
    </message>
    <message>
        <source>Backed up and checked ({size}, {n} item(s) re-hashed) at {time}.
It is in: {folder}
To restore it, use `evidence-app restore` with this folder.</source>
        <translation>已於 {time} 完成備份並核實（{size}，已重新核算 {n} 個項目）。
存放位置：{folder}
如需還原，請對這個資料夾使用 `evidence-app restore`。</translation>
    </message>
</context>
<context>
    <name>BackupReminderBar</name>
    <message>
        <source>Back up now…</source>
        <translation>立即備份…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍後</translation>
    </message>
    <message>
        <source>This vault has never been backed up. If this computer is lost or broken, the evidence is lost with it.</source>
        <translation>這個證據庫從未備份。如果這部電腦遺失或損壞，證物便會一併失去。</translation>
    </message>
    <message numerus="yes">
        <source>The last backup was on %1, more than %n day(s) ago. Back up again so new evidence is not lost with this computer.</source>
        <translation>
            <numerusform>上一次備份於 %1，已超過 %n 日。請再次備份，以免新證物隨這部電腦一併失去。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlurredPreview</name>
    <message>
        <source>Reveal image</source>
        <translation>顯示圖片</translation>
    </message>
    <message>
        <source>Blur again</source>
        <translation>重新模糊</translation>
    </message>
    <message>
        <source>This picture cannot be displayed here: it is damaged or too large. The file itself is sealed in the vault with its SHA-256 and goes into exports.</source>
        <translation>這張圖片無法在此顯示：檔案已損壞或過大。檔案本身已連同其 SHA-256 封存於保險庫，並會包括在匯出內容中。</translation>
    </message>
    <message>
        <source>Shown unblurred. Viewing was recorded.</source>
        <translation>正以清晰模式顯示，查看已記錄。</translation>
    </message>
    <message>
        <source>Blurred to protect you. Revealing it is recorded.</source>
        <translation>為保護你，圖片已模糊處理。如選擇顯示，會被記錄。</translation>
    </message>
</context>
<context>
    <name>BrowseWindow</name>
    <message>
        <source>Browse and capture — %1</source>
        <translation>瀏覽及擷取 — %1</translation>
    </message>
    <message>
        <source>Browse and capture</source>
        <translation>瀏覽及擷取</translation>
    </message>
    <message>
        <source>Opens a browser window controlled by this app. Navigate there, expand comments, scroll; then press Capture page (or Ctrl+Shift+E in the browser) to seal the page as it stands into this case, with the pages visited since the window opened.</source>
        <translation>開啟一個由本程式控制的瀏覽器視窗。請在該視窗瀏覽、展開留言及捲動頁面；然後按「擷取此頁」（或在瀏覽器中按 Ctrl+Shift+E），把網頁當刻的樣子連同視窗開啟以來瀏覽過的網頁封存至這個個案。</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>第一個網頁</translation>
    </message>
    <message>
        <source>Login profile</source>
        <translation>登入設定檔</translation>
    </message>
    <message>
        <source>Open browser</source>
        <translation>開啟瀏覽器</translation>
    </message>
    <message>
        <source>Capture page</source>
        <translation>擷取此頁</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>證物</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>網址</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Opening the evidence browser…</source>
        <translation>正在開啟證據瀏覽器…</translation>
    </message>
    <message>
        <source>The evidence browser is open. Navigate there, then press Capture page.</source>
        <translation>證據瀏覽器已開啟。請在該視窗瀏覽，然後按「擷取此頁」。</translation>
    </message>
    <message>
        <source>Capturing the page as it stands…</source>
        <translation>正在擷取網頁當刻的樣子…</translation>
    </message>
    <message>
        <source>Sealed as %1.</source>
        <translation>已封存為 %1。</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>已封存</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 個警告</numerusform>
        </translation>
    </message>
    <message>
        <source>The browser window was closed. Open it again to go on.</source>
        <translation>瀏覽器視窗已關閉。如要繼續，請再次開啟。</translation>
    </message>
    <message>
        <source>Closing once the capture has been sealed…</source>
        <translation>擷取封存後便會關閉…</translation>
    </message>
</context>
<context>
    <name>CaptureDetail</name>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Images (blurred)</source>
        <translation>圖片（已模糊處理）</translation>
    </message>
    <message>
        <source>Stored items and their SHA-256 fingerprints</source>
        <translation>已保存項目及其 SHA-256 數碼指紋</translation>
    </message>
    <message>
        <source>Custody timeline</source>
        <translation>保管紀錄時序</translation>
    </message>
    <message>
        <source>Copy SHA-256 of the selected item</source>
        <translation>複製所選項目的 SHA-256</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>封存時間</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人員</translation>
    </message>
    <message>
        <source>Requested address</source>
        <translation>要求的網址</translation>
    </message>
    <message>
        <source>Final address</source>
        <translation>最終網址</translation>
    </message>
    <message>
        <source>Redirects</source>
        <translation>重新導向</translation>
    </message>
    <message>
        <source>none</source>
        <translation>沒有</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>網頁標題</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 狀態</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成時間</translation>
    </message>
    <message>
        <source>Server&apos;s clock</source>
        <translation>伺服器時間</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>憑證</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>瀏覽器</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>已登入</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>原始檔案</translation>
    </message>
    <message>
        <source>Was at</source>
        <translation>原本位置</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File modified</source>
        <translation>檔案修改時間</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>內容類型</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>none (plain http)</source>
        <translation>沒有（未加密的 http）</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>由 %1 簽發</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>問題：%1</translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translation>證物 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not previewed here (too large or not decodable); they are in the export.</source>
        <translation>
            <numerusform>有 %n 張圖片未能在此預覽（太大或無法解碼），匯出時會包括在內。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>已複製。</translation>
    </message>
    <message>
        <source>Select an item in the table first.</source>
        <translation>請先在表格中選擇一個項目。</translation>
    </message>
    <message>
        <source>Content warning</source>
        <translation>內容警告</translation>
    </message>
    <message>
        <source>This image may show sexual or violent content, or content about you. It stays blurred unless you choose to see it.</source>
        <translation>這張圖片可能含有性或暴力內容，或與你有關的內容。除非你選擇查看，否則會一直保持模糊。</translation>
    </message>
    <message>
        <source>Seeing it is recorded in the custody log. You will not be asked again until the vault is locked.</source>
        <translation>查看會記錄在保管紀錄中。在證據庫再次鎖定之前，不會再問你。</translation>
    </message>
    <message>
        <source>Show the image</source>
        <translation>顯示圖片</translation>
    </message>
</context>
<context>
    <name>CaptureExtras</name>
    <message>
        <source>Trusted time</source>
        <translation>可信時間</translation>
    </message>
    <message>
        <source>Request timestamps now</source>
        <translation>立即申請時間戳記</translation>
    </message>
    <message>
        <source>Ask the time-stamping services now for every capture still waiting (all cases).</source>
        <translation>立即向時間戳記服務申請所有仍在等候的擷取（所有個案）。</translation>
    </message>
    <message>
        <source>Find similar pictures…</source>
        <translation>尋找相似圖片…</translation>
    </message>
    <message>
        <source>Read the chat…</source>
        <translation>閱讀對話…</translation>
    </message>
    <message>
        <source>List the pictures in the vault that look like this capture&apos;s picture, by their fingerprints only: nothing is shown.</source>
        <translation>只憑數碼指紋，列出證據庫內與這次擷取的圖片相似的圖片：不會顯示任何圖片。</translation>
    </message>
    <message>
        <source>✓ %1: trusted time %2 (serial %3)</source>
        <translation>✓ %1：可信時間 %2（序號 %3）</translation>
    </message>
    <message>
        <source>… %1: pending, waiting for the network; asked again automatically.</source>
        <translation>… %1：等候中，正等待網絡連線；會自動再次申請。</translation>
    </message>
    <message>
        <source>✗ %1: failed, not trusted time. Reason: %2</source>
        <translation>✗ %1：失敗，並非可信時間。原因：%2</translation>
    </message>
    <message>
        <source>the service could not be reached</source>
        <translation>無法連線至該服務</translation>
    </message>
    <message>
        <source>the service is not answering</source>
        <translation>該服務沒有回應</translation>
    </message>
    <message>
        <source>the service refused to stamp</source>
        <translation>該服務拒絕加蓋時間戳記</translation>
    </message>
    <message>
        <source>the answer was too large</source>
        <translation>回覆過大</translation>
    </message>
    <message>
        <source>the answer is not a time-stamp</source>
        <translation>回覆並非時間戳記</translation>
    </message>
    <message>
        <source>the service&apos;s certificate is not trusted</source>
        <translation>該服務的證書不受信任</translation>
    </message>
    <message>
        <source>the token stamps something else than this capture</source>
        <translation>該時間戳記所蓋的並非這次擷取</translation>
    </message>
    <message>
        <source>the token answers another request</source>
        <translation>該時間戳記回應的是另一項申請</translation>
    </message>
    <message>
        <source>the token is damaged</source>
        <translation>該時間戳記已損壞</translation>
    </message>
    <message>
        <source>Matches %1, distance %2</source>
        <translation>與 %1 相符，距離 %2</translation>
    </message>
    <message>
        <source>No trusted timestamp yet: trusted time is off, or this capture has not been sent to a time-stamping service.</source>
        <translation>尚未有可信時間戳記：可信時間已關閉，或這次擷取仍未送交時間戳記服務。</translation>
    </message>
    <message>
        <source>Clock warning: this computer&apos;s clock was %1 s off the time signed by %2. The signed time is the one to rely on; correct the computer&apos;s clock.</source>
        <translation>時鐘警告：這部電腦的時鐘與 %2 簽署的時間相差 %1 秒。應以簽署的時間為準；請校正電腦時鐘。</translation>
    </message>
    <message>
        <source>Asking the time-stamping services…</source>
        <translation>正在向時間戳記服務申請…</translation>
    </message>
    <message>
        <source>Granted: %1. Failed: %2. Still pending: %3.</source>
        <translation>已批出：%1。失敗：%2。仍在等候：%3。</translation>
    </message>
    <message>
        <source>Some services have not answered yet; they are asked again automatically.</source>
        <translation>部分服務仍未回覆；會自動再次申請。</translation>
    </message>
</context>
<context>
    <name>CaptureQueue</name>
    <message>
        <source>Capture web pages</source>
        <translation>擷取網頁</translation>
    </message>
    <message>
        <source>Paste one web address per line. Each page is opened in a private browser on this computer, photographed, archived and sealed in the vault with its fingerprints.</source>
        <translation>每行貼上一個網址。每個網頁會在這部電腦上以私人瀏覽器開啟、截圖、歸檔，並連同數碼指紋封存於證據庫。</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>擷取</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>網址</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>個案</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <source>starting the browser</source>
        <translation>正在啟動瀏覽器</translation>
    </message>
    <message>
        <source>loading the page</source>
        <translation>正在載入網頁</translation>
    </message>
    <message>
        <source>scrolling</source>
        <translation>正在捲動</translation>
    </message>
    <message>
        <source>taking screenshots</source>
        <translation>正在截圖</translation>
    </message>
    <message>
        <source>archiving</source>
        <translation>正在歸檔</translation>
    </message>
    <message>
        <source>sealing in the vault</source>
        <translation>正在封存至證據庫</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Paste at least one web address first.</source>
        <translation>請先貼上最少一個網址。</translation>
    </message>
    <message>
        <source>This is not a web address. Paste addresses such as https://example.com/page, one per line.</source>
        <translation>這不是網址。請貼上網址，例如 https://example.com/page，每行一個。</translation>
    </message>
    <message>
        <source>A capture for the case “%1” is running; a new one here starts when it ends.</source>
        <translation>個案「%1」正在擷取；在這裏開始的新擷取會在它完成後進行。</translation>
    </message>
    <message>
        <source>Waiting: the capture for the case “%1” runs first.</source>
        <translation>等候中：先完成個案「%1」的擷取。</translation>
    </message>
    <message numerus="yes">
        <source>Capturing %n page(s)…</source>
        <translation>
            <numerusform>正在擷取 %n 個網頁…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling… pages already sealed are kept.</source>
        <translation>正在取消…已封存的網頁會保留。</translation>
    </message>
    <message>
        <source>Sealed as %1</source>
        <translation>已封存為 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 個警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 pages were sealed before that; nothing was saved for the others.</source>
        <translation>已取消：取消前已封存 %2 個網頁中的 %1 個；其餘網頁沒有保存任何內容。</translation>
    </message>
    <message>
        <source>%1 of %2 pages captured and sealed.</source>
        <translation>已擷取並封存 %2 個網頁中的 %1 個。</translation>
    </message>
</context>
<context>
    <name>CapturesTable</name>
    <message>
        <source>Exhibit</source>
        <translation>證物</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Web address or file</source>
        <translation>網址或檔案</translation>
    </message>
    <message>
        <source>Captured (local time)</source>
        <translation>擷取時間（本地時間）</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Trusted time</source>
        <translation>可信時間</translation>
    </message>
    <message numerus="yes">
        <source>Sealed, %n warning(s)</source>
        <translation>
            <numerusform>已封存，%n 個警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>已封存</translation>
    </message>
    <message>
        <source>matches %1, distance %2</source>
        <translation>與 %1 相符，距離 %2</translation>
    </message>
    <message>
        <source>✓ trusted</source>
        <translation>✓ 可信</translation>
    </message>
    <message>
        <source>… pending</source>
        <translation>… 等候中</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ 失敗</translation>
    </message>
    <message>
        <source>✓ trusted, ⚠ clock</source>
        <translation>✓ 可信，⚠ 時鐘</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>網頁</translation>
    </message>
    <message>
        <source>Imported file</source>
        <translation>匯入的檔案</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Import files…</source>
        <translation>匯入檔案…</translation>
    </message>
    <message>
        <source>Export for police or court…</source>
        <translation>匯出給警方或法庭…</translation>
    </message>
    <message>
        <source>Browse and capture…</source>
        <translation>瀏覽及擷取…</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消匯入</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>證物</translation>
    </message>
    <message>
        <source>Capture web pages</source>
        <translation>擷取網頁</translation>
    </message>
    <message>
        <source>Take-down</source>
        <translation>移除內容</translation>
    </message>
    <message>
        <source>No evidence in this case yet. To save web pages, paste their addresses in the “Capture web pages” tab. To add screenshots, photos or chat exports, use Import files or drop them here.</source>
        <translation>這個個案還沒有證物。如要保存網頁，請在「擷取網頁」分頁貼上網址。如要加入截圖、相片或對話紀錄，請按「匯入檔案」或把檔案拖放到這裏。</translation>
    </message>
    <message>
        <source>Capture web pages…</source>
        <translation>擷取網頁…</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>編號：%1</translation>
    </message>
    <message>
        <source>Drop files here to import them.</source>
        <translation>把檔案拖放到這裏即可匯入。</translation>
    </message>
    <message>
        <source>Import files as evidence</source>
        <translation>把檔案匯入為證物</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>正在匯入 %n 個檔案…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported and sealed.</source>
        <translation>
            <numerusform>已匯入並封存 %n 個檔案。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; the unfinished file was not saved.</source>
        <translation>匯入已取消；未完成的檔案沒有保存。</translation>
    </message>
</context>
<context>
    <name>CasesPanel</name>
    <message>
        <source>Cases</source>
        <translation>個案</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>搜尋個案</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>新增個案…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 項</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Chat – exhibit %1</source>
        <translation>對話 – 證物 %1</translation>
    </message>
    <message>
        <source>%1 chat · participants: %2 · %3 message(s), %4 line(s) not understood (kept as written) · first %5 · last %6 · times in %7</source>
        <translation>%1 對話 · 參與者：%2 · %3 則訊息，%4 行未能解讀（按原文保留）· 首則 %5 · 末則 %6 · 時間以 %7 為準</translation>
    </message>
    <message>
        <source>Search the messages</source>
        <translation>搜尋訊息</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Only from</source>
        <translation>只限日期由</translation>
    </message>
    <message>
        <source>Days in the chat&apos;s time zone (%1), both included.</source>
        <translation>以對話的時區（%1）計算日期，首尾兩日均包括在內。</translation>
    </message>
    <message>
        <source>to (inclusive)</source>
        <translation>至（包括當日）</translation>
    </message>
    <message>
        <source>Marked only</source>
        <translation>只顯示已標記</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Time (as interpreted)</source>
        <translation>時間（按解讀）</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>發送者</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Marked relevant</source>
        <translation>已標記為相關</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>顯示更多</translation>
    </message>
    <message>
        <source>Mark relevant…</source>
        <translation>標記為相關…</translation>
    </message>
    <message>
        <source>Unmark</source>
        <translation>取消標記</translation>
    </message>
    <message>
        <source>Select a message with a picture to see it here, blurred.</source>
        <translation>選擇附有圖片的訊息，圖片會以模糊方式在此顯示。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在讀取…</translation>
    </message>
    <message>
        <source>in the export</source>
        <translation>在匯出檔內</translation>
    </message>
    <message>
        <source>missing from the export</source>
        <translation>匯出檔內缺少</translation>
    </message>
    <message>
        <source>not exported</source>
        <translation>未有匯出</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>已標記</translation>
    </message>
    <message>
        <source>(not understood, as written) %1</source>
        <translation>（未能解讀，按原文）%1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) shown.</source>
        <translation>
            <numerusform>顯示了 %n 則訊息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more messages first.</source>
        <translation>請先選擇一則或多則訊息。</translation>
    </message>
    <message>
        <source>Mark relevant</source>
        <translation>標記為相關</translation>
    </message>
    <message>
        <source>Why are these messages relevant? (optional; recorded in the custody log)</source>
        <translation>這些訊息為何相關？（可不填；會記錄在保管紀錄中）</translation>
    </message>
</context>
<context>
    <name>CustodyTable</name>
    <message>
        <source>captured</source>
        <translation>已擷取</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>已查看</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>已匯出</translation>
    </message>
    <message>
        <source>extracted</source>
        <translation>已提取</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已核實</translation>
    </message>
    <message>
        <source>case created</source>
        <translation>已建立個案</translation>
    </message>
    <message>
        <source>vault created</source>
        <translation>已建立證據庫</translation>
    </message>
    <message>
        <source>passphrase changed</source>
        <translation>已更改密碼</translation>
    </message>
    <message>
        <source>passphrase reset with the recovery key</source>
        <translation>已用復原密鑰重設密碼短語</translation>
    </message>
    <message>
        <source>new recovery key made (the old one no longer opens the vault)</source>
        <translation>已製作新的復原密鑰（舊的復原密鑰不能再開啟證據庫）</translation>
    </message>
    <message>
        <source>vault format upgraded</source>
        <translation>保險庫格式已升級</translation>
    </message>
    <message>
        <source>chat messages marked relevant</source>
        <translation>已標記相關聊天訊息</translation>
    </message>
    <message>
        <source>chat marks removed</source>
        <translation>已移除聊天訊息標記</translation>
    </message>
    <message>
        <source>picture fingerprints computed</source>
        <translation>已計算圖片指紋</translation>
    </message>
    <message>
        <source>picture added to the watch list</source>
        <translation>圖片已加入監察清單</translation>
    </message>
    <message>
        <source>matches a watched picture</source>
        <translation>與監察中的圖片相符</translation>
    </message>
    <message>
        <source>picture removed from the watch list</source>
        <translation>圖片已從監察清單移除</translation>
    </message>
    <message>
        <source>marked: the person depicted may be under 18</source>
        <translation>已標記：被拍攝者可能未滿 18 歲</translation>
    </message>
    <message>
        <source>take-down location added</source>
        <translation>已新增移除位置</translation>
    </message>
    <message>
        <source>take-down request drafted</source>
        <translation>已草擬移除要求</translation>
    </message>
    <message>
        <source>take-down request sent</source>
        <translation>已發出移除要求</translation>
    </message>
    <message>
        <source>take-down response recorded</source>
        <translation>已記錄移除回覆</translation>
    </message>
    <message>
        <source>location re-checked</source>
        <translation>已重新檢查位置</translation>
    </message>
    <message>
        <source>host looked up (RDAP)</source>
        <translation>已查詢主機（RDAP）</translation>
    </message>
    <message>
        <source>trusted timestamp received</source>
        <translation>已取得可信時間戳記</translation>
    </message>
    <message>
        <source>trusted timestamp failed</source>
        <translation>可信時間戳記失敗</translation>
    </message>
    <message>
        <source>export interrupted; its unfinished files were removed</source>
        <translation>匯出中斷；未完成的檔案已移除</translation>
    </message>
    <message>
        <source>vault backed up</source>
        <translation>保險庫已備份</translation>
    </message>
    <message>
        <source>vault restored from a backup</source>
        <translation>保險庫已從備份還原</translation>
    </message>
    <message>
        <source>login profile saved (signed-in session)</source>
        <translation>已儲存登入設定檔（已登入的工作階段）</translation>
    </message>
    <message>
        <source>login profile forgotten (session erased)</source>
        <translation>已刪除登入設定檔（工作階段已清除）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>參考編號</translation>
    </message>
    <message>
        <source>Exhibit prefix</source>
        <translation>證物編號字首</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>證物</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>網址</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>證物包</translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation>已遮蔽</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>檔案數目</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>證物數目</translation>
    </message>
    <message>
        <source>Manifest SHA-256</source>
        <translation>清單 SHA-256</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>Zip file</source>
        <translation>Zip 檔案</translation>
    </message>
    <message>
        <source>Zip SHA-256</source>
        <translation>Zip SHA-256</translation>
    </message>
    <message>
        <source>Items checked</source>
        <translation>已核對項目</translation>
    </message>
    <message>
        <source>Records checked</source>
        <translation>已核對紀錄</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>With</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>網頁</translation>
    </message>
    <message>
        <source>Imported file</source>
        <translation>匯入的檔案</translation>
    </message>
    <message>
        <source>revealed in the desktop app</source>
        <translation>在桌面程式中顯示</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>復原密鑰</translation>
    </message>
    <message>
        <source>police report</source>
        <translation>向警方報案</translation>
    </message>
    <message>
        <source>disposal order application</source>
        <translation>處置令申請</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>When (local time)</source>
        <translation>時間（本地時間）</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人員</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Draft a take-down request</source>
        <translation>草擬移除要求</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>途徑</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>Survivor&apos;s name</source>
        <translation>當事人姓名</translation>
    </message>
    <message>
        <source>The organisation acting with the survivor&apos;s consent</source>
        <translation>經當事人同意代為行事的機構</translation>
    </message>
    <message>
        <source>Left out unless you type it</source>
        <translation>除非你輸入，否則不會寫上</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草擬</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation>另存為文字檔…</translation>
    </message>
    <message>
        <source>Open as e-mail draft</source>
        <translation>開啟為電郵草稿</translation>
    </message>
    <message>
        <source>The app sends nothing. Copy the text into the platform&apos;s form or your e-mail, then use “Mark sent…”.</source>
        <translation>本程式不會自行發送任何內容。請把文字複製到平台的表格或你的電郵，然後按「標記為已發送…」。</translation>
    </message>
    <message>
        <source>Save the request as text</source>
        <translation>把要求另存為文字檔</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文字檔 (*.txt)</translation>
    </message>
    <message>
        <source>The file could not be written. Choose another folder.</source>
        <translation>無法寫入檔案。請選擇另一個資料夾。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The vault passphrase is wrong. Check Caps Lock and the keyboard language. If it is forgotten, use the recovery key.</source>
        <translation>證據庫密碼短語不正確。請檢查大楷鎖定（Caps Lock）及鍵盤輸入語言。如果忘記了，請使用復原密鑰。</translation>
    </message>
    <message>
        <source>The recovery key is wrong. Type it exactly as written down (dashes and case do not matter; 0/O and 1/I/L are treated alike).</source>
        <translation>復原密鑰不正確。請按抄下的內容準確輸入（連字號及大小楷不影響；0 與 O、1 與 I/L 視為相同）。</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least 10 characters, ideally a few words.</source>
        <translation>密碼短語太短：最少要有 10 個字元，最好由幾個詞語組成。</translation>
    </message>
    <message>
        <source>The vault is in use by another evidence-app window or command. Close it and try again.</source>
        <translation>另一個 evidence-app 視窗或指令正在使用證據庫。請先關閉它，然後再試。</translation>
    </message>
    <message>
        <source>The vault file is damaged or is not an evidence-app vault. Nothing was changed. Restore it from a backup, or contact support with the file kept as it is.</source>
        <translation>證據庫檔案已損壞，或不是 evidence-app 的證據庫。沒有任何內容被更改。請從備份還原，或保持檔案原狀並聯絡技術支援。</translation>
    </message>
    <message>
        <source>The vault&apos;s key file (the .keys file kept beside the vault) is missing. Restore it from the same backup as the vault; without it the vault cannot be opened.</source>
        <translation>找不到證據庫的密鑰檔（放在證據庫旁邊的 .keys 檔案）。請從與證據庫相同的備份中還原；沒有它就無法開啟證據庫。</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of evidence-app. Update the app to open it.</source>
        <translation>這個證據庫由較新版本的 evidence-app 建立。請更新程式後再開啟。</translation>
    </message>
    <message>
        <source>The disk is full, so the item was not saved (everything saved before is intact). Free some space and try again.</source>
        <translation>磁碟已滿，所以這個項目沒有保存（之前保存的內容全部完好）。請騰出一些空間後再試。</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved for the unfinished item.</source>
        <translation>已取消。未完成的項目沒有保存任何內容。</translation>
    </message>
    <message>
        <source>Only web addresses starting with http:// or https:// can be captured.</source>
        <translation>只可擷取以 http:// 或 https:// 開頭的網址。</translation>
    </message>
    <message>
        <source>No browser for capturing was found. Install Google Chrome, Microsoft Edge or Chromium.</source>
        <translation>找不到用作擷取的瀏覽器。請安裝 Google Chrome、Microsoft Edge 或 Chromium。</translation>
    </message>
    <message>
        <source>The exhibit bundle could not be written. Nothing was left behind.</source>
        <translation>未能寫入證物包。沒有留下任何檔案。</translation>
    </message>
    <message>
        <source>The export folder already exists and is not empty. Choose a new folder name; nothing was changed.</source>
        <translation>匯出資料夾已存在而且不是空的。請選擇新的資料夾名稱；沒有任何改動。</translation>
    </message>
    <message>
        <source>The exhibit bundle could not be written (disk full, no permission or the drive was removed). No half-made bundle was left behind; check the drive and export again.</source>
        <translation>未能寫入證物包（磁碟已滿、沒有權限或磁碟機已移除）。沒有留下未完成的證物包；請檢查磁碟機後再匯出。</translation>
    </message>
    <message>
        <source>The fonts for the PDF report are missing from the installation. Reinstall evidence-app.</source>
        <translation>安裝中缺少 PDF 報告所需的字型。請重新安裝 evidence-app。</translation>
    </message>
    <message>
        <source>The file could not be imported. Check that it still exists and that you may read it; nothing was saved for it.</source>
        <translation>未能匯入檔案。請檢查檔案是否仍然存在及你是否有權讀取；這個檔案沒有保存任何內容。</translation>
    </message>
    <message>
        <source>An item no longer matches the fingerprint recorded when it was sealed, so it was not written out. Run Verify vault and keep the vault file as it is.</source>
        <translation>有項目與封存時記錄的指紋不再相符，所以沒有寫出。請執行「核實證據庫」，並保持證據庫檔案原狀。</translation>
    </message>
    <message>
        <source>An item changed between capture and storage, so it was not saved.</source>
        <translation>有項目在擷取與儲存之間出現改動，所以沒有保存。</translation>
    </message>
    <message>
        <source>Sealed evidence and custody records can never be changed or deleted.</source>
        <translation>已封存的證物及保管紀錄永遠不能更改或刪除。</translation>
    </message>
    <message>
        <source>The page could not be reached. Check the address and the internet connection, then try again. Nothing was saved for it.</source>
        <translation>無法連到這個網頁。請檢查網址及互聯網連線，然後再試。這個網頁沒有保存任何內容。</translation>
    </message>
    <message>
        <source>The capture did not finish within the time limit, so nothing was saved for this address. Try again.</source>
        <translation>擷取未能在時限內完成，這個網址沒有保存任何內容。請再試。</translation>
    </message>
    <message>
        <source>The capture browser could not be started. Close other programs and try again; if it keeps failing, reinstall Chrome, Edge or Chromium.</source>
        <translation>未能啟動擷取用的瀏覽器。請關閉其他程式後再試；如果仍然失敗，請重新安裝 Chrome、Edge 或 Chromium。</translation>
    </message>
    <message>
        <source>That could not be done as asked. Check what was typed and try again.</source>
        <translation>未能按要求完成。請檢查輸入的內容後再試。</translation>
    </message>
    <message>
        <source>The vault could not be written (disk error or no permission). Nothing was saved for this item; everything saved before is intact. Check the disk and try again.</source>
        <translation>無法寫入證據庫（磁碟錯誤或沒有權限）。這個項目沒有保存；之前保存的內容全部完好。請檢查磁碟後再試。</translation>
    </message>
    <message>
        <source>The backup could not be written. Nothing half-made was left behind; check the drive (free space, that it is still plugged in) and try again.</source>
        <translation>無法寫入備份。沒有留下任何未完成的檔案；請檢查磁碟（剩餘空間、是否仍然連接著）後再試。</translation>
    </message>
    <message>
        <source>The backup folder already exists and is not empty. Choose a new folder name; nothing was changed.</source>
        <translation>備份資料夾已存在而且不是空的。請選擇新的資料夾名稱；沒有作出任何更改。</translation>
    </message>
    <message>
        <source>The backup was written but does not match the vault when read back, so it was removed. The drive may be failing: try another one.</source>
        <translation>備份已寫入，但讀回時與證據庫不符，因此已被刪除。該磁碟可能有問題：請改用另一個。</translation>
    </message>
    <message>
        <source>That capture is not a chat export.</source>
        <translation>這次擷取並非對話匯出檔。</translation>
    </message>
    <message>
        <source>No message has that number in this chat.</source>
        <translation>這個對話中沒有該編號的訊息。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was changed. Try again; if it happens again, restart the app.</source>
        <translation>發生了意料之外的問題，沒有任何內容被更改。請再試一次；如果再次發生，請重新啟動程式。</translation>
    </message>
    <message>
        <source>The page could not be captured.</source>
        <translation>未能擷取這個網頁。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export case</source>
        <translation>匯出個案</translation>
    </message>
    <message>
        <source>Creates a folder with every exhibit, the custody log, a manifest of fingerprints and a chain-of-custody PDF that police, lawyers and courts can check without this app.</source>
        <translation>建立一個資料夾，內有所有證物、保管紀錄、數碼指紋清單，以及一份證物保管鏈 PDF。警方、律師及法庭毋須安裝本程式亦可核實。</translation>
    </message>
    <message>
        <source>Save into folder</source>
        <translation>儲存到資料夾</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Fingerprint of the manifest (SHA-256). Send it separately from the bundle (by message or on paper), so the receiver can check nothing was changed on the way:</source>
        <translation>清單的指紋（SHA-256）。請與證物包分開傳送（用訊息或寫在紙上），讓收件人可核對途中沒有任何改動：</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <source>Report to the police</source>
        <translation>向警方報案</translation>
    </message>
    <message>
        <source>Disposal order application (s.159AAL)</source>
        <translation>申請處置令（第 159AAL 條）</translation>
    </message>
    <message>
        <source>Redacted copy: pixelate pictures in the PDF and leave picture files out</source>
        <translation>遮蔽版本：PDF 內的圖片打格仔處理，並不包括圖片檔案</translation>
    </message>
    <message>
        <source>For readers who must not see the pictures. The originals stay sealed in the vault.</source>
        <translation>供不應看到圖片的讀者使用。原件仍封存在證據庫內。</translation>
    </message>
    <message>
        <source>Also make a single .zip file</source>
        <translation>同時製作一個 .zip 檔案</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Folder to export into</source>
        <translation>匯出到的資料夾</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Export finished: %1 exhibits, %2 files.</source>
        <translation>匯出完成：%1 件證物，%2 個檔案。</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>資料夾：%1</translation>
    </message>
    <message>
        <source>Report (PDF): %1</source>
        <translation>報告（PDF）：%1</translation>
    </message>
    <message>
        <source>Zip file: %1</source>
        <translation>Zip 檔案：%1</translation>
    </message>
    <message>
        <source>Bundle id: %1</source>
        <translation>證據包編號：%1</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>匯出已取消。</translation>
    </message>
</context>
<context>
    <name>ImportNoteDialog</name>
    <message>
        <source>Import files as evidence</source>
        <translation>匯入檔案作為證物</translation>
    </message>
    <message numerus="yes">
        <source>Where did these %n file(s) come from? The note is sealed with them and printed in the report.</source>
        <translation>
            <numerusform>這 %n 個檔案從哪裏來？備註會與檔案一同封存，並印在報告上。</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. screenshots the client sent by WhatsApp on 3 May</source>
        <translation>例如：當事人於 5 月 3 日經 WhatsApp 傳來的截圖</translation>
    </message>
    <message>
        <source>Also record the folder they are in on this computer</source>
        <translation>同時記錄檔案在這部電腦上所在的資料夾</translation>
    </message>
    <message>
        <source>Off: only the file name is kept. A folder path can name people or other cases, and it ends up in the exhibit bundle.</source>
        <translation>不選：只保留檔案名稱。資料夾路徑可能包含人名或其他個案，而且會出現在證物包內。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
</context>
<context>
    <name>LocationsTable</name>
    <message>
        <source>Web address</source>
        <translation>網址</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主機</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>上次檢查</translation>
    </message>
</context>
<context>
    <name>LoginProfilesDialog</name>
    <message>
        <source>Login profiles</source>
        <translation>登入設定檔</translation>
    </message>
    <message>
        <source>A login profile keeps a site&apos;s signed-in session, encrypted in the vault, so captures can see what only that account sees. Forget erases the session from the vault (sign out on the site too, to end it there).</source>
        <translation>登入設定檔會把網站的登入工作階段加密保存在證據庫，令擷取可以看到只有該帳戶才看到的內容。「刪除」會從證據庫抹去該工作階段（如要在網站上結束它，請同時在網站登出）。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>網站</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>No login profiles yet. Make one with “Sign in to a site…”.</source>
        <translation>仍未有登入設定檔。請用「登入網站…」建立。</translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，由 %2 建立</translation>
    </message>
    <message>
        <source>Forget login profile</source>
        <translation>刪除登入設定檔</translation>
    </message>
    <message>
        <source>Forget the login profile “%1” (%2)? Its session is erased from the vault and captures can no longer use it. Captures already sealed are kept.</source>
        <translation>要刪除登入設定檔「%1」（%2）嗎？其工作階段會從證據庫抹去，擷取將不能再使用。已封存的擷取會保留。</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Login profile “%1” forgotten: its session was erased from the vault.</source>
        <translation>已刪除登入設定檔「%1」：其工作階段已從證據庫抹去。</translation>
    </message>
</context>
<context>
    <name>MainExtras</name>
    <message>
        <source>Back up now…</source>
        <translation>立即備份…</translation>
    </message>
    <message>
        <source>Copy the encrypted vault to a folder or USB stick, checked in full.</source>
        <translation>把加密的證據庫複製到資料夾或 USB 手指，並作完整核實。</translation>
    </message>
    <message>
        <source>Watch list…</source>
        <translation>監察清單…</translation>
    </message>
    <message>
        <source>Mark: may be under 18</source>
        <translation>標記：可能未滿 18 歲</translation>
    </message>
    <message numerus="yes">
        <source>Removed what %n interrupted export(s) left behind.</source>
        <translation>
            <numerusform>已清除 %n 次中斷匯出所遺留的檔案。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted %n older picture(s).</source>
        <translation>
            <numerusform>已為 %n 張較早的圖片計算數碼指紋。</numerusform>
        </translation>
    </message>
    <message>
        <source>May be under 18</source>
        <translation>可能未滿 18 歲</translation>
    </message>
    <message>
        <source>Mark this case: the person depicted may be under 18?</source>
        <translation>要標記這個個案：圖中人物可能未滿 18 歲？</translation>
    </message>
    <message>
        <source>From now on, no picture or video of this case is kept, only their fingerprints, and the case shows what to do instead (the police; Take It Down). The mark is recorded in the custody log and cannot be undone. Pictures sealed before the mark stay as they are.</source>
        <translation>此後這個個案不會保存任何圖片或影片，只保存其數碼指紋，而個案會顯示應採取的做法（報警；Take It Down）。這個標記會記錄在保管紀錄中，而且無法撤銷。標記前已封存的圖片維持原狀。</translation>
    </message>
    <message>
        <source>Mark the case</source>
        <translation>標記個案</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New case</source>
        <translation>新增個案</translation>
    </message>
    <message>
        <source>Verify vault</source>
        <translation>核實證據庫</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Take-down overview</source>
        <translation>移除內容總覽</translation>
    </message>
    <message>
        <source>Sign in to a site…</source>
        <translation>登入網站…</translation>
    </message>
    <message>
        <source>Login profiles…</source>
        <translation>登入設定檔…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>鎖定</translation>
    </message>
    <message>
        <source>Lock the vault now; your passphrase is needed to continue.</source>
        <translation>立即鎖定證據庫；要繼續使用須輸入密碼短語。</translation>
    </message>
    <message>
        <source>Choose a case on the left, or create a new one.</source>
        <translation>請在左邊選擇個案，或新增一個。</translation>
    </message>
    <message>
        <source>Vault unlocked by %1. It locks itself when you are away.</source>
        <translation>證據庫由 %1 解鎖。你離開時會自動鎖定。</translation>
    </message>
    <message>
        <source>The capture for the case “%1” was stopped when the vault locked.</source>
        <translation>證據庫上鎖時，個案「%1」的擷取已停止。</translation>
    </message>
    <message>
        <source>Sealed before that: %1.</source>
        <translation>在此之前已封存：%1。</translation>
    </message>
    <message>
        <source>No page had been sealed yet.</source>
        <translation>當時尚未有網頁封存。</translation>
    </message>
    <message numerus="yes">
        <source>Not captured: %n address(es). They are back in the case&apos;s address box; press Capture to try them again.</source>
        <translation>
            <numerusform>未擷取：%n 個網址。這些網址已放回該個案的網址欄；按「擷取」可再試。</numerusform>
        </translation>
    </message>
    <message>
        <source>Capture stopped by locking</source>
        <translation>擷取因上鎖而停止</translation>
    </message>
    <message>
        <source>Could not do that</source>
        <translation>未能完成</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The capture&apos;s time limit was reached during the {step}; later steps were skipped. Raise the limit (--timeout) to capture this page completely.</source>
        <translation>進行「{step}」時已達擷取時限，之後的步驟已略過。如要完整擷取這個網頁，請提高時限（--timeout）。</translation>
    </message>
    <message>
        <source>The page stopped responding while taking the {step} (no answer within {seconds} s; an endless script or a stuck page). The capture holds what had arrived over the network; later steps were skipped.</source>
        <translation>進行「{step}」時網頁停止回應（{seconds} 秒內沒有回應；可能是無限循環的程式或網頁卡住）。擷取內容包括已從網絡收到的部分；之後的步驟已略過。</translation>
    </message>
    <message>
        <source>The page navigated during the {step}, so that step was skipped.</source>
        <translation>進行「{step}」時網頁自行轉到別處，所以略過了這個步驟。</translation>
    </message>
    <message>
        <source>The {step} failed: {detail}. Later steps that need the page were skipped.</source>
        <translation>「{step}」失敗：{detail}。之後需要用到網頁的步驟已略過。</translation>
    </message>
    <message>
        <source>The page did not finish loading within {seconds} s; it was captured as far as it had loaded.</source>
        <translation>網頁在 {seconds} 秒內未完成載入；已按已載入的部分擷取。</translation>
    </message>
    <message>
        <source>The page was still loading or changing after {seconds} s; it was captured as it was.</source>
        <translation>{seconds} 秒後網頁仍在載入或變動；已按當時的樣子擷取。</translation>
    </message>
    <message>
        <source>{count} image(s) had still not loaded when the page was captured.</source>
        <translation>擷取網頁時，仍有 {count} 張圖片未載入。</translation>
    </message>
    <message>
        <source>The server answered HTTP {status} (e.g. removed or not found); the page was captured as served.</source>
        <translation>伺服器回應 HTTP {status}（例如已刪除或找不到）；已按伺服器提供的內容擷取網頁。</translation>
    </message>
    <message>
        <source>The site&apos;s security certificate has a problem ({detail}); the page was captured anyway and the certificate recorded.</source>
        <translation>網站的保安證書有問題（{detail}）；網頁仍已擷取，並已記錄該證書。</translation>
    </message>
    <message>
        <source>{count} request(s) had no content to archive (failed, cancelled or over a size cap); they are listed in the provenance record.</source>
        <translation>有 {count} 個網絡請求沒有可存檔的內容（失敗、已取消或超出大小上限）；已列於來源紀錄中。</translation>
    </message>
    <message>
        <source>A loading indicator (spinner) was still visible when the page was captured; the content may not have loaded. Check the screenshot and capture again if needed.</source>
        <translation>擷取時網頁仍顯示載入中的標示，內容可能未載入。請檢查截圖，有需要時再擷取一次。</translation>
    </message>
    <message>
        <source>The page shows a login form or asks to log in: the content may be behind a login wall. The capture was made logged out.</source>
        <translation>網頁顯示登入表格或要求登入：內容可能要登入才看到。這次擷取是在未登入狀態下進行。</translation>
    </message>
    <message>
        <source>A cookie or consent notice covers part of the page; content behind it may be hidden in the screenshot.</source>
        <translation>Cookie 或同意通知遮蓋了部分網頁；截圖中被遮蓋的內容可能看不到。</translation>
    </message>
    <message>
        <source>An overlay (pop-up, login or consent wall) covers most of the page; the content behind it may not be visible in the screenshot.</source>
        <translation>有覆蓋層（彈出視窗、登入或同意頁面）遮蓋了大部分網頁；截圖中可能看不到後面的內容。</translation>
    </message>
    <message>
        <source>The page shows almost no content (no images and hardly any text).</source>
        <translation>網頁幾乎沒有內容（沒有圖片，文字也極少）。</translation>
    </message>
    <message>
        <source>The page kept growing as it was scrolled (infinite scroll); scrolling stopped at {limit_px} px, so later content is not in the capture.</source>
        <translation>網頁在捲動時不斷加長（無限捲動）；捲動已在 {limit_px} 像素停止，之後的內容不在擷取之內。</translation>
    </message>
    <message>
        <source>The page is {height_px} px tall; scrolling stopped at {limit_px} px, so content further down may not have loaded.</source>
        <translation>網頁高 {height_px} 像素；捲動已在 {limit_px} 像素停止，再下面的內容可能未載入。</translation>
    </message>
    <message>
        <source>Scrolling through the page was stopped after {seconds} s (at {at_px} px of {height_px} px), so content further down may be missing.</source>
        <translation>捲動網頁 {seconds} 秒後已停止（在 {height_px} 像素中的 {at_px} 像素），再下面的內容可能缺少。</translation>
    </message>
    <message>
        <source>The page is {height_px} px tall; the full-page screenshot covers the first {limit_px} px.</source>
        <translation>網頁高 {height_px} 像素；整頁截圖只包括最上面的 {limit_px} 像素。</translation>
    </message>
    <message>
        <source>The page opened {count} dialog box(es) (alert/confirm/prompt); they were dismissed and recorded.</source>
        <translation>網頁開啟了 {count} 個對話框（警告／確認／提示）；已關閉並記錄。</translation>
    </message>
    <message>
        <source>The page opened {count} pop-up window(s); they were closed and their addresses recorded.</source>
        <translation>網頁開啟了 {count} 個彈出視窗；已關閉並記錄其網址。</translation>
    </message>
    <message>
        <source>A download was larger than the {cap_mb} MB cap; only the start was kept.</source>
        <translation>有一個下載超過 {cap_mb} MB 上限；只保留了開頭部分。</translation>
    </message>
    <message>
        <source>The page started a download that could not be kept ({detail}).</source>
        <translation>網頁開始了一個未能保存的下載（{detail}）。</translation>
    </message>
    <message>
        <source>The page&apos;s HTML was larger than {cap_mb} MB, so loading was stopped at that size; the capture shows the part that arrived.</source>
        <translation>網頁的 HTML 超過 {cap_mb} MB，載入已在該大小停止；擷取內容為已收到的部分。</translation>
    </message>
    <message>
        <source>The page&apos;s resources exceeded the capture&apos;s total size cap; some were not kept.</source>
        <translation>網頁的資源超出擷取的總大小上限；部分未有保存。</translation>
    </message>
    <message>
        <source>{count} video/audio player(s) play a stream assembled by the page (blob:), which cannot be saved as one file; the pieces the page fetched are in the web archive (WACZ).</source>
        <translation>有 {count} 個影片／音訊播放器播放由網頁組合的串流（blob:），無法存成單一檔案；網頁取得的片段已收錄於網頁封存檔（WACZ）。</translation>
    </message>
    <message>
        <source>{count} media file(s) were larger than the {cap_mb} MB cap and were not kept as separate items.</source>
        <translation>有 {count} 個媒體檔案超過 {cap_mb} MB 上限，未有另外保存為獨立項目。</translation>
    </message>
    <message>
        <source>{count} media file(s) were seen but their content could not be kept (too large for the browser&apos;s buffer or interrupted).</source>
        <translation>發現 {count} 個媒體檔案，但未能保存其內容（超出瀏覽器緩衝區或被中斷）。</translation>
    </message>
    <message>
        <source>The page had more than {limit} media files; {count} were not kept as separate items.</source>
        <translation>網頁有超過 {limit} 個媒體檔案；其中 {count} 個未有另外保存為獨立項目。</translation>
    </message>
    <message>
        <source>{count} media file(s) were only partly downloaded by the page (streamed video/audio); the parts seen are kept.</source>
        <translation>有 {count} 個媒體檔案網頁只下載了部分（串流影片／音訊）；已保存收到的部分。</translation>
    </message>
    <message>
        <source>{reason_code} Nothing was saved for {url}.</source>
        <translation>{reason_code} {url} 沒有保存任何內容。</translation>
    </message>
    <message>
        <source>The capture did not finish within {seconds} s, so nothing was saved for this address. Try again, or raise the limit (--timeout).</source>
        <translation>擷取未能在 {seconds} 秒內完成，這個網址沒有保存任何內容。請再試，或提高時限（--timeout）。</translation>
    </message>
    <message>
        <source>The capture failed unexpectedly ({kind}); nothing was saved for this address. Try again.</source>
        <translation>擷取意外失敗（{kind}）；這個網址沒有保存任何內容。請再試。</translation>
    </message>
    <message>
        <source>The capture could not be sealed ({kind}); nothing was saved for this address. Try again.</source>
        <translation>擷取未能封存（{kind}）；這個網址沒有保存任何內容。請再試。</translation>
    </message>
    <message>
        <source>The web address&apos;s host name could not be found (DNS failure). Check the address for typing mistakes; the site may no longer exist.</source>
        <translation>找不到這個網址的主機名稱（DNS 失敗）。請檢查網址有沒有打錯；網站亦可能已不存在。</translation>
    </message>
    <message>
        <source>The server refused the connection (nothing is answering at that address). The site may be down; try again later.</source>
        <translation>伺服器拒絕連線（該地址沒有回應）。網站可能暫停服務；請稍後再試。</translation>
    </message>
    <message>
        <source>The connection was reset by the server or the network.</source>
        <translation>連線被伺服器或網絡重設。</translation>
    </message>
    <message>
        <source>This computer is not connected to the internet.</source>
        <translation>這部電腦沒有連接互聯網。</translation>
    </message>
    <message>
        <source>The server&apos;s address cannot be reached from this network.</source>
        <translation>從這個網絡無法連到伺服器的地址。</translation>
    </message>
    <message>
        <source>The server did not answer (connection timed out).</source>
        <translation>伺服器沒有回應（連線逾時）。</translation>
    </message>
    <message>
        <source>A secure (https) connection to the server could not be made. If the address was typed without http:// or https://, https:// was assumed: try it again with http:// in front.</source>
        <translation>未能與伺服器建立安全（https）連線。如輸入網址時沒有 http:// 或 https://，系統會假設是 https://：請在前面加上 http:// 再試。</translation>
    </message>
    <message>
        <source>The browser refuses to open this port number (it is reserved for other services).</source>
        <translation>瀏覽器拒絕開啟這個連接埠號碼（保留給其他服務使用）。</translation>
    </message>
    <message>
        <source>The server closed the connection without sending anything.</source>
        <translation>伺服器未傳送任何內容就關閉了連線。</translation>
    </message>
    <message>
        <source>The page redirected to a file: or another non-web address, which a web capture never opens (it could read files or settings on this computer).</source>
        <translation>網頁轉址到 file: 或其他非網頁地址；網頁擷取絕不會開啟這類地址（它可能讀取這部電腦上的檔案或設定）。</translation>
    </message>
    <message>
        <source>The page redirected to a {scheme}: address, which a web capture never opens (it could read files or settings on this computer). The redirect itself is the evidence: capture the address before the redirect with a screenshot, or note it by hand.</source>
        <translation>網頁轉址到 {scheme}: 地址；網頁擷取絕不會開啟這類地址（它可能讀取這部電腦上的檔案或設定）。轉址本身就是證據：請以螢幕截圖擷取轉址前的地址，或以人手記錄。</translation>
    </message>
    <message>
        <source>The page redirected the capture to an address on a {kind} network ({host}), i.e. inside this computer&apos;s or this office&apos;s network rather than the public internet. It was followed and recorded; check that this is what the site does.</source>
        <translation>網頁把擷取轉址到 {kind} 網絡上的地址（{host}），即這部電腦或辦公室內部的網絡，而不是公共互聯網。擷取已跟隨並記錄此轉址；請核實這是否網站的正常行為。</translation>
    </message>
    <message>
        <source>The address contained a user name and password (user:password@); they were removed before the page was opened and are recorded nowhere. A page that needed them may show a login prompt or an error.</source>
        <translation>地址內含用戶名稱及密碼（user:password@）；開啟網頁前已將其移除，任何地方都沒有記錄。需要它們的網頁可能會顯示登入提示或錯誤。</translation>
    </message>
    <message>
        <source>The person depicted may be under 18: no pictures or videos were kept, only their hashes ({count} item(s)); screenshots were taken with pictures hidden, and the page archives (MHTML, WACZ) were left out.</source>
        <translation>被拍攝者可能未滿 18 歲：沒有保存任何圖片或影片，只保存其雜湊值（{count} 項）；螢幕截圖在隱藏圖片後拍攝，網頁封存檔（MHTML、WACZ）亦未保存。</translation>
    </message>
    <message>
        <source>Login profile {profiles} fits this site: capture again signed in with `--login {name}`.</source>
        <translation>登入設定檔 {profiles} 適用於這個網站：請以登入狀態再擷取一次（`--login {name}`）。</translation>
    </message>
    <message>
        <source>To capture it signed in, first make a login profile for this site with `evidence-app login NAME URL`, then capture with `--login NAME`.</source>
        <translation>如要以登入狀態擷取，請先用 `evidence-app login NAME URL` 為這個網站建立登入設定檔，然後以 `--login NAME` 擷取。</translation>
    </message>
    <message>
        <source>The site sent the browser to its sign-in page: the content is behind a login wall. The capture was made logged out.</source>
        <translation>網站把瀏覽器帶到其登入頁：內容需要登入才能查看。這次擷取是在未登入狀態下進行。</translation>
    </message>
    <message>
        <source>Login profile &apos;{profile}&apos; holds a session for {hosts}, not for {host}: the page was probably seen signed out. Use a profile made for this site.</source>
        <translation>登入設定檔「{profile}」保存的是 {hosts} 的登入狀態，而不是 {host} 的：這個網頁很可能是在未登入狀態下擷取的。請使用為這個網站建立的設定檔。</translation>
    </message>
    <message>
        <source>The page&apos;s own content holds a value of the login session (in: {where}). Anyone who receives this capture may be able to use that session: sign out of it on the site (or change the account&apos;s password) before sharing the exhibit.</source>
        <translation>網頁本身的內容含有登入工作階段的數值（位於：{where}）。收到這份擷取的人可能可以使用該工作階段：分享證物前，請先在網站上登出（或更改帳戶密碼）。</translation>
    </message>
    <message>
        <source>Signed out: the site sent the browser to its sign-in page, so the session of login profile &apos;{profile}&apos; has expired. Sign in again with `{command}`, then capture again. Nothing was saved for this address.</source>
        <translation>已登出：網站把瀏覽器帶到其登入頁，所以登入設定檔「{profile}」的工作階段已經過期。請用 `{command}` 重新登入，然後再擷取。這個地址沒有儲存任何內容。</translation>
    </message>
    <message>
        <source>A stored piece of an item of capture {capture} is missing.</source>
        <translation>擷取 {capture} 的一個項目缺少了一部分已保存的內容。</translation>
    </message>
    <message>
        <source>An item of capture {capture} is stored in a different number of pieces than when it was sealed.</source>
        <translation>擷取 {capture} 的一個項目現時保存的分段數目與封存時不同。</translation>
    </message>
    <message>
        <source>An item of capture {capture} no longer matches the SHA-256 it was sealed with: the stored content was altered.</source>
        <translation>擷取 {capture} 的一個項目已與封存時的 SHA-256 不符：已保存的內容曾被改動。</translation>
    </message>
    <message>
        <source>The record of an item of capture {capture} no longer matches the SHA-256 the custody log recorded when it was sealed: the record was altered.</source>
        <translation>擷取 {capture} 的一個項目的記錄，已與封存時保管紀錄所記下的 SHA-256 不符：該記錄曾被改動。</translation>
    </message>
    <message>
        <source>A capture has no sealing record in the custody log.</source>
        <translation>有一個擷取在保管紀錄中沒有封存記錄。</translation>
    </message>
    <message>
        <source>Stored items that belong to no capture were found.</source>
        <translation>發現不屬於任何擷取的已保存項目。</translation>
    </message>
    <message>
        <source>Stored pieces that belong to no item were found.</source>
        <translation>發現不屬於任何項目的已保存內容分段。</translation>
    </message>
    <message>
        <source>Custody record #{seq} was changed after it was written.</source>
        <translation>第 {seq} 條保管紀錄在寫入後曾被改動。</translation>
    </message>
    <message>
        <source>The details of custody record #{seq} were changed after they were written.</source>
        <translation>第 {seq} 條保管紀錄的詳情在寫入後曾被改動。</translation>
    </message>
    <message>
        <source>Custody record #{seq} does not follow on from the record before it: records were removed, inserted or changed.</source>
        <translation>第 {seq} 條保管紀錄與前一條接不上：有紀錄曾被刪除、插入或改動。</translation>
    </message>
    <message>
        <source>Custody records are missing before record #{seq}.</source>
        <translation>第 {seq} 條保管紀錄之前有紀錄缺失。</translation>
    </message>
    <message>
        <source>Custody record #{seq} is dated earlier than the record before it: the computer&apos;s clock was set back, or the times were not written by this app.</source>
        <translation>第 {seq} 條保管紀錄的時間早於前一條：電腦時鐘曾被調前，或這些時間並非由本程式寫入。</translation>
    </message>
    <message>
        <source>The time of custody record #{seq} cannot be read.</source>
        <translation>無法讀取第 {seq} 條保管紀錄的時間。</translation>
    </message>
    <message>
        <source>A trusted timestamp of capture {capture} does not verify.</source>
        <translation>擷取 {capture} 的一個可信時間戳記未能通過核實。</translation>
    </message>
    <message>
        <source>A trusted timestamp of capture {capture} is not the one the custody log recorded.</source>
        <translation>擷取 {capture} 的一個可信時間戳記與保管紀錄所記下的不同。</translation>
    </message>
    <message>
        <source>A trusted timestamp of capture {capture} does not cover that capture&apos;s sealing record.</source>
        <translation>擷取 {capture} 的一個可信時間戳記並不涵蓋該擷取的封存記錄。</translation>
    </message>
    <message>
        <source>A trusted timestamp of capture {capture} does not match the custody log as it stood when it was asked for.</source>
        <translation>擷取 {capture} 的一個可信時間戳記與申請當時的保管紀錄不符。</translation>
    </message>
    <message>
        <source>A trusted timestamp of capture {capture} was never recorded in the custody log.</source>
        <translation>擷取 {capture} 的一個可信時間戳記從未記錄在保管紀錄中。</translation>
    </message>
    <message>
        <source>A trusted timestamp of capture {capture} covers evidence that has since been altered.</source>
        <translation>擷取 {capture} 的一個可信時間戳記所涵蓋的證據其後曾被改動。</translation>
    </message>
    <message>
        <source>The server did not answer within {seconds} s.</source>
        <translation>伺服器在 {seconds} 秒內沒有回應。</translation>
    </message>
    <message>
        <source>The page could not be opened.</source>
        <translation>無法開啟這個網頁。</translation>
    </message>
    <message>
        <source>page check</source>
        <translation>網頁檢查</translation>
    </message>
    <message>
        <source>settle wait</source>
        <translation>等候網頁穩定</translation>
    </message>
    <message>
        <source>viewport screenshot</source>
        <translation>首屏截圖</translation>
    </message>
    <message>
        <source>scroll</source>
        <translation>捲動</translation>
    </message>
    <message>
        <source>image wait</source>
        <translation>等候圖片</translation>
    </message>
    <message>
        <source>page height</source>
        <translation>量度網頁高度</translation>
    </message>
    <message>
        <source>full-page screenshot</source>
        <translation>整頁截圖</translation>
    </message>
    <message>
        <source>MHTML snapshot</source>
        <translation>MHTML 快照</translation>
    </message>
    <message>
        <source>rendered HTML</source>
        <translation>呈現後的 HTML</translation>
    </message>
    <message>
        <source>title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>media list</source>
        <translation>媒體清單</translation>
    </message>
    <message>
        <source>print check</source>
        <translation>列印檢查</translation>
    </message>
</context>
<context>
    <name>MinorBanner</name>
    <message>
        <source>The person depicted may be under 18. This case keeps no pictures or videos, only their fingerprints (SHA-256, MD5, PDQ), web addresses, text and provenance, because having such images is itself an offence. What to do instead: report it to the police (Hong Kong Police e-Report Centre, or 999 in an emergency), and help the young person or a parent use Take It Down (takeitdown.ncmec.org), which lets platforms find and remove copies from the fingerprints alone.</source>
        <translation>圖中人物可能未滿 18 歲。這個個案不保存任何圖片或影片，只保存其數碼指紋（SHA-256、MD5、PDQ）、網址、文字及來源紀錄，因為管有這類影像本身已屬違法。應採取的做法：向警方舉報（香港警務處網上報案中心，緊急情況請致電 999），並協助該名年輕人或其家長使用 Take It Down（takeitdown.ncmec.org），讓平台只憑數碼指紋便能找出並移除副本。</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>新增個案</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Reference (optional)</source>
        <translation>編號（可選填）</translation>
    </message>
    <message>
        <source>Exhibit prefix</source>
        <translation>證物編號字首</translation>
    </message>
    <message>
        <source>Your initials in English letters, e.g. %1</source>
        <translation>你的英文姓名縮寫，例如 %1</translation>
    </message>
    <message>
        <source>The exhibit prefix can use only the letters A–Z and the digits 0–9 (up to 8), so that exhibit numbers read the same on police and court forms. Chinese characters cannot be used here: type your initials in English letters instead, e.g. CTM for Chan Tai Man.</source>
        <translation>證物編號字首只可使用英文字母 A–Z 及數字 0–9（最多 8 個），令證物編號在警方及法庭文件上一致。這裏不能用中文字：請改用你的英文姓名縮寫，例如陳大文可用 CTM。</translation>
    </message>
    <message>
        <source>Exhibits are numbered with the prefix: %1-001, %1-002…</source>
        <translation>證物會以字首編號：%1-001、%1-002……</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>新的復原密鑰</translation>
    </message>
    <message>
        <source>Lost the recovery key, or never wrote it down? Make a new one. The old key will no longer open the vault (backups made before keep opening with it). Type the passphrase to go on.</source>
        <translation>遺失了復原密鑰，或從未抄下？可以製作一個新的。舊的密鑰將不能再開啟證據庫（之前製作的備份仍可用舊密鑰開啟）。請輸入密碼短語以繼續。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密碼短語</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>製作新的復原密鑰</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>正在檢查密碼短語…</translation>
    </message>
    <message>
        <source>Write the new key down; it is put in force when you confirm.</source>
        <translation>請抄下新的密鑰；確認後才會生效。</translation>
    </message>
    <message>
        <source>The new recovery key is in force; the old one no longer opens the vault. Make a new backup: older backups still open with the old key.</source>
        <translation>新的復原密鑰已生效；舊的密鑰不能再開啟證據庫。請製作新的備份：較早的備份仍然使用舊的復原密鑰。</translation>
    </message>
</context>
<context>
    <name>OverviewWindow</name>
    <message>
        <source>Take-down overview</source>
        <translation>移除內容總覽</translation>
    </message>
    <message>
        <source>Take-down across all cases</source>
        <translation>所有個案的移除內容進度</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>未完成的要求</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Reappeared</source>
        <translation>重新出現</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已舉報</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>By</source>
        <translation>分類方式</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Share removed</source>
        <translation>移除比率</translation>
    </message>
    <message>
        <source>Median days to removal</source>
        <translation>移除所需日數中位數</translation>
    </message>
    <message>
        <source>Counts only. The CSV holds no address, host, case, reference or name.</source>
        <translation>只有數字。CSV 檔不含網址、主機、個案、參考編號或姓名。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>The platforms data file has an error. Fix the line named below, or restore the file shipped with the app.</source>
        <translation>平台資料檔有錯誤。請修正下面指出的一行，或還原程式隨附的檔案。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在統計…</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Unknown platform</source>
        <translation>未知平台</translation>
    </message>
    <message>
        <source>Export the overview as CSV</source>
        <translation>把總覽匯出為 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔 (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written. Choose another folder.</source>
        <translation>無法寫入檔案。請選擇另一個資料夾。</translation>
    </message>
    <message>
        <source>Saved the counts as CSV.</source>
        <translation>已把數字儲存為 CSV。</translation>
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <source>Not signed in</source>
        <translation>不登入</translation>
    </message>
    <message>
        <source>Capture as a signed-in account: choose a login profile made with “Sign in to a site…”. The session itself never goes into the evidence.</source>
        <translation>以已登入的帳戶擷取：請選擇用「登入網站…」建立的登入設定檔。工作階段本身絕不會進入證物。</translation>
    </message>
</context>
<context>
    <name>QuickExitButton</name>
    <message>
        <source>Quick exit</source>
        <translation>快速離開</translation>
    </message>
    <message>
        <source>Hide this window at once and lock the vault (or press Esc twice).</source>
        <translation>立即隱藏視窗並鎖定證據庫（或連按兩下 Esc）。</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Forgotten passphrase</source>
        <translation>忘記密碼短語</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when the vault was created, then choose a new passphrase. The evidence is not changed; the change is recorded in the custody log.</source>
        <translation>請輸入建立證據庫時抄下的復原密鑰，然後選擇一個新的密碼短語。證物不會有任何改動；這次更改會記錄在保管紀錄中。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>復原密鑰</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新密碼短語</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>再次輸入新密碼短語</translation>
    </message>
    <message>
        <source>Set new passphrase and unlock</source>
        <translation>設定新密碼短語並解鎖</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Checking the recovery key…</source>
        <translation>正在核對復原密鑰…</translation>
    </message>
    <message>
        <source>The new passphrase needs at least 10 characters.</source>
        <translation>新密碼短語最少要有 10 個字元。</translation>
    </message>
    <message>
        <source>The two passphrases do not match yet.</source>
        <translation>兩次輸入的密碼短語仍未相符。</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>復原密鑰</translation>
    </message>
    <message>
        <source>Write down your recovery key</source>
        <translation>請抄下你的復原密鑰</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this key is the only way back into the vault. Write it on paper now and keep it somewhere safe, away from this computer. It is shown only this once and is not saved anywhere.</source>
        <translation>如果你忘記密碼短語，這條密鑰是重新進入證據庫的唯一方法。請立即把它寫在紙上，並存放在遠離這部電腦的安全地方。它只會顯示這一次，亦不會儲存在任何地方。</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>我已經抄下了</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>繼續</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>Record the platform&apos;s response</source>
        <translation>記錄平台的回覆</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>參考編號</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>對方的回覆內容</translation>
    </message>
    <message>
        <source>The note is too long (at most 2000 characters).</source>
        <translation>備註太長（最多 2000 個字元）。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Full-page screenshot</source>
        <translation>整頁截圖</translation>
    </message>
    <message>
        <source>Screenshot as first seen</source>
        <translation>最初所見的截圖</translation>
    </message>
    <message>
        <source>Page archive (MHTML)</source>
        <translation>網頁封存檔（MHTML）</translation>
    </message>
    <message>
        <source>Page source as rendered (HTML)</source>
        <translation>呈現後的網頁原始碼（HTML）</translation>
    </message>
    <message>
        <source>Web archive (WACZ)</source>
        <translation>網頁封存檔（WACZ）</translation>
    </message>
    <message>
        <source>HTTP headers</source>
        <translation>HTTP 標頭</translation>
    </message>
    <message>
        <source>Picture or video from the page</source>
        <translation>網頁上的圖片或影片</translation>
    </message>
    <message>
        <source>Downloaded file</source>
        <translation>下載的檔案</translation>
    </message>
    <message>
        <source>Imported file</source>
        <translation>匯入的檔案</translation>
    </message>
    <message>
        <source>Provenance record</source>
        <translation>來源紀錄</translation>
    </message>
    <message>
        <source>Chat transcript (parsed, JSON)</source>
        <translation>聊天記錄文本（已解析，JSON）</translation>
    </message>
    <message>
        <source>File inside the chat export</source>
        <translation>聊天匯出檔內的檔案</translation>
    </message>
    <message>
        <source>Hashes of pictures and videos not kept</source>
        <translation>未保存圖片及影片的雜湊值</translation>
    </message>
</context>
<context>
    <name>SentDialog</name>
    <message>
        <source>Mark the request sent</source>
        <translation>標記要求為已發送</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>途徑</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>參考編號</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>發送時間</translation>
    </message>
    <message>
        <source>How it was sent</source>
        <translation>發送方式</translation>
    </message>
    <message>
        <source>The platform&apos;s reference or ticket number</source>
        <translation>平台的參考編號或個案編號</translation>
    </message>
    <message>
        <source>Needed for the route “Other”</source>
        <translation>途徑為「其他」時必須填寫</translation>
    </message>
    <message>
        <source>Say how the request was sent (the route “Other” needs it).</source>
        <translation>請說明以甚麼方式發送要求（途徑為「其他」時必須填寫）。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>閒置後自動鎖定</translation>
    </message>
    <message>
        <source>Window title</source>
        <translation>視窗標題</translation>
    </message>
    <message>
        <source>Default name</source>
        <translation>預設姓名</translation>
    </message>
    <message>
        <source>Time-stamping services</source>
        <translation>時間戳記服務</translation>
    </message>
    <message>
        <source>Backup reminder</source>
        <translation>備份提醒</translation>
    </message>
    <message>
        <source>Empty: the standard services. &quot;none&quot;: no trusted time.</source>
        <translation>留空：使用標準服務。「none」：不使用可信時間。</translation>
    </message>
    <message>
        <source>Web addresses of RFC 3161 time-stamping services, separated by spaces. Empty uses the standard list; &quot;none&quot; turns trusted time off.</source>
        <translation>RFC 3161 時間戳記服務的網址，以空格分隔。留空即使用標準清單；「none」會關閉可信時間。</translation>
    </message>
    <message>
        <source>after </source>
        <translation>連續 </translation>
    </message>
    <message>
        <source> day(s) without a backup</source>
        <translation> 日沒有備份後提醒</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>Use a neutral title (&quot;Notes&quot;) so the window does not say what it is</source>
        <translation>使用中性標題（「筆記」），令視窗不會顯示其用途</translation>
    </message>
    <message>
        <source>Settings are saved on this computer. They never contain case details.</source>
        <translation>設定儲存在這部電腦上，絕不包含任何個案資料。</translation>
    </message>
</context>
<context>
    <name>SetupWindow</name>
    <message>
        <source>Create your evidence vault</source>
        <translation>建立你的證據庫</translation>
    </message>
    <message>
        <source>Everything you capture is kept in one encrypted file on this computer. Choose a passphrase only you know: a few unrelated words are easy to remember and hard to guess. It cannot be recovered without the recovery key shown next.</source>
        <translation>你擷取的所有內容都會保存在這部電腦上的一個加密檔案中。請選擇一個只有你知道的密碼短語：幾個互不相關的詞語既容易記住，又難以被猜中。如果忘記了，只能用接着顯示的復原密鑰取回。</translation>
    </message>
    <message>
        <source>Your name (recorded with every action)</source>
        <translation>你的姓名（每項操作都會記錄）</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密碼短語</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>再次輸入密碼短語</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>顯示密碼短語</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>建立證據庫</translation>
    </message>
    <message>
        <source>The two passphrases do not match yet.</source>
        <translation>兩次輸入的密碼短語仍未相符。</translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation>兩次輸入的密碼短語相符。</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>正在建立證據庫…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to a site</source>
        <translation>登入網站</translation>
    </message>
    <message>
        <source>Sign in once in a browser window controlled by this app (two-factor included). The session is kept encrypted in the vault as a login profile, never in the evidence, and captures can then use it.</source>
        <translation>在一個由本程式控制的瀏覽器視窗中登入一次（包括雙重認證）。工作階段會以登入設定檔的形式加密保存在證據庫，絕不會放進證物，之後擷取便可使用。</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>設定檔名稱</translation>
    </message>
    <message>
        <source>Which account</source>
        <translation>哪個帳戶</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>登入網址</translation>
    </message>
    <message>
        <source>e.g. NGO research account on X</source>
        <translation>例如：機構在 X 的研究帳戶</translation>
    </message>
    <message>
        <source>Open the sign-in window</source>
        <translation>開啟登入視窗</translation>
    </message>
    <message>
        <source>Done: I am signed in</source>
        <translation>完成：我已登入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>“list” and “forget” cannot be profile names.</source>
        <translation>「list」及「forget」不能用作設定檔名稱。</translation>
    </message>
    <message>
        <source>Opening the sign-in window…</source>
        <translation>正在開啟登入視窗…</translation>
    </message>
    <message>
        <source>Sign in in the browser window, then press Done here. Cancel keeps nothing.</source>
        <translation>請在瀏覽器視窗中登入，然後在這裏按「完成」。按「取消」則甚麼都不會保存。</translation>
    </message>
    <message>
        <source>Keeping the session…</source>
        <translation>正在保存工作階段…</translation>
    </message>
    <message>
        <source>Login profile “%1” saved (encrypted in the vault). Choose it in “Capture web pages”.</source>
        <translation>已保存登入設定檔「%1」（加密保存在證據庫）。請在「擷取網頁」中選用。</translation>
    </message>
</context>
<context>
    <name>SimilarDialog</name>
    <message>
        <source>Similar pictures</source>
        <translation>相似圖片</translation>
    </message>
    <message>
        <source>Pictures in the vault whose fingerprint (PDQ) is near this one&apos;s: distance 0 is the same picture; up to 31 is very likely a copy (resized or re-compressed). Nothing is shown; open an exhibit to look at it.</source>
        <translation>證據庫內數碼指紋（PDQ）與這張圖片接近的圖片：距離 0 即同一張圖片；31 或以下很可能是副本（經縮放或重新壓縮）。這裏不會顯示任何圖片；如需查看，請開啟該證物。</translation>
    </message>
    <message>
        <source>Search all cases, not only this one</source>
        <translation>搜尋所有個案，而不只這個個案</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>證物</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距離</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>網址</translation>
    </message>
    <message>
        <source>Captured (local time)</source>
        <translation>擷取時間（本地時間）</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message numerus="yes">
        <source>%n similar picture(s) found.</source>
        <translation>
            <numerusform>找到 %n 張相似圖片。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Too short: at least 10 characters</source>
        <translation>太短：最少 10 個字元</translation>
    </message>
    <message>
        <source>Weak: add more words</source>
        <translation>弱：請加入更多詞語</translation>
    </message>
    <message>
        <source>Fair: one more word would help</source>
        <translation>一般：再加一個詞語會更好</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>強</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>強度：%1</translation>
    </message>
</context>
<context>
    <name>Takedown</name>
    <message>
        <source>Other (describe how it was sent)</source>
        <translation>其他（說明以甚麼方式提交）</translation>
    </message>
    <message>
        <source>Found, not reported</source>
        <translation>已發現，未舉報</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已舉報</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已確認收到</translation>
    </message>
    <message>
        <source>More information requested</source>
        <translation>對方要求補充資料</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒絕</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>沒有回覆</translation>
    </message>
    <message>
        <source>Still online</source>
        <translation>仍在網上</translation>
    </message>
    <message>
        <source>Changed: needs review</source>
        <translation>已改動：需要覆核</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>REAPPEARED</source>
        <translation>重新出現！</translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation>檢查失敗</translation>
    </message>
    <message>
        <source>Not checked (cancelled)</source>
        <translation>未檢查（已取消）</translation>
    </message>
    <message>
        <source>No response by the due date</source>
        <translation>限期內沒有回覆</translation>
    </message>
    <message>
        <source>Porn site</source>
        <translation>色情網站</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>社交媒體</translation>
    </message>
    <message>
        <source>Search engine</source>
        <translation>搜尋器</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>討論區</translation>
    </message>
    <message>
        <source>Image host</source>
        <translation>圖片寄存網站</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>通訊應用程式</translation>
    </message>
    <message>
        <source>Content farm</source>
        <translation>內容農場</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>網上表格</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>電郵</translation>
    </message>
    <message>
        <source>trusted flagger</source>
        <translation>可信舉報者計劃</translation>
    </message>
    <message>
        <source>hash sharing</source>
        <translation>雜湊值共享</translation>
    </message>
    <message>
        <source>in the app</source>
        <translation>應用程式內</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>the host no longer exists</source>
        <translation>主機已不存在</translation>
    </message>
    <message>
        <source>could not be reached</source>
        <translation>無法連線</translation>
    </message>
    <message>
        <source>the pictures are gone</source>
        <translation>圖片已不在</translation>
    </message>
    <message>
        <source>some pictures are gone</source>
        <translation>部分圖片已不在</translation>
    </message>
    <message>
        <source>the pictures are still there</source>
        <translation>圖片仍在</translation>
    </message>
    <message>
        <source>the page is the same</source>
        <translation>網頁沒有改變</translation>
    </message>
    <message>
        <source>the page is different</source>
        <translation>網頁已改變</translation>
    </message>
    <message>
        <source>online (no earlier capture to compare)</source>
        <translation>在網上（沒有較早的擷取可作比較）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Unknown platform</source>
        <translation>未知平台</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 次要求</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>限期 %1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>尚未檢查</translation>
    </message>
</context>
<context>
    <name>TakedownHistory</name>
    <message>
        <source>Note: %1</source>
        <translation>備註：%1</translation>
    </message>
    <message>
        <source>Not captured (added by hand).</source>
        <translation>未擷取（人手加入）。</translation>
    </message>
    <message>
        <source>First captured %1 as %2.</source>
        <translation>首次擷取於 %1，證物編號 %2。</translation>
    </message>
    <message>
        <source>Shows watched picture %1 (distance %2): report this location.</source>
        <translation>顯示監察清單中的圖片 %1（距離 %2）：請舉報這個位置。</translation>
    </message>
    <message>
        <source>No request recorded yet.</source>
        <translation>尚未記錄任何要求。</translation>
    </message>
    <message>
        <source>Request sent %1 via %2</source>
        <translation>%1 經「%2」發出要求</translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation>參考編號 %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>限期 %1</translation>
    </message>
    <message>
        <source>Answer %1: %2</source>
        <translation>%1 回覆：%2</translation>
    </message>
    <message>
        <source>Re-checked %1: %2</source>
        <translation>%1 重新檢查：%2</translation>
    </message>
    <message>
        <source>sealed as %1</source>
        <translation>封存為 %1</translation>
    </message>
    <message>
        <source>Looked up %1 at %2: no answer; look up later.</source>
        <translation>%2 查詢 %1：沒有回應，留待稍後查詢。</translation>
    </message>
    <message>
        <source>Looked up %1 at %2: run by %3; abuse contact %4.</source>
        <translation>%2 查詢 %1：由 %3 營運；濫用舉報聯絡 %4。</translation>
    </message>
    <message>
        <source>Behind Cloudflare: use Cloudflare&apos;s abuse route too.</source>
        <translation>網站經 Cloudflare 提供：請同時使用 Cloudflare 的濫用舉報途徑。</translation>
    </message>
</context>
<context>
    <name>TakedownTab</name>
    <message numerus="yes">
        <source>Checking %n location(s)…</source>
        <translation>
            <numerusform>正在檢查 %n 個位置…</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting to be checked</source>
        <translation>等候檢查</translation>
    </message>
    <message>
        <source>starting the browser</source>
        <translation>正在啟動瀏覽器</translation>
    </message>
    <message>
        <source>loading the page</source>
        <translation>正在載入網頁</translation>
    </message>
    <message>
        <source>scrolling</source>
        <translation>正在捲動</translation>
    </message>
    <message>
        <source>taking screenshots</source>
        <translation>正在截圖</translation>
    </message>
    <message>
        <source>archiving</source>
        <translation>正在歸檔</translation>
    </message>
    <message>
        <source>sealing in the vault</source>
        <translation>正在封存至證據庫</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>已檢查</translation>
    </message>
    <message>
        <source>could not be captured</source>
        <translation>無法擷取</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Cancelling: finished checks stay recorded…</source>
        <translation>正在取消：已完成的檢查會保留記錄…</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>已取消檢查。</translation>
    </message>
    <message>
        <source>Check finished.</source>
        <translation>檢查完成。</translation>
    </message>
    <message>
        <source>Add location…</source>
        <translation>加入位置…</translation>
    </message>
    <message>
        <source>Draft request…</source>
        <translation>草擬要求…</translation>
    </message>
    <message>
        <source>Mark sent…</source>
        <translation>標記為已發送…</translation>
    </message>
    <message>
        <source>Record response…</source>
        <translation>記錄回覆…</translation>
    </message>
    <message>
        <source>Look up host</source>
        <translation>查詢主機</translation>
    </message>
    <message>
        <source>Find who runs the host and its abuse contact (RDAP). Without internet it is kept to look up later.</source>
        <translation>查出主機由誰營運及其濫用舉報聯絡（RDAP）。沒有網絡時會留待稍後查詢。</translation>
    </message>
    <message>
        <source>Check all now</source>
        <translation>立即檢查全部</translation>
    </message>
    <message>
        <source>Capture every location again as sealed evidence and see whether it was removed.</source>
        <translation>把每個位置重新擷取並封存為證據，查看內容是否已移除。</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>取消檢查</translation>
    </message>
    <message>
        <source>Check every day while the app is open</source>
        <translation>程式開啟時每日檢查</translation>
    </message>
    <message>
        <source>Choose a location to see its requests, answers, re-checks and look-ups.</source>
        <translation>選擇一個位置，查看其要求、回覆、重新檢查及查詢紀錄。</translation>
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n 個位置</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 個已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>No locations yet. Captured pages become locations; add an address that cannot be captured with “Add location…”.</source>
        <translation>尚未有位置。已擷取的網頁會成為位置；無法擷取的網址可用「加入位置…」加入。</translation>
    </message>
    <message numerus="yes">
        <source>%n location(s) REAPPEARED after removal: capture it, then report it again.</source>
        <translation>
            <numerusform>有 %n 個位置在移除後重新出現！請擷取，然後再次舉報。</numerusform>
        </translation>
    </message>
    <message>
        <source>Take-down is unavailable: the platforms data file has an error. Fix the line named below, or restore the file shipped with the app.</source>
        <translation>未能使用移除內容功能：平台資料檔有錯誤。請修正下面指出的一行，或還原程式隨附的檔案。</translation>
    </message>
    <message>
        <source>Location added.</source>
        <translation>已加入位置。</translation>
    </message>
    <message>
        <source>That address is already a location of this case.</source>
        <translation>這個網址已是本個案的位置。</translation>
    </message>
    <message numerus="yes">
        <source>Request recorded as sent for %n location(s).</source>
        <translation>
            <numerusform>已記錄 %n 個位置的要求為已發送。</numerusform>
        </translation>
    </message>
    <message>
        <source>A response can only be recorded for a location that was reported: use “Mark sent…” first.</source>
        <translation>只可為已舉報的位置記錄回覆：請先按「標記為已發送…」。</translation>
    </message>
    <message numerus="yes">
        <source>Response recorded for %n location(s).</source>
        <translation>
            <numerusform>已記錄 %n 個位置的回覆。</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up who runs the host…</source>
        <translation>正在查詢主機由誰營運…</translation>
    </message>
    <message>
        <source>no answer now; kept to look up later.</source>
        <translation>現時沒有回應；已留待稍後查詢。</translation>
    </message>
    <message>
        <source>abuse contact %1</source>
        <translation>濫用舉報聯絡：%1</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Unlock the vault</source>
        <translation>解鎖證據庫</translation>
    </message>
    <message>
        <source>Enter your name and the vault passphrase.</source>
        <translation>請輸入你的姓名及證據庫密碼短語。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的姓名</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密碼短語</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <source>Forgot the passphrase?</source>
        <translation>忘記密碼短語？</translation>
    </message>
    <message>
        <source>Without the passphrase or the recovery key nobody can open the vault, not even your organisation&apos;s support person.</source>
        <translation>沒有密碼短語或復原密鑰，任何人都無法開啟證據庫，包括你機構的支援人員。</translation>
    </message>
    <message>
        <source>Last time the app was closed before you confirmed that the recovery key was written down. If it was not, a forgotten passphrase can never be recovered: keep the passphrase safe, and export the evidence regularly.</source>
        <translation>上次在你確認已抄下復原密鑰之前，程式已關閉。如果沒有抄下，忘記密碼短語後將永遠無法復原：請妥善保管密碼短語，並定期匯出證物。</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>正在解鎖…</translation>
    </message>
    <message>
        <source>Wrong tries so far: %1. After %2 wrong tries, the app makes you wait before the next one.</source>
        <translation>已輸入錯誤 %1 次。錯誤 %2 次後，程式會要你等候一段時間才可再試。</translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in %1 s.</source>
        <translation>錯誤次數太多。請在 %1 秒後再試。</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify vault</source>
        <translation>核實證據庫</translation>
    </message>
    <message>
        <source>Checks that every stored item still has the fingerprint it was sealed with, and that the custody log is complete and unaltered.</source>
        <translation>檢查每個已保存項目的數碼指紋是否與封存時相同，以及保管紀錄是否完整、未被改動。</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>再次核實</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Verification cancelled; nothing was recorded.</source>
        <translation>核實已取消；沒有記錄任何內容。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在檢查…</translation>
    </message>
    <message>
        <source>All good: %1 stored items and %2 custody records check out. The check was recorded in the custody log.</source>
        <translation>一切正常：%1 個已保存項目及 %2 條保管紀錄全部核實無誤。這次檢查已記錄在保管紀錄中。</translation>
    </message>
    <message>
        <source>Problems found: %1. Do not change anything; keep the vault file as it is and contact your support person.</source>
        <translation>發現 %1 個問題。請不要更改任何內容；保持證據庫檔案原狀，並聯絡你的支援人員。</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>技術詳情：%1</translation>
    </message>
</context>
<context>
    <name>WatchDialog</name>
    <message>
        <source>Watch list – %1</source>
        <translation>監察清單 – %1</translation>
    </message>
    <message>
        <source>Pictures the survivor provided, kept as fingerprints. Every new capture in this case is checked against them and flagged when it contains a match. The pictures are not shown here.</source>
        <translation>由倖存者提供的圖片，以數碼指紋方式保存。這個個案的每次新擷取都會與之比對，如有相符便會標示。這裏不會顯示圖片。</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>品質</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>加入時間</translation>
    </message>
    <message>
        <source>Kept as exhibit</source>
        <translation>保存為證物</translation>
    </message>
    <message>
        <source>Also keep the pictures in the vault as exhibits (otherwise only their fingerprints are kept)</source>
        <translation>同時把圖片保存在證據庫作為證物（否則只保存其數碼指紋）</translation>
    </message>
    <message>
        <source>Add pictures…</source>
        <translation>加入圖片…</translation>
    </message>
    <message>
        <source>Remove from the list…</source>
        <translation>從清單移除…</translation>
    </message>
    <message>
        <source>Remove from the watch list</source>
        <translation>從監察清單移除</translation>
    </message>
    <message>
        <source>Stop watching for %1? New captures will no longer be checked against it. Matches already recorded stay, and the removal is recorded in the custody log.</source>
        <translation>停止監察 %1？新的擷取將不再與它比對。已記錄的相符結果會保留，而這次移除會記錄在保管紀錄中。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Pictures to watch for</source>
        <translation>要監察的圖片</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>正在加入…</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) added to the watch list.</source>
        <translation>
            <numerusform>已把 %n 張圖片加入監察清單。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too little detail to match reliably, not matched: %1</source>
        <translation>細節太少，無法可靠比對，不會用作比對：%1</translation>
    </message>
    <message>
        <source>%1 is already in this case: %2, distance %3</source>
        <translation>%1 已在這個個案中出現：%2，距離 %3</translation>
    </message>
    <message>
        <source>%1 was removed from the watch list.</source>
        <translation>%1 已從監察清單移除。</translation>
    </message>
    <message>
        <source>The watch list of this case is empty.</source>
        <translation>這個個案的監察清單是空的。</translation>
    </message>
</context>
</TS>
