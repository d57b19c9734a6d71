<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AppController</name>
    <message>
        <source>Loading settings…</source>
        <extracomment>The idle-lock default (``ui.idle_lock.DEFAULT_MINUTES``; a test keeps the two equal). The unlock screen's "Restore from backup…" (default: :meth:`show_restore`). A main window was shown for this workspace. The vault was locked and the unlock screen is showing. ``peerdesk gui --lang``: this language whoever signs in (scripts, screenshots). The member's own language, read on the worker with the unlock (by workspace).</extracomment>
        <translation>सेटिंग्स खुल रही हैं…</translation>
    </message>
    <message>
        <source>Locking…</source>
        <translation>लॉक हो रहा है…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>बैकअप से वापस लाएँ</translation>
    </message>
    <message>
        <source>To restore, close peerdesk and run:

%1</source>
        <translation>वापस लाने के लिए peerdesk बंद करें और यह चलाएँ:

%1</translation>
    </message>
</context>
<context>
    <name>LazyTableModel</name>
    <message>
        <source>Loading…</source>
        <extracomment>Shown in a cell whose page is still being fetched on the worker thread. The id of the row (any hashable: UUID, str, int). The loaded row object, or None if its page is not loaded yet. Roles besides display, alignment, tooltip, id and row that :meth:`style` answers (a subclass sets this and overrides ``style`` instead of ``data``: cheaper). ``sort_requested(sort_key, descending)`` when the view asks to sort a sortable column and no ``sort_ids`` hook was given: the owner re-queries and calls ``set_ids``. A page failed to load; the message is safe to show. Display texts of loaded pages, one tuple per row, made on first paint. How many pages were fetched (tests and benchmarks look at this).</extracomment>
        <translation>खुल रहा है…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — peerdesk</source>
        <extracomment>Where the window's last size is kept on this laptop (QSettings; not secret). Room left for the window's frame and title bar, which the size does not include. The person asked to lock (menu or Ctrl+L). File ▸ Backup… (the backup dialog is the lead's). File ▸ Quit or the window was closed. Another page became current (name). Every page this person may see, each built when first shown (ui/page_set.py). Keep the window's size on this laptop when it closes (not for screenshots). Pages built in an older language, rebuilt when next shown (docs/translation.md). Old pages kept (hidden) until the worker is idle: calls they started may still answer them.</extracomment>
        <translation>%1 — peerdesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>पन्ने</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>समूह</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>साइन इन</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>वॉल्ट फ़ोल्डर</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>काम चल रहा है</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>नया सेशन… (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>अभी लॉक करें (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>बैकअप… (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>मदद (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About peerdesk</source>
        <translation>peerdesk के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>About peerdesk</source>
        <translation>peerdesk के बारे में</translation>
    </message>
    <message>
        <source>peerdesk %1</source>
        <translation>peerdesk %1</translation>
    </message>
    <message>
        <source>Offline, encrypted records for peer-support groups.
Licensed under the GNU AGPL, version 3 or later.</source>
        <translation>पीयर-सपोर्ट समूहों के लिए ऑफ़लाइन, एन्क्रिप्टेड रिकॉर्ड।
GNU AGPL, संस्करण 3 या बाद के लाइसेंस के तहत।</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <source>Show</source>
        <extracomment>``Qt.ImhHiddenText | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText`` (tests compare).</extracomment>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <source>Show or hide the passphrase</source>
        <translation>पासफ़्रेज़ दिखाएँ या छिपाएँ</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>छिपाएँ</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Passphrase strength</source>
        <translation>पासफ़्रेज़ कितना मज़बूत है</translation>
    </message>
</context>
<context>
    <name>VaultDraftStore</name>
    <message>
        <source>Keeping a draft…</source>
        <translation>ड्राफ़्ट रखा जा रहा है…</translation>
    </message>
    <message>
        <source>Loading a draft…</source>
        <translation>ड्राफ़्ट खुल रहा है…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सेव हो रहा है…</translation>
    </message>
</context>
</TS>