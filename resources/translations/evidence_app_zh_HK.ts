<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
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
        <source>Shown unblurred. Viewing was recorded.</source>
        <translation>正以清晰模式顯示，查看已記錄。</translation>
    </message>
    <message>
        <source>Blurred to protect you. Revealing it is recorded.</source>
        <translation>為保護你，圖片已模糊處理。如選擇顯示，會被記錄。</translation>
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
        <source>The vault could not be written (disk error or no permission). Nothing was saved for this item; everything saved before is intact. Check the disk and try again.</source>
        <translation>無法寫入證據庫（磁碟錯誤或沒有權限）。這個項目沒有保存；之前保存的內容全部完好。請檢查磁碟後再試。</translation>
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
</context>
</TS>
