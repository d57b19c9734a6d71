<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AdviseeTableModel</name>
    <message>
        <source>Withdrawn %1</source>
        <translation>%1 को वापस ली</translation>
    </message>
    <message>
        <source>Given %1 (%2 of 3)</source>
        <translation>%1 को दी (3 में से %2)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>दर्ज नहीं</translation>
    </message>
    <message>
        <source>a former member</source>
        <translation>पूर्व सदस्य</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Assigned advisors</source>
        <translation>ज़िम्मेदार सलाहकार</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>अभी कोई नहीं</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>सहमति</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>आख़िरी सेशन</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>अभी कोई नहीं</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Loading settings…</source>
        <extracomment>The idle-lock default (``ui.idle_lock.DEFAULT_MINUTES``; a test keeps the two equal). The unlock screen&apos;s &quot;Restore from backup…&quot; (default: :meth:`show_restore`). A main window was shown for this workspace. The vault was locked and the unlock screen is showing. ``peerdesk gui --lang``: this language whoever signs in (scripts, screenshots). The member&apos;s own language, read on the worker with the unlock (by workspace).</extracomment>
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
    <name>ConflictWords</name>
    <message>
        <source>Changed on two laptops; both changes kept</source>
        <extracomment>A text field: the person may write a new text from both (Edit).</extracomment>
        <translation>दो लैपटॉप पर बदला गया; दोनों बदलाव रखे गए</translation>
    </message>
    <message>
        <source>Deleted on one laptop while edited on another; kept. Delete it again if meant.</source>
        <translation>एक लैपटॉप पर मिटाया गया जबकि दूसरे पर बदला जा रहा था; रखा गया। सच में मिटाना हो तो फिर से मिटाएँ।</translation>
    </message>
    <message>
        <source>Escalation kept in the more cautious state; a supervisor reviews it</source>
        <translation>जोखिम सूचना ज़्यादा सावधानी वाली स्थिति में रखी गई; मार्गदर्शक इसे देखें</translation>
    </message>
    <message>
        <source>The same advisee code on two laptops; rename one</source>
        <translation>दो लैपटॉप पर सलाह लेने वाले का एक ही कोड; किसी एक का नाम बदलें</translation>
    </message>
    <message>
        <source>A second reflection for the same session; both kept</source>
        <translation>एक ही सेशन के लिए दूसरा अनुभव-नोट; दोनों रखे गए</translation>
    </message>
    <message>
        <source>Changed on another laptop while the advisee was erased; erased</source>
        <translation>सलाह लेने वाले की जानकारी मिटाते समय दूसरे लैपटॉप पर बदला गया; मिटा दिया गया</translation>
    </message>
    <message>
        <source>Settled automatically</source>
        <translation>अपने-आप सुलझा</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>सेशन</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>अनुभव-नोट</translation>
    </message>
    <message>
        <source>Advisee</source>
        <translation>सलाह लेने वाले</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>सीमा-समझौता</translation>
    </message>
    <message>
        <source>Supervision note</source>
        <translation>मार्गदर्शन नोट</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>जोखिम सूचना</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>रेफ़रल</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(ख़ाली)</translation>
    </message>
    <message>
        <source>The other: %1</source>
        <translation>दूसरा: %1</translation>
    </message>
</context>
<context>
    <name>EscalationsModel</name>
    <message>
        <source>acknowledged %1</source>
        <translation>%1 को स्वीकार की गई</translation>
    </message>
    <message>
        <source>due by %1 (%2)</source>
        <translation>%1 तक (%2)</translation>
    </message>
    <message>
        <source>Advisee</source>
        <translation>सलाह लेने वाले</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>स्तर</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>दर्ज हुई</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>स्वीकार</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
</context>
<context>
    <name>ExchangeAlerts</name>
    <message>
        <source>1 decision</source>
        <translation>1 फ़ैसला</translation>
    </message>
    <message>
        <source>%1 decisions</source>
        <translation>%1 फ़ैसले</translation>
    </message>
    <message>
        <source>Checking the exchange…</source>
        <translation>लेन-देन देखा जा रहा है…</translation>
    </message>
    <message>
        <source>Go to E&amp;xchange</source>
        <extracomment>``open_page(name)``: the person wants the Exchange page (or &quot;decisions&quot;).</extracomment>
        <translation>लेन-देन पर जाएँ (&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>तय करें… (&amp;D)</translation>
    </message>
    <message>
        <source>Decisions waiting for you: %1</source>
        <translation>आपके लिए बाक़ी फ़ैसले: %1</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>लेन-देन</translation>
    </message>
    <message>
        <source>Time to exchange</source>
        <translation>लेन-देन का समय</translation>
    </message>
    <message>
        <source>Open the Exchange page</source>
        <translation>लेन-देन पेज खोलें</translation>
    </message>
</context>
<context>
    <name>ExchangeBanners</name>
    <message>
        <source>Not yet on the supervisor&apos;s laptop — phone them.</source>
        <translation>अभी मार्गदर्शक के लैपटॉप पर नहीं है — उन्हें फ़ोन करें।</translation>
    </message>
    <message>
        <source>Not yet on any other laptop — phone the supervisor.</source>
        <translation>अभी किसी दूसरे लैपटॉप पर नहीं है — मार्गदर्शक को फ़ोन करें।</translation>
    </message>
    <message>
        <source>The escalation for %1 is not yet on the supervisor&apos;s laptop.</source>
        <comment>%1 is an advisee&apos;s code</comment>
        <translation>%1 की जोखिम सूचना अभी मार्गदर्शक के लैपटॉप पर नहीं है।</translation>
    </message>
    <message>
        <source>The escalation for %1 is not yet on any other laptop.</source>
        <comment>%1 is an advisee&apos;s code</comment>
        <translation>%1 की जोखिम सूचना अभी किसी दूसरे लैपटॉप पर नहीं है।</translation>
    </message>
    <message>
        <source>%1 escalations are not yet on the supervisor&apos;s laptop (%2).</source>
        <comment>%1 is a number, %2 a list of advisee codes</comment>
        <translation>%1 जोखिम सूचनाएँ अभी मार्गदर्शक के लैपटॉप पर नहीं हैं (%2)।</translation>
    </message>
    <message>
        <source>%1 escalations are not yet on any other laptop (%2).</source>
        <comment>%1 is a number, %2 a list of advisee codes</comment>
        <translation>%1 जोखिम सूचनाएँ अभी किसी दूसरे लैपटॉप पर नहीं हैं (%2)।</translation>
    </message>
    <message>
        <source>Phone the supervisor now, then exchange.</source>
        <translation>अभी मार्गदर्शक को फ़ोन करें, फिर लेन-देन करें।</translation>
    </message>
    <message>
        <source>1 escalation not yet sent — phone the supervisor</source>
        <translation>1 जोखिम सूचना अभी भेजी नहीं गई — मार्गदर्शक को फ़ोन करें</translation>
    </message>
    <message>
        <source>%1 escalations not yet sent — phone the supervisor</source>
        <translation>%1 जोखिम सूचनाएँ अभी भेजी नहीं गईं — मार्गदर्शक को फ़ोन करें</translation>
    </message>
    <message>
        <source>This laptop has not exchanged with the group since it joined. Exchange now so the others have what was written here.</source>
        <translation>जुड़ने के बाद से इस लैपटॉप ने समूह के साथ लेन-देन नहीं किया है। अभी लेन-देन करें ताकि यहाँ लिखा हुआ दूसरों तक पहुँचे।</translation>
    </message>
    <message>
        <source>This laptop last exchanged with the group 1 day ago. Exchange now.</source>
        <translation>इस लैपटॉप ने समूह के साथ आख़िरी लेन-देन 1 दिन पहले किया था। अभी लेन-देन करें।</translation>
    </message>
    <message>
        <source>This laptop last exchanged with the group %1 days ago. Exchange now.</source>
        <translation>इस लैपटॉप ने समूह के साथ आख़िरी लेन-देन %1 दिन पहले किया था। अभी लेन-देन करें।</translation>
    </message>
</context>
<context>
    <name>ExchangeProgress</name>
    <message>
        <source>%1 of 1 change</source>
        <extracomment>Record kinds a received bundle can change; each page refreshes for its own kinds.</extracomment>
        <translation>1 में से %1 बदलाव</translation>
    </message>
    <message>
        <source>%1 of %2 changes</source>
        <translation>%2 में से %1 बदलाव</translation>
    </message>
    <message>
        <source>Writing a bundle for laptop %1 of %2</source>
        <translation>%2 में से लैपटॉप %1 के लिए बंडल लिखा जा रहा है</translation>
    </message>
    <message>
        <source>Bundle %1 of %2</source>
        <translation>%2 में से बंडल %1</translation>
    </message>
</context>
<context>
    <name>ExchangeRefusal</name>
    <message>
        <source>This is not a join request from a new laptop. Ask for the file or the code its Join screen shows.</source>
        <translation>यह किसी नए लैपटॉप का जुड़ने का अनुरोध नहीं है। उसकी &quot;जुड़ें&quot; स्क्रीन पर दिखी फ़ाइल या कोड माँगें।</translation>
    </message>
    <message>
        <source>This is too large to be a join request; it was not opened.</source>
        <translation>यह जुड़ने के अनुरोध के हिसाब से बहुत बड़ा है; इसे खोला नहीं गया।</translation>
    </message>
    <message>
        <source>The new laptop has a newer peerdesk. Update peerdesk on this laptop first, then read the request again.</source>
        <translation>नए लैपटॉप पर peerdesk का नया वर्ज़न है। पहले इस लैपटॉप पर peerdesk अपडेट करें, फिर अनुरोध दोबारा पढ़ें।</translation>
    </message>
    <message>
        <source>This join request is damaged or was changed on the way. Ask for a new one; do not add this laptop.</source>
        <translation>यह जुड़ने का अनुरोध ख़राब है या रास्ते में बदला गया है। नया अनुरोध माँगें; इस लैपटॉप को न जोड़ें।</translation>
    </message>
    <message>
        <source>This file is not a peerdesk bundle.</source>
        <translation>यह फ़ाइल peerdesk बंडल नहीं है।</translation>
    </message>
    <message>
        <source>This bundle is larger than peerdesk accepts; it was not opened.</source>
        <translation>यह बंडल peerdesk की सीमा से बड़ा है; इसे खोला नहीं गया।</translation>
    </message>
    <message>
        <source>This bundle was made by a newer peerdesk. Update peerdesk on this laptop, then open it again.</source>
        <translation>यह बंडल peerdesk के नए वर्ज़न से बना है। इस लैपटॉप पर peerdesk अपडेट करें, फिर इसे दोबारा खोलें।</translation>
    </message>
    <message>
        <source>This bundle comes from another group&apos;s peerdesk, not yours.</source>
        <translation>यह बंडल किसी दूसरे समूह के peerdesk से आया है, आपके समूह से नहीं।</translation>
    </message>
    <message>
        <source>This bundle was made for another laptop, not this one.</source>
        <translation>यह बंडल किसी दूसरे लैपटॉप के लिए बना है, इसके लिए नहीं।</translation>
    </message>
    <message>
        <source>This bundle comes from a laptop that was removed from the group.</source>
        <translation>यह बंडल ऐसे लैपटॉप से आया है जिसे समूह से हटा दिया गया है।</translation>
    </message>
    <message>
        <source>This bundle comes from a laptop this one does not know yet. Add that laptop to the group first.</source>
        <translation>यह बंडल ऐसे लैपटॉप से आया है जिसे यह लैपटॉप अभी नहीं जानता। पहले उस लैपटॉप को समूह में जोड़ें।</translation>
    </message>
    <message>
        <source>This bundle is damaged or was changed after it was made. Ask for a new one.</source>
        <translation>यह बंडल ख़राब है या बनने के बाद बदला गया है। नया बंडल माँगें।</translation>
    </message>
    <message>
        <source>This file was made for %1, not this one.</source>
        <comment>%1 is a laptop&apos;s name, e.g. Asha&apos;s laptop</comment>
        <translation>यह फ़ाइल %1 के लिए बनी है, इस लैपटॉप के लिए नहीं।</translation>
    </message>
    <message>
        <source>This file was made for other laptops (%1), not this one.</source>
        <comment>%1 is a list of laptop names</comment>
        <translation>यह फ़ाइल दूसरे लैपटॉप (%1) के लिए बनी है, इस लैपटॉप के लिए नहीं।</translation>
    </message>
    <message>
        <source>This bundle comes from %1, which was removed from the group.</source>
        <comment>%1 is a laptop&apos;s name</comment>
        <translation>यह बंडल %1 से आया है, जिसे समूह से हटा दिया गया है।</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>कुछ भी नहीं बदला गया।</translation>
    </message>
</context>
<context>
    <name>JoinCodeView</name>
    <message>
        <source>Join code as a QR code</source>
        <translation>QR कोड में जुड़ने का कोड</translation>
    </message>
    <message>
        <source>Safety number</source>
        <translation>सुरक्षा नंबर</translation>
    </message>
    <message>
        <source>The coordinator&apos;s laptop shows a number when it reads this request. Compare the two, digit by digit, on the phone or side by side. If they differ, do not go on: the request was changed on the way.</source>
        <translation>यह अनुरोध पढ़ने पर संयोजक का लैपटॉप एक नंबर दिखाएगा। दोनों को अंक-दर-अंक मिलाएँ, फ़ोन पर या पास-पास रखकर। अगर अलग हों तो आगे न बढ़ें: रास्ते में अनुरोध बदला गया है।</translation>
    </message>
    <message>
        <source>No file to hand over? Scan this code with a phone, send the text to the coordinator, and they paste it into Add a laptop.</source>
        <translation>देने के लिए फ़ाइल नहीं है? फ़ोन से यह कोड स्कैन करें, टेक्स्ट संयोजक को भेजें, और वे उसे &quot;लैपटॉप जोड़ें&quot; में पेस्ट करें।</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>&amp;Language / भाषा</source>
        <translation>भाषा / Language (&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>The person chose a language (its code: &quot;en&quot;, &quot;hi&quot;).</extracomment>
        <translation>भाषा</translation>
    </message>
</context>
<context>
    <name>LaptopsModel</name>
    <message>
        <source>%1 (this laptop)</source>
        <translation>%1 (यह लैपटॉप)</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <comment>a laptop removed from the group</comment>
        <translation>%1 (हटाया गया)</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>अप-टू-डेट</translation>
    </message>
    <message>
        <source>1 change to send</source>
        <translation>भेजने को 1 बदलाव</translation>
    </message>
    <message>
        <source>%1 changes to send</source>
        <translation>भेजने को %1 बदलाव</translation>
    </message>
    <message>
        <source>1 change not confirmed yet</source>
        <translation>1 बदलाव की पुष्टि बाक़ी</translation>
    </message>
    <message>
        <source>%1 changes not confirmed yet</source>
        <translation>%1 बदलावों की पुष्टि बाक़ी</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>nothing received from / sent to that laptop yet</comment>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>लैपटॉप</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>इस्तेमाल करने वाले</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>आख़िरी बार मिला</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>आख़िरी बार भेजा</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>बाक़ी</translation>
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
        <extracomment>Where the window&apos;s last size is kept on this laptop (QSettings; not secret). Room left for the window&apos;s frame and title bar, which the size does not include. The person asked to lock (menu or Ctrl+L). File ▸ Backup… (the backup dialog is the lead&apos;s). File ▸ Quit or the window was closed. Another page became current (name). Every page this person may see, each built when first shown (ui/page_set.py). Keep the window&apos;s size on this laptop when it closes (not for screenshots). Pages built in an older language, rebuilt when next shown (docs/translation.md). Old pages kept (hidden) until the worker is idle: calls they started may still answer them. The language the window&apos;s texts are in (a change to the same one is no change).</extracomment>
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
        <translation>साइन इन किए हुए</translation>
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
    <name>MemberTableModel</name>
    <message>
        <source>None recorded</source>
        <translation>कुछ दर्ज नहीं</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 रिकॉर्ड</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 रिकॉर्ड</translation>
    </message>
    <message>
        <source>%1, last %2</source>
        <translation>%1, पिछला %2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>No login</source>
        <translation>लॉगिन नहीं</translation>
    </message>
    <message>
        <source>User names this member signs in with</source>
        <translation>ये सदस्य इन यूज़र नामों से साइन इन करते हैं</translation>
    </message>
    <message>
        <source>This member cannot sign in</source>
        <translation>ये सदस्य साइन इन नहीं कर सकते</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>भूमिकाएँ</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>ट्रेनिंग</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>लॉगिन</translation>
    </message>
</context>
<context>
    <name>PageContext</name>
    <message>
        <source>Loading…</source>
        <translation>खुल रहा है…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सेव हो रहा है…</translation>
    </message>
</context>
<context>
    <name>PageRenderer</name>
    <message>
        <source>The pages of this report could not be drawn.</source>
        <extracomment>PDFium may only be used by one thread at a time. Resolution for the preview on screen. Most a printer page is rendered at: sharp text without huge images.</extracomment>
        <translation>इस रिपोर्ट के पन्ने नहीं बन सके।</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <source>Show</source>
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
    <name>PrintJob</name>
    <message>
        <source>This report could not be read for printing.</source>
        <translation>छापने के लिए यह रिपोर्ट पढ़ी नहीं जा सकी।</translation>
    </message>
    <message>
        <source>The printer could not be started. Check it and try again.</source>
        <translation>प्रिंटर शुरू नहीं हो सका। उसे जाँचें और फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>Printing stopped: a page could not be drawn.</source>
        <translation>छपाई रुक गई: एक पन्ना नहीं बन सका।</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type to search…</source>
        <extracomment>Emitted with the id when a record is chosen, and with None when the text no longer names one. A record was chosen from the offered matches (Enter or a click): forms move on.</extracomment>
        <translation>खोजने के लिए लिखें…</translation>
    </message>
</context>
<context>
    <name>ReflectionTableModel</name>
    <message>
        <source>Reviewed</source>
        <translation>देखा गया</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>इंतज़ार में</translation>
    </message>
    <message>
        <source>Supervision request</source>
        <translation>मार्गदर्शन का अनुरोध</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>सेशन</translation>
    </message>
    <message>
        <source>Advisee</source>
        <translation>सलाह लेने वाले</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>सलाहकार</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>कब लिखा</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>समीक्षा</translation>
    </message>
</context>
<context>
    <name>SafetyNumberLabel</name>
    <message>
        <source>Safety number</source>
        <translation>सुरक्षा नंबर</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Advisee</source>
        <translation>सलाह लेने वाले</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>सलाहकार</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>जोखिम</translation>
    </message>
    <message>
        <source>Risk noticed</source>
        <translation>जोखिम दिखा</translation>
    </message>
    <message>
        <source>Risk was noticed in this session</source>
        <translation>इस सेशन में जोखिम दिखा</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>अनुभव-नोट</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>लिखा गया</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>अभी नहीं</translation>
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
<context>
    <name>Worker</name>
    <message>
        <source>Something went wrong; nothing was saved.</source>
        <extracomment>What a person sees when a call fails in a way nobody planned for (in English; shown through :func:`generic_error`, in the interface&apos;s language).</extracomment>
        <translation>कुछ गड़बड़ हो गई; कुछ भी सेव नहीं हुआ।</translation>
    </message>
    <message>
        <source>Working…</source>
        <extracomment>A result arrived for a task that was cancelled meanwhile. Connect this when the result holds something to release (an opened workspace must still be locked).</extracomment>
        <translation>काम चल रहा है…</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>%1 min</source>
        <extracomment>The app reads every vocabulary&apos;s words from here (peerdesk/domain/wording.py).</extracomment>
        <translation>%1 मिनट</translation>
    </message>
    <message>
        <source>1 h %2 min</source>
        <translation>1 घंटा %2 मिनट</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 घंटा</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 घंटे %2 मिनट</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 घंटे</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>a deadline still ahead</comment>
        <translation>%1 में</translation>
    </message>
    <message>
        <source>%1 OVERDUE</source>
        <translation>समय-सीमा पार: %1!</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 से समय-सीमा पार</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>कोई समय-सीमा नहीं</translation>
    </message>
    <message>
        <source>OVERDUE since %1</source>
        <translation>%1 से समय-सीमा पार</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>आज तक</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 तक</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 दिन</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 दिन</translation>
    </message>
    <message>
        <source>Must be acknowledged within %1.</source>
        <translation>%1 के अंदर स्वीकार करना ज़रूरी है।</translation>
    </message>
    <message>
        <source>day</source>
        <extracomment>The units a length of time is edited in (Settings), largest first: (minutes, name).</extracomment>
        <translation>दिन</translation>
    </message>
    <message>
        <source>days</source>
        <translation>दिन</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>घंटा</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>घंटे</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>मिनट</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>मिनट</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <source>Too weak</source>
        <extracomment>``Qt.ImhHiddenText | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText`` (tests compare). Marked for the catalog; shown through :attr:`Strength.level` in the interface&apos;s language.</extracomment>
        <translation>बहुत कमज़ोर</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>कमज़ोर</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>ठीक-ठाक</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>अच्छा</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>मज़बूत</translation>
    </message>
    <message>
        <source>Use at least %1 characters, or %2 or more words.</source>
        <translation>कम से कम %1 अक्षर, या %2 या ज़्यादा शब्द रखें।</translation>
    </message>
    <message>
        <source>This is one of the first passphrases anyone would try. Pick words only you would think of.</source>
        <translation>यह उन पासफ़्रेज़ में से है जो कोई भी सबसे पहले आज़माएगा। ऐसे शब्द चुनें जो सिर्फ़ आपको सूझें।</translation>
    </message>
    <message>
        <source>Repeating the same characters is easy to guess. Use different words.</source>
        <translation>एक ही अक्षर दोहराना आसानी से पकड़ में आता है। अलग-अलग शब्द रखें।</translation>
    </message>
    <message>
        <source>Only digits (like a phone number or a date) are easy to guess. Use words.</source>
        <translation>सिर्फ़ अंक (जैसे फ़ोन नंबर या तारीख़) आसानी से पकड़ में आते हैं। शब्द रखें।</translation>
    </message>
    <message>
        <source>Keyboard rows and counting sequences are easy to guess. Use words instead.</source>
        <translation>कीबोर्ड की लाइन या गिनती का क्रम आसानी से पकड़ में आता है। इसकी जगह शब्द रखें।</translation>
    </message>
    <message>
        <source>Too short: add 1 more character, or use %2 or more words.</source>
        <translation>बहुत छोटा: 1 अक्षर और जोड़ें, या %2 या ज़्यादा शब्द रखें।</translation>
    </message>
    <message>
        <source>Too short: add %3 more characters, or use %2 or more words.</source>
        <translation>बहुत छोटा: %3 अक्षर और जोड़ें, या %2 या ज़्यादा शब्द रखें।</translation>
    </message>
    <message>
        <source>Acceptable. A few more words would make it much stronger.</source>
        <translation>चलेगा। कुछ और शब्द इसे काफ़ी मज़बूत बना देंगे।</translation>
    </message>
    <message>
        <source>Good. Longer is still better.</source>
        <translation>अच्छा। और लंबा हो तो और बेहतर।</translation>
    </message>
    <message>
        <source>Strong passphrase.</source>
        <translation>मज़बूत पासफ़्रेज़।</translation>
    </message>
</context>
</TS>
