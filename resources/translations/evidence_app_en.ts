<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddLocationDialog</name>
    <message>
        <source>Add a location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it was found, or why it was not captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured pages are locations already. Add here what cannot be captured, such as a search-result address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a web address starting with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence App</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArtifactsTable</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is a copy of the vault, still encrypted, with its key file: the same passphrase and recovery key open it. Keep it on a USB stick or another drive, away from this computer. The copy is checked in full before it counts, and the backup is recorded in the custody log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder or USB stick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key lost, or never written down?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to put the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the vault… (it stays usable meanwhile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the copy: every item is read back and re-hashed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up and checked ({size}, {n} item(s) re-hashed) at {time}.
It is in: {folder}
To restore it, use `evidence-app restore` with this folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupReminderBar</name>
    <message>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has never been backed up. If this computer is lost or broken, the evidence is lost with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last backup was on %1, more than %n day(s) ago. Back up again so new evidence is not lost with this computer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlurredPreview</name>
    <message>
        <source>Reveal image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blur again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture cannot be displayed here: it is damaged or too large. The file itself is sealed in the vault with its SHA-256 and goes into exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown unblurred. Viewing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blurred to protect you. Revealing it is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowseWindow</name>
    <message>
        <source>Browse and capture — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse and capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a browser window controlled by this app. Navigate there, expand comments, scroll; then press Capture page (or Ctrl+Shift+E in the browser) to seal the page as it stands into this case, with the pages visited since the window opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the evidence browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence browser is open. Navigate there, then press Capture page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capturing the page as it stands…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>The browser window was closed. Open it again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing once the capture has been sealed…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureDetail</name>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (blurred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored items and their SHA-256 fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy SHA-256 of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (plain http)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not previewed here (too large or not decodable); they are in the export.</source>
        <translation>
            <numerusform>%n image not previewed here (too large or not decodable); it is in the export.</numerusform>
            <numerusform>%n images not previewed here (too large or not decodable); they are in the export.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image may show sexual or violent content, or content about you. It stays blurred unless you choose to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeing it is recorded in the custody log. You will not be asked again until the vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureExtras</name>
    <message>
        <source>Trusted time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timestamps now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the time-stamping services now for every capture still waiting (all cases).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find similar pictures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the pictures in the vault that look like this capture&apos;s picture, by their fingerprints only: nothing is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1: trusted time %2 (serial %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1: pending, waiting for the network; asked again automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1: failed, not trusted time. Reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service is not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service refused to stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a time-stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service&apos;s certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token stamps something else than this capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token answers another request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches %1, distance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trusted timestamp yet: trusted time is off, or this capture has not been sent to a time-stamping service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock warning: this computer&apos;s clock was %1 s off the time signed by %2. The signed time is the one to rely on; correct the computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the time-stamping services…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted: %1. Failed: %2. Still pending: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some services have not answered yet; they are asked again automatically.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureQueue</name>
    <message>
        <source>Capture web pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste one web address per line. Each page is opened in a private browser on this computer, photographed, archived and sealed in the vault with its fingerprints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking screenshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sealing in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste at least one web address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a web address. Paste addresses such as https://example.com/page, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A capture for the case “%1” is running; a new one here starts when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: the capture for the case “%1” runs first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Capturing %n page(s)…</source>
        <translation>
            <numerusform>Capturing %n page…</numerusform>
            <numerusform>Capturing %n pages…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling… pages already sealed are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 pages were sealed before that; nothing was saved for the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pages captured and sealed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapturesTable</name>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sealed, %n warning(s)</source>
        <translation>
            <numerusform>Sealed, %n warning</numerusform>
            <numerusform>Sealed, %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches %1, distance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ trusted, ⚠ clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for police or court…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse and capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture web pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence in this case yet. To save web pages, paste their addresses in the “Capture web pages” tab. To add screenshots, photos or chat exports, use Import files or drop them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture web pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here to import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported and sealed.</source>
        <translation>
            <numerusform>%n file imported and sealed.</numerusform>
            <numerusform>%n files imported and sealed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; the unfinished file was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPanel</name>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Chat – exhibit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chat · participants: %2 · %3 message(s), %4 line(s) not understood (kept as written) · first %5 · last %6 · times in %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in the chat&apos;s time zone (%1), both included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (as interpreted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark relevant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message with a picture to see it here, blurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing from the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not understood, as written) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more messages first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why are these messages relevant? (optional; recorded in the custody log)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustodyTable</name>
    <message>
        <source>captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passphrase reset with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new recovery key made (the old one no longer opens the vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault format upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat messages marked relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat marks removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picture fingerprints computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picture added to the watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches a watched picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picture removed from the watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked: the person depicted may be under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take-down location added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take-down request drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take-down request sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take-down response recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location re-checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host looked up (RDAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted timestamp received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted timestamp failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export interrupted; its unfinished files were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault restored from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login profile saved (signed-in session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login profile forgotten (session erased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revealed in the desktop app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>police report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disposal order application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Draft a take-down request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation acting with the survivor&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out unless you type it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open as e-mail draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app sends nothing. Copy the text into the platform&apos;s form or your e-mail, then use “Mark sent…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the request as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The vault passphrase is wrong. Check Caps Lock and the keyboard language. If it is forgotten, use the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key is wrong. Type it exactly as written down (dashes and case do not matter; 0/O and 1/I/L are treated alike).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least 10 characters, ideally a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is in use by another evidence-app window or command. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file is damaged or is not an evidence-app vault. Nothing was changed. Restore it from a backup, or contact support with the file kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key file (the .keys file kept beside the vault) is missing. Restore it from the same backup as the vault; without it the vault cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was written by a newer version of evidence-app. Update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the item was not saved (everything saved before is intact). Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved for the unfinished item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only web addresses starting with http:// or https:// can be captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser for capturing was found. Install Google Chrome, Microsoft Edge or Chromium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exhibit bundle could not be written. Nothing was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export folder already exists and is not empty. Choose a new folder name; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exhibit bundle could not be written (disk full, no permission or the drive was removed). No half-made bundle was left behind; check the drive and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fonts for the PDF report are missing from the installation. Reinstall evidence-app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be imported. Check that it still exists and that you may read it; nothing was saved for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item no longer matches the fingerprint recorded when it was sealed, so it was not written out. Run Verify vault and keep the vault file as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item changed between capture and storage, so it was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed evidence and custody records can never be changed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page could not be reached. Check the address and the internet connection, then try again. Nothing was saved for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture did not finish within the time limit, so nothing was saved for this address. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture browser could not be started. Close other programs and try again; if it keeps failing, reinstall Chrome, Edge or Chromium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That could not be done as asked. Check what was typed and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be written (disk error or no permission). Nothing was saved for this item; everything saved before is intact. Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written. Nothing half-made was left behind; check the drive (free space, that it is still plugged in) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder already exists and is not empty. Choose a new folder name; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written but does not match the vault when read back, so it was removed. The drive may be failing: try another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That capture is not a chat export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message has that number in this chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was changed. Try again; if it happens again, restart the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page could not be captured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a folder with every exhibit, the custody log, a manifest of fingerprints and a chain-of-custody PDF that police, lawyers and courts can check without this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint of the manifest (SHA-256). Send it separately from the bundle (by message or on paper), so the receiver can check nothing was changed on the way:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal order application (s.159AAL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redacted copy: pixelate pictures in the PDF and leave picture files out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For readers who must not see the pictures. The originals stay sealed in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also make a single .zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to export into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished: %1 exhibits, %2 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report (PDF): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportNoteDialog</name>
    <message>
        <source>Import files as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Where did these %n file(s) come from? The note is sealed with them and printed in the report.</source>
        <translation>
            <numerusform>Where did this file come from? The note is sealed with it and printed in the report.</numerusform>
            <numerusform>Where did these %n files come from? The note is sealed with them and printed in the report.</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. screenshots the client sent by WhatsApp on 3 May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also record the folder they are in on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: only the file name is kept. A folder path can name people or other cases, and it ends up in the exhibit bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationsTable</name>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginProfilesDialog</name>
    <message>
        <source>Login profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login profile keeps a site&apos;s signed-in session, encrypted in the vault, so captures can see what only that account sees. Forget erases the session from the vault (sign out on the site too, to end it there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No login profiles yet. Make one with “Sign in to a site…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget login profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the login profile “%1” (%2)? Its session is erased from the vault and captures can no longer use it. Captures already sealed are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login profile “%1” forgotten: its session was erased from the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainExtras</name>
    <message>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the encrypted vault to a folder or USB stick, checked in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark: may be under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed what %n interrupted export(s) left behind.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted %n older picture(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>May be under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this case: the person depicted may be under 18?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on, no picture or video of this case is kept, only their fingerprints, and the case shows what to do instead (the police; Take It Down). The mark is recorded in the custody log and cannot be undone. Pictures sealed before the mark stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take-down overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault now; your passphrase is needed to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a case on the left, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault unlocked by %1. It locks itself when you are away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture for the case “%1” was stopped when the vault locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed before that: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page had been sealed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not captured: %n address(es). They are back in the case&apos;s address box; press Capture to try them again.</source>
        <translation>
            <numerusform>Not captured: %n address. It is back in the case&apos;s address box; press Capture to try it again.</numerusform>
            <numerusform>Not captured: %n addresses. They are back in the case&apos;s address box; press Capture to try them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Capture stopped by locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not do that</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The capture&apos;s time limit was reached during the {step}; later steps were skipped. Raise the limit (--timeout) to capture this page completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page stopped responding while taking the {step} (no answer within {seconds} s; an endless script or a stuck page). The capture holds what had arrived over the network; later steps were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page navigated during the {step}, so that step was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {step} failed: {detail}. Later steps that need the page were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page did not finish loading within {seconds} s; it was captured as far as it had loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page was still loading or changing after {seconds} s; it was captured as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} image(s) had still not loaded when the page was captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP {status} (e.g. removed or not found); the page was captured as served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s security certificate has a problem ({detail}); the page was captured anyway and the certificate recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} request(s) had no content to archive (failed, cancelled or over a size cap); they are listed in the provenance record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A loading indicator (spinner) was still visible when the page was captured; the content may not have loaded. Check the screenshot and capture again if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page shows a login form or asks to log in: the content may be behind a login wall. The capture was made logged out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cookie or consent notice covers part of the page; content behind it may be hidden in the screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An overlay (pop-up, login or consent wall) covers most of the page; the content behind it may not be visible in the screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page shows almost no content (no images and hardly any text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page kept growing as it was scrolled (infinite scroll); scrolling stopped at {limit_px} px, so later content is not in the capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is {height_px} px tall; scrolling stopped at {limit_px} px, so content further down may not have loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrolling through the page was stopped after {seconds} s (at {at_px} px of {height_px} px), so content further down may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is {height_px} px tall; the full-page screenshot covers the first {limit_px} px.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page opened {count} dialog box(es) (alert/confirm/prompt); they were dismissed and recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page opened {count} pop-up window(s); they were closed and their addresses recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A download was larger than the {cap_mb} MB cap; only the start was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page started a download that could not be kept ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page&apos;s HTML was larger than {cap_mb} MB, so loading was stopped at that size; the capture shows the part that arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page&apos;s resources exceeded the capture&apos;s total size cap; some were not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} video/audio player(s) play a stream assembled by the page (blob:), which cannot be saved as one file; the pieces the page fetched are in the web archive (WACZ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} media file(s) were larger than the {cap_mb} MB cap and were not kept as separate items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} media file(s) were seen but their content could not be kept (too large for the browser&apos;s buffer or interrupted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page had more than {limit} media files; {count} were not kept as separate items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} media file(s) were only partly downloaded by the page (streamed video/audio); the parts seen are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason_code} Nothing was saved for {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture did not finish within {seconds} s, so nothing was saved for this address. Try again, or raise the limit (--timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture failed unexpectedly ({kind}); nothing was saved for this address. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture could not be sealed ({kind}); nothing was saved for this address. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web address&apos;s host name could not be found (DNS failure). Check the address for typing mistakes; the site may no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection (nothing is answering at that address). The site may be down; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was reset by the server or the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is not connected to the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s address cannot be reached from this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer (connection timed out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure (https) connection to the server could not be made. If the address was typed without http:// or https://, https:// was assumed: try it again with http:// in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser refuses to open this port number (it is reserved for other services).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection without sending anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page redirected to a file: or another non-web address, which a web capture never opens (it could read files or settings on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page redirected to a {scheme}: address, which a web capture never opens (it could read files or settings on this computer). The redirect itself is the evidence: capture the address before the redirect with a screenshot, or note it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page redirected the capture to an address on a {kind} network ({host}), i.e. inside this computer&apos;s or this office&apos;s network rather than the public internet. It was followed and recorded; check that this is what the site does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contained a user name and password (user:password@); they were removed before the page was opened and are recorded nowhere. A page that needed them may show a login prompt or an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person depicted may be under 18: no pictures or videos were kept, only their hashes ({count} item(s)); screenshots were taken with pictures hidden, and the page archives (MHTML, WACZ) were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login profile {profiles} fits this site: capture again signed in with `--login {name}`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To capture it signed in, first make a login profile for this site with `evidence-app login NAME URL`, then capture with `--login NAME`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site sent the browser to its sign-in page: the content is behind a login wall. The capture was made logged out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login profile &apos;{profile}&apos; holds a session for {hosts}, not for {host}: the page was probably seen signed out. Use a profile made for this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page&apos;s own content holds a value of the login session (in: {where}). Anyone who receives this capture may be able to use that session: sign out of it on the site (or change the account&apos;s password) before sharing the exhibit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out: the site sent the browser to its sign-in page, so the session of login profile &apos;{profile}&apos; has expired. Sign in again with `{command}`, then capture again. Nothing was saved for this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored piece of an item of capture {capture} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item of capture {capture} is stored in a different number of pieces than when it was sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item of capture {capture} no longer matches the SHA-256 it was sealed with: the stored content was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of an item of capture {capture} no longer matches the SHA-256 the custody log recorded when it was sealed: the record was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A capture has no sealing record in the custody log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored items that belong to no capture were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored pieces that belong to no item were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody record #{seq} was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details of custody record #{seq} were changed after they were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody record #{seq} does not follow on from the record before it: records were removed, inserted or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody records are missing before record #{seq}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody record #{seq} is dated earlier than the record before it: the computer&apos;s clock was set back, or the times were not written by this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of custody record #{seq} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trusted timestamp of capture {capture} does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trusted timestamp of capture {capture} is not the one the custody log recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trusted timestamp of capture {capture} does not cover that capture&apos;s sealing record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trusted timestamp of capture {capture} does not match the custody log as it stood when it was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trusted timestamp of capture {capture} was never recorded in the custody log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trusted timestamp of capture {capture} covers evidence that has since been altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer within {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settle wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewport screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full-page screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MHTML snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rendered HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinorBanner</name>
    <message>
        <source>The person depicted may be under 18. This case keeps no pictures or videos, only their fingerprints (SHA-256, MD5, PDQ), web addresses, text and provenance, because having such images is itself an offence. What to do instead: report it to the police (Hong Kong Police e-Report Centre, or 999 in an emergency), and help the young person or a parent use Take It Down (takeitdown.ncmec.org), which lets platforms find and remove copies from the fingerprints alone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your initials in English letters, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exhibit prefix can use only the letters A–Z and the digits 0–9 (up to 8), so that exhibit numbers read the same on police and court forms. Chinese characters cannot be used here: type your initials in English letters instead, e.g. CTM for Chan Tai Man.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibits are numbered with the prefix: %1-001, %1-002…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the recovery key, or never wrote it down? Make a new one. The old key will no longer open the vault (backups made before keep opening with it). Type the passphrase to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the new key down; it is put in force when you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new recovery key is in force; the old one no longer opens the vault. Make a new backup: older backups still open with the old key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewWindow</name>
    <message>
        <source>Take-down overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take-down across all cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reappeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days to removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts only. The CSV holds no address, host, case, reference or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platforms data file has an error. Fix the line named below, or restore the file shipped with the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the overview as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the counts as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture as a signed-in account: choose a login profile made with “Sign in to a site…”. The session itself never goes into the evidence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickExitButton</name>
    <message>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this window at once and lock the vault (or press Esc twice).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Forgotten passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when the vault was created, then choose a new passphrase. The evidence is not changed; the change is recorded in the custody log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set new passphrase and unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase needs at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases do not match yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget your passphrase, this key is the only way back into the vault. Write it on paper now and keep it somewhere safe, away from this computer. It is shown only this once and is not saved anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>Record the platform&apos;s response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long (at most 2000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Full-page screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot as first seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page archive (MHTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page source as rendered (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web archive (WACZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture or video from the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat transcript (parsed, JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File inside the chat export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashes of pictures and videos not kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentDialog</name>
    <message>
        <source>Mark the request sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s reference or ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed for the route “Other”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the request was sent (the route “Other” needs it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-stamping services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the standard services. &quot;none&quot;: no trusted time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web addresses of RFC 3161 time-stamping services, separated by spaces. Empty uses the standard list; &quot;none&quot; turns trusted time off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> day(s) without a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a neutral title (&quot;Notes&quot;) so the window does not say what it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings are saved on this computer. They never contain case details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWindow</name>
    <message>
        <source>Create your evidence vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you capture is kept in one encrypted file on this computer. Choose a passphrase only you know: a few unrelated words are easy to remember and hard to guess. It cannot be recovered without the recovery key shown next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (recorded with every action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases do not match yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to a site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in once in a browser window controlled by this app (two-factor included). The session is kept encrypted in the vault as a login profile, never in the evidence, and captures can then use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. NGO research account on X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sign-in window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: I am signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“list” and “forget” cannot be profile names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the sign-in window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in in the browser window, then press Done here. Cancel keeps nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping the session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login profile “%1” saved (encrypted in the vault). Choose it in “Capture web pages”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimilarDialog</name>
    <message>
        <source>Similar pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures in the vault whose fingerprint (PDQ) is near this one&apos;s: distance 0 is the same picture; up to 31 is very likely a copy (resized or re-compressed). Nothing is shown; open an exhibit to look at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all cases, not only this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n similar picture(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Too short: at least 10 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: add more words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: one more word would help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Takedown</name>
    <message>
        <source>Other (describe how it was sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found, not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More information requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REAPPEARED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response by the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Porn site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content farm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted flagger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hash sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pictures are gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some pictures are gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pictures are still there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page is the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page is different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online (no earlier capture to compare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakedownHistory</name>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not captured (added by hand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First captured %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows watched picture %1 (distance %2): report this location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request sent %1 via %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-checked %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sealed as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked up %1 at %2: no answer; look up later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked up %1 at %2: run by %3; abuse contact %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind Cloudflare: use Cloudflare&apos;s abuse route too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakedownTab</name>
    <message numerus="yes">
        <source>Checking %n location(s)…</source>
        <translation>
            <numerusform>Checking %n location…</numerusform>
            <numerusform>Checking %n locations…</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting to be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking screenshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sealing in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: finished checks stay recorded…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add location…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find who runs the host and its abuse contact (RDAP). Without internet it is kept to look up later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check all now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture every location again as sealed evidence and see whether it was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every day while the app is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a location to see its requests, answers, re-checks and look-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n location</numerusform>
            <numerusform>%n locations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>No locations yet. Captured pages become locations; add an address that cannot be captured with “Add location…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n location(s) REAPPEARED after removal: capture it, then report it again.</source>
        <translation>
            <numerusform>%n location REAPPEARED after removal: capture it, then report it again.</numerusform>
            <numerusform>%n locations REAPPEARED after removal: capture them, then report them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take-down is unavailable: the platforms data file has an error. Fix the line named below, or restore the file shipped with the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That address is already a location of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Request recorded as sent for %n location(s).</source>
        <translation>
            <numerusform>Request recorded as sent for %n location.</numerusform>
            <numerusform>Request recorded as sent for %n locations.</numerusform>
        </translation>
    </message>
    <message>
        <source>A response can only be recorded for a location that was reported: use “Mark sent…” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Response recorded for %n location(s).</source>
        <translation>
            <numerusform>Response recorded for %n location.</numerusform>
            <numerusform>Response recorded for %n locations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up who runs the host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer now; kept to look up later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abuse contact %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Unlock the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name and the vault passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the passphrase or the recovery key nobody can open the vault, not even your organisation&apos;s support person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time the app was closed before you confirmed that the recovery key was written down. If it was not, a forgotten passphrase can never be recovered: keep the passphrase safe, and export the evidence regularly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong tries so far: %1. After %2 wrong tries, the app makes you wait before the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that every stored item still has the fingerprint it was sealed with, and that the custody log is complete and unaltered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification cancelled; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All good: %1 stored items and %2 custody records check out. The check was recorded in the custody log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found: %1. Do not change anything; keep the vault file as it is and contact your support person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchDialog</name>
    <message>
        <source>Watch list – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures the survivor provided, kept as fingerprints. Every new capture in this case is checked against them and flagged when it contains a match. The pictures are not shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also keep the pictures in the vault as exhibits (otherwise only their fingerprints are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pictures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop watching for %1? New captures will no longer be checked against it. Matches already recorded stay, and the removal is recorded in the custody log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures to watch for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) added to the watch list.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too little detail to match reliably, not matched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in this case: %2, distance %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed from the watch list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch list of this case is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
