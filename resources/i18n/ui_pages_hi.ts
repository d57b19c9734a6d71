<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AdviseesPage</name>
    <message>
        <source>&amp;New advisee</source>
        <translation>सलाह लेने वाले जोड़ें (&amp;N)</translation>
    </message>
    <message>
        <source>Add an advisee (Alt+N)</source>
        <translation>सलाह लेने वाले जोड़ें (Alt+N)</translation>
    </message>
    <message>
        <source>Code starts with… e.g. PS-01</source>
        <translation>कोड की शुरुआत… जैसे PS-01</translation>
    </message>
    <message>
        <source>Find by code</source>
        <translation>कोड से ढूँढें</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>कोई भी स्थिति</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>स्थिति (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>verb: open the chosen advisee</comment>
        <translation>खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>H&amp;istory…</source>
        <translation>इतिहास… (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>बदलें (&amp;E)</translation>
    </message>
    <message>
        <source>Loading advisees…</source>
        <translation>सलाह लेने वालों की सूची लोड हो रही है…</translation>
    </message>
    <message>
        <source>1 advisee assigned to you</source>
        <translation>आपको सौंपे गए 1 सलाह लेने वाले</translation>
    </message>
    <message>
        <source>%1 advisees assigned to you</source>
        <translation>आपको सौंपे गए %1 सलाह लेने वाले</translation>
    </message>
    <message>
        <source>1 advisee</source>
        <translation>1 सलाह लेने वाले</translation>
    </message>
    <message>
        <source>%1 advisees</source>
        <translation>%1 सलाह लेने वाले</translation>
    </message>
    <message>
        <source>No advisees match. Clear the code or choose “Any status”.</source>
        <translation>कोई सलाह लेने वाले नहीं मिले। कोड मिटाएँ या “कोई भी स्थिति” चुनें।</translation>
    </message>
    <message>
        <source>No advisees yet.
Press Alt+N to add the first one; a code is suggested.</source>
        <translation>अभी कोई सलाह लेने वाले नहीं हैं।
पहले को जोड़ने के लिए Alt+N दबाएँ; कोड अपने-आप सुझाया जाएगा।</translation>
    </message>
    <message>
        <source>No advisees are assigned to you yet. Your coordinator assigns them.</source>
        <translation>अभी आपको कोई सलाह लेने वाले नहीं सौंपे गए हैं। आपके संयोजक उन्हें सौंपते हैं।</translation>
    </message>
    <message>
        <source>No advisees yet.</source>
        <translation>अभी कोई सलाह लेने वाले नहीं हैं।</translation>
    </message>
    <message>
        <source>this advisee</source>
        <translation>ये सलाह लेने वाले</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>Boundary agreements</source>
        <translation>सीमा-समझौते</translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation>नया सीमा-समझौता…</translation>
    </message>
    <message>
        <source>I acknowledge this agreement</source>
        <translation>यह समझौता मुझे स्वीकार है</translation>
    </message>
    <message>
        <source>How the advisee acknowledged</source>
        <translation>सलाह लेने वाले ने कैसे स्वीकार किया</translation>
    </message>
    <message>
        <source>Record: advisee acknowledged today</source>
        <translation>दर्ज करें: सलाह लेने वाले ने आज स्वीकार किया</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>सलाहकार</translation>
    </message>
    <message>
        <source>Advisee</source>
        <translation>सलाह लेने वाले</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>समीक्षा की तारीख़</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>ध्यान देना है</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>समझौता</translation>
    </message>
    <message>
        <source>No agreements yet.</source>
        <translation>अभी कोई समझौता नहीं है।</translation>
    </message>
    <message>
        <source>Loading agreements…</source>
        <translation>समझौते लोड हो रहे हैं…</translation>
    </message>
    <message>
        <source>1 agreement</source>
        <translation>1 समझौता</translation>
    </message>
    <message>
        <source>%1 agreements</source>
        <translation>%1 समझौते</translation>
    </message>
    <message>
        <source>%1 serious, first</source>
        <translation>%1 गंभीर, सबसे ऊपर</translation>
    </message>
    <message>
        <source>%1 with smaller drift</source>
        <translation>%1 में थोड़ा भटकाव</translation>
    </message>
    <message>
        <source>Loading agreement…</source>
        <translation>समझौता लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Status: %1 · from %2</source>
        <translation>स्थिति: %1 · %2 से</translation>
    </message>
    <message>
        <source>%1 · review %2</source>
        <translation>%1 · समीक्षा %2</translation>
    </message>
    <message>
        <source>%1 · ends %2</source>
        <translation>%1 · ख़त्म %2</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>कोई भी दिन</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>कोई भी समय</translation>
    </message>
    <message>
        <source>Contact: %1; %2; %3</source>
        <translation>संपर्क: %1; %2; %3</translation>
    </message>
    <message>
        <source>At most %1 a month, %2 each.</source>
        <translation>महीने में ज़्यादा से ज़्यादा %1, हर एक %2 का।</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 सेशन</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 सेशन</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 मिनट</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 मिनट</translation>
    </message>
    <message>
        <source>At most %1 a month, of any length.</source>
        <translation>महीने में ज़्यादा से ज़्यादा %1, कितने भी लंबे।</translation>
    </message>
    <message>
        <source>Any number of sessions a month, %1 each.</source>
        <translation>महीने में कितने भी सेशन, हर एक %1 का।</translation>
    </message>
    <message>
        <source>Any number of sessions a month, of any length.</source>
        <translation>महीने में कितने भी सेशन, कितने भी लंबे।</translation>
    </message>
    <message>
        <source>Drift alerts, most serious first:</source>
        <translation>भटकाव की चेतावनियाँ, सबसे गंभीर पहले:</translation>
    </message>
    <message>
        <source>No drift: practice matches the agreement.</source>
        <translation>कोई भटकाव नहीं: काम समझौते के मुताबिक़ है।</translation>
    </message>
    <message>
        <source>SERIOUS: %1</source>
        <translation>गंभीर: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a date and how it was acknowledged</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>अभी नहीं</translation>
    </message>
    <message>
        <source>Advisee acknowledged: %1</source>
        <translation>सलाह लेने वाले ने स्वीकार किया: %1</translation>
    </message>
    <message>
        <source>Advisor acknowledged: %1</source>
        <translation>सलाहकार ने स्वीकार किया: %1</translation>
    </message>
    <message>
        <source>Clauses:</source>
        <translation>शर्तें:</translation>
    </message>
    <message>
        <source>Other terms:</source>
        <translation>दूसरी शर्तें:</translation>
    </message>
    <message>
        <source>Breaches logged: %1</source>
        <translation>दर्ज उल्लंघन: %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Acknowledgement recorded.</source>
        <translation>स्वीकार करना दर्ज हो गया।</translation>
    </message>
    <message>
        <source>Agreement saved.</source>
        <translation>समझौता सेव हो गया।</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>All time</source>
        <extracomment>(key, English words shown in the &quot;AuditPage&quot; context, days back from now; None: no limit).</extracomment>
        <translation>शुरू से अब तक</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>पिछले 24 घंटे</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>पिछले 7 दिन</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>पिछले 30 दिन</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>पिछले 12 महीने</translation>
    </message>
    <message>
        <source>in all</source>
        <extracomment>How the folded openings line names each period (&quot;Opened 14 times in the last 7 days&quot;).</extracomment>
        <translation>कुल</translation>
    </message>
    <message>
        <source>in the last 24 hours</source>
        <translation>पिछले 24 घंटों में</translation>
    </message>
    <message>
        <source>in the last 7 days</source>
        <translation>पिछले 7 दिनों में</translation>
    </message>
    <message>
        <source>in the last 30 days</source>
        <translation>पिछले 30 दिनों में</translation>
    </message>
    <message>
        <source>in the last 12 months</source>
        <translation>पिछले 12 महीनों में</translation>
    </message>
    <message>
        <source>Not opened %1.</source>
        <translation>%1 एक बार भी नहीं खोला गया।</translation>
    </message>
    <message>
        <source>1 time</source>
        <translation>1 बार</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1 बार</translation>
    </message>
    <message>
        <source>Opened %1 %2 (%3).</source>
        <translation>%2 %1 खोला गया (%3)।</translation>
    </message>
    <message>
        <source>Verify the vault</source>
        <translation>वॉल्ट जाँचें</translation>
    </message>
    <message>
        <source>Checks the database, the audit chain and the logins. Takes a few seconds on a large vault.</source>
        <translation>डेटाबेस, ऑडिट की कड़ी और लॉगिन जाँचता है। बड़े वॉल्ट में कुछ सेकंड लगते हैं।</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>जाँच का नतीजा</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>काम का प्रकार</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Show each opening and locking</source>
        <translation>हर बार खोलना और लॉक करना दिखाएँ</translation>
    </message>
    <message>
        <source>Openings of the vault</source>
        <translation>वॉल्ट कितनी बार खुला</translation>
    </message>
    <message>
        <source>#</source>
        <comment>the number of an audit entry</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>किसने</translation>
    </message>
    <message>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>ऑडिट में दर्ज काम</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>किसने:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>प्रकार:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>कब:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>सभी</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>हर प्रकार</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>ऑडिट लॉग लोड हो रहा है…</translation>
    </message>
    <message>
        <source>1 recorded action matches</source>
        <translation>दर्ज 1 काम मिला</translation>
    </message>
    <message>
        <source>%1 recorded actions match</source>
        <translation>दर्ज %1 काम मिले</translation>
    </message>
    <message>
        <source>1 recorded action</source>
        <translation>दर्ज 1 काम</translation>
    </message>
    <message>
        <source>%1 recorded actions</source>
        <translation>दर्ज %1 काम</translation>
    </message>
    <message>
        <source>%1, newest first. Each one is chained to the one before, so a change or a deletion shows up here.</source>
        <translation>%1, सबसे नया पहले। हर एक अपने पिछले से जुड़ा है, इसलिए कोई बदलाव या मिटाना यहाँ दिख जाता है।</translation>
    </message>
    <message>
        <source>%1 Each opening and locking is folded into this line.</source>
        <translation>%1 हर बार खोलना और लॉक करना इसी एक लाइन में गिना गया है।</translation>
    </message>
    <message>
        <source>Checking… (this can take a few seconds)</source>
        <translation>जाँच हो रही है… (कुछ सेकंड लग सकते हैं)</translation>
    </message>
    <message>
        <source>Verifying the vault…</source>
        <translation>वॉल्ट की जाँच हो रही है…</translation>
    </message>
    <message>
        <source>All checks passed: ok.</source>
        <translation>सारी जाँच ठीक रही।</translation>
    </message>
    <message>
        <source>PROBLEMS FOUND. Do not make changes; make a backup and ask for help.</source>
        <translation>गड़बड़ी मिली। कोई बदलाव न करें; बैकअप बनाएँ और मदद माँगें।</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>account added</source>
        <translation>लॉगिन जोड़ा गया</translation>
    </message>
    <message>
        <source>account passphrase changed</source>
        <translation>लॉगिन का पासफ़्रेज़ बदला गया</translation>
    </message>
    <message>
        <source>account removed</source>
        <translation>लॉगिन हटाया गया</translation>
    </message>
    <message>
        <source>account reset</source>
        <translation>लॉगिन रीसेट किया गया</translation>
    </message>
    <message>
        <source>advisee created</source>
        <translation>सलाह लेने वाले जोड़े गए</translation>
    </message>
    <message>
        <source>advisee deleted</source>
        <translation>सलाह लेने वाले हटाए गए</translation>
    </message>
    <message>
        <source>advisee erased</source>
        <translation>सलाह लेने वाले का रिकॉर्ड मिटाया गया</translation>
    </message>
    <message>
        <source>advisee updated</source>
        <translation>सलाह लेने वाले का ब्योरा बदला गया</translation>
    </message>
    <message>
        <source>agreement acknowledged</source>
        <translation>समझौता स्वीकार किया गया</translation>
    </message>
    <message>
        <source>agreement created</source>
        <translation>समझौता बनाया गया</translation>
    </message>
    <message>
        <source>agreement deleted</source>
        <translation>समझौता हटाया गया</translation>
    </message>
    <message>
        <source>agreement status changed</source>
        <translation>समझौते की स्थिति बदली गई</translation>
    </message>
    <message>
        <source>agreement updated</source>
        <translation>समझौता बदला गया</translation>
    </message>
    <message>
        <source>breach logged</source>
        <translation>उल्लंघन दर्ज किया गया</translation>
    </message>
    <message>
        <source>demo generated</source>
        <translation>डेमो डेटा बनाया गया</translation>
    </message>
    <message>
        <source>device baseline</source>
        <translation>डिवाइस की शुरुआती जानकारी दर्ज</translation>
    </message>
    <message>
        <source>device created</source>
        <translation>डिवाइस जोड़ा गया</translation>
    </message>
    <message>
        <source>escalation disclosure logged</source>
        <translation>जोखिम सूचना: बाहर दी गई जानकारी दर्ज</translation>
    </message>
    <message>
        <source>escalation note added</source>
        <translation>जोखिम सूचना में नोट जोड़ा गया</translation>
    </message>
    <message>
        <source>escalation raised</source>
        <translation>जोखिम सूचना दर्ज की गई</translation>
    </message>
    <message>
        <source>escalation transition</source>
        <translation>जोखिम सूचना की स्थिति बदली गई</translation>
    </message>
    <message>
        <source>export written</source>
        <translation>एक्सपोर्ट फ़ाइल बनाई गई</translation>
    </message>
    <message>
        <source>import records</source>
        <translation>रिकॉर्ड इंपोर्ट किए गए</translation>
    </message>
    <message>
        <source>import csv</source>
        <translation>CSV फ़ाइल इंपोर्ट की गई</translation>
    </message>
    <message>
        <source>import json</source>
        <translation>JSON फ़ाइल इंपोर्ट की गई</translation>
    </message>
    <message>
        <source>member created</source>
        <translation>सदस्य जोड़े गए</translation>
    </message>
    <message>
        <source>member updated</source>
        <translation>सदस्य का ब्योरा बदला गया</translation>
    </message>
    <message>
        <source>referral created</source>
        <translation>रेफ़रल सूची में जोड़ा गया</translation>
    </message>
    <message>
        <source>referral deleted</source>
        <translation>रेफ़रल सूची से हटाया गया</translation>
    </message>
    <message>
        <source>referral updated</source>
        <translation>रेफ़रल सूची में बदलाव किया गया</translation>
    </message>
    <message>
        <source>referral verified</source>
        <translation>रेफ़रल जाँचा गया</translation>
    </message>
    <message>
        <source>reflection created</source>
        <translation>अनुभव-नोट लिखा गया</translation>
    </message>
    <message>
        <source>reflection reviewed</source>
        <translation>अनुभव-नोट देखा गया</translation>
    </message>
    <message>
        <source>reflection updated</source>
        <translation>अनुभव-नोट बदला गया</translation>
    </message>
    <message>
        <source>report issued</source>
        <translation>रिपोर्ट बनाई गई</translation>
    </message>
    <message>
        <source>role granted</source>
        <translation>भूमिका दी गई</translation>
    </message>
    <message>
        <source>role revoked</source>
        <translation>भूमिका वापस ली गई</translation>
    </message>
    <message>
        <source>session created</source>
        <translation>सेशन दर्ज किया गया</translation>
    </message>
    <message>
        <source>session deleted</source>
        <translation>सेशन हटाया गया</translation>
    </message>
    <message>
        <source>session updated</source>
        <translation>सेशन बदला गया</translation>
    </message>
    <message>
        <source>settings language changed</source>
        <translation>भाषा बदली गई</translation>
    </message>
    <message>
        <source>settings theme added</source>
        <translation>सेशन का विषय जोड़ा गया</translation>
    </message>
    <message>
        <source>settings theme changed</source>
        <translation>सेशन का विषय बदला गया</translation>
    </message>
    <message>
        <source>settings updated</source>
        <translation>सेटिंग्स बदली गईं</translation>
    </message>
    <message>
        <source>supervision note action done</source>
        <translation>मार्गदर्शन में तय काम पूरा हुआ</translation>
    </message>
    <message>
        <source>supervision note created</source>
        <translation>मार्गदर्शन नोट लिखा गया</translation>
    </message>
    <message>
        <source>supervision note deleted</source>
        <translation>मार्गदर्शन नोट हटाया गया</translation>
    </message>
    <message>
        <source>supervision note updated</source>
        <translation>मार्गदर्शन नोट बदला गया</translation>
    </message>
    <message>
        <source>vault backup</source>
        <translation>वॉल्ट का बैकअप बनाया गया</translation>
    </message>
    <message>
        <source>vault content baseline</source>
        <translation>वॉल्ट की सामग्री की शुरुआती जाँच दर्ज</translation>
    </message>
    <message>
        <source>vault created</source>
        <translation>वॉल्ट बनाया गया</translation>
    </message>
    <message>
        <source>vault key rotated</source>
        <translation>वॉल्ट की डेटा कुंजी बदली गई</translation>
    </message>
    <message>
        <source>vault locked</source>
        <translation>वॉल्ट लॉक किया गया</translation>
    </message>
    <message>
        <source>vault restored</source>
        <translation>वॉल्ट बैकअप से वापस लाया गया</translation>
    </message>
    <message>
        <source>vault unlocked</source>
        <translation>वॉल्ट खोला गया</translation>
    </message>
    <message>
        <source>Logins</source>
        <translation>लॉगिन</translation>
    </message>
    <message>
        <source>Advisees</source>
        <translation>सलाह लेने वाले</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>समझौते</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>उल्लंघन</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>डेमो डेटा</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>जोखिम सूचनाएँ</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>एक्सपोर्ट</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>इंपोर्ट</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <source>Referral directory</source>
        <translation>रेफ़रल सूची</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>अनुभव-नोट</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>रिपोर्ट</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>सेशन</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>मार्गदर्शन</translation>
    </message>
    <message>
        <source>Vault: open, lock, backup</source>
        <translation>वॉल्ट: खोलना, लॉक, बैकअप</translation>
    </message>
    <message>
        <source>Advisee</source>
        <extracomment>The noun of each kind of record in the &quot;Record&quot; column; a kind not listed (a newer version&apos;s) is named by its key, as the core names it.</extracomment>
        <translation>सलाह लेने वाले</translation>
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
        <source>Agreement</source>
        <translation>समझौता</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>उल्लंघन</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>जोखिम सूचना</translation>
    </message>
    <message>
        <source>Supervision note</source>
        <translation>मार्गदर्शन नोट</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>लॉगिन</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>रेफ़रल</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>रिपोर्ट</translation>
    </message>
    <message>
        <source>The vault</source>
        <translation>वॉल्ट</translation>
    </message>
    <message>
        <source>device</source>
        <extracomment>This laptop&apos;s keys, added to the vault (the core names it by its key).</extracomment>
        <translation>डिवाइस</translation>
    </message>
    <message>
        <source>accountability</source>
        <extracomment>The kind of an issued report, after the noun &quot;Report&quot; (&quot;Report · accountability&quot;). The kind of a report: the accountability report.</extracomment>
        <translation>जवाबदेही</translation>
    </message>
    <message>
        <source>advisor</source>
        <extracomment>The kind of a report: an advisor report (one advisor&apos;s practice).</extracomment>
        <translation>सलाहकार</translation>
    </message>
    <message>
        <source>escalation</source>
        <extracomment>The kind of a report: the full record of one escalation.</extracomment>
        <translation>जोखिम सूचना का पूरा ब्योरा</translation>
    </message>
    <message>
        <source>an erased advisee</source>
        <translation>सलाह लेने वाले (ब्योरा मिटाया गया)</translation>
    </message>
    <message>
        <source>session of %1</source>
        <translation>%1 का सेशन</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>%1 के साथ</translation>
    </message>
    <message>
        <source>erased</source>
        <comment>an advisee</comment>
        <translation>ब्योरा मिटाया गया</translation>
    </message>
    <message>
        <source>Login of %1</source>
        <translation>%1 का लॉगिन</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (रिकॉर्ड हटाया गया)</translation>
    </message>
</context>
<context>
    <name>DriftWords</name>
    <message>
        <source>a month</source>
        <translation>किसी महीने</translation>
    </message>
    <message>
        <source>Review %1 months overdue</source>
        <translation>समीक्षा %1 महीने से समय-सीमा पार</translation>
    </message>
    <message>
        <source>Review %1 weeks overdue</source>
        <translation>समीक्षा %1 हफ़्ते से समय-सीमा पार</translation>
    </message>
    <message>
        <source>Review overdue by 1 day</source>
        <translation>समीक्षा 1 दिन से समय-सीमा पार</translation>
    </message>
    <message>
        <source>Review overdue by %1 days</source>
        <translation>समीक्षा %1 दिन से समय-सीमा पार</translation>
    </message>
    <message>
        <source>%1 sessions in %2 (agreed: %3)</source>
        <translation>%2 में %1 सेशन (तय: %3)</translation>
    </message>
    <message>
        <source>Advisee has not acknowledged</source>
        <translation>सलाह लेने वाले ने स्वीकार नहीं किया</translation>
    </message>
    <message>
        <source>Advisor has not acknowledged</source>
        <translation>सलाहकार ने स्वीकार नहीं किया</translation>
    </message>
    <message>
        <source>1 session longer than agreed</source>
        <translation>1 सेशन तय समय से लंबा</translation>
    </message>
    <message>
        <source>%1 sessions longer than agreed</source>
        <translation>%1 सेशन तय समय से लंबे</translation>
    </message>
    <message>
        <source>1 session on a day not agreed</source>
        <translation>1 सेशन ऐसे दिन जो तय नहीं था</translation>
    </message>
    <message>
        <source>%1 sessions on days not agreed</source>
        <translation>%1 सेशन ऐसे दिनों पर जो तय नहीं थे</translation>
    </message>
    <message>
        <source>1 session outside the agreed hours</source>
        <translation>1 सेशन तय घंटों के बाहर</translation>
    </message>
    <message>
        <source>%1 sessions outside the agreed hours</source>
        <translation>%1 सेशन तय घंटों के बाहर</translation>
    </message>
    <message>
        <source>1 session on a channel not agreed</source>
        <translation>1 सेशन ऐसे माध्यम से जो तय नहीं था</translation>
    </message>
    <message>
        <source>%1 sessions on channels not agreed</source>
        <translation>%1 सेशन ऐसे माध्यमों से जो तय नहीं थे</translation>
    </message>
    <message>
        <source>1 breach logged</source>
        <translation>1 उल्लंघन दर्ज</translation>
    </message>
    <message>
        <source>%1 breaches logged</source>
        <translation>%1 उल्लंघन दर्ज</translation>
    </message>
    <message>
        <source>%1 · +%2 more</source>
        <translation>%1 · +%2 और</translation>
    </message>
    <message>
        <source>Session on %1 used a channel the agreement does not allow.</source>
        <translation>%1 का सेशन ऐसे माध्यम से हुआ जिसकी समझौते में इजाज़त नहीं है।</translation>
    </message>
    <message>
        <source>Session on %1 lasted %2 minutes; the agreement allows %3.</source>
        <translation>%1 का सेशन %2 मिनट चला; समझौते में %3 मिनट तय हैं।</translation>
    </message>
    <message>
        <source>Session on %1 was on a day outside the agreed contact days.</source>
        <translation>%1 का सेशन ऐसे दिन हुआ जो संपर्क के तय दिनों में नहीं है।</translation>
    </message>
    <message>
        <source>Session on %1 was outside the agreed contact hours (%2).</source>
        <translation>%1 का सेशन संपर्क के तय समय (%2) के बाहर हुआ।</translation>
    </message>
    <message>
        <source>%1 sessions in %2; the agreement allows %3 a month.</source>
        <translation>%2 में %1 सेशन; समझौते में महीने में %3 तय हैं।</translation>
    </message>
    <message>
        <source>The review date, %1, has passed.</source>
        <translation>समीक्षा की तारीख़, %1, निकल चुकी है।</translation>
    </message>
    <message>
        <source>The advisee has not acknowledged this agreement.</source>
        <translation>सलाह लेने वाले ने यह समझौता अभी स्वीकार नहीं किया है।</translation>
    </message>
    <message>
        <source>The advisor has not acknowledged this agreement.</source>
        <translation>सलाहकार ने यह समझौता अभी स्वीकार नहीं किया है।</translation>
    </message>
</context>
<context>
    <name>EscalationsPage</name>
    <message>
        <source>Not closed</source>
        <extracomment>(key, English words; shown translated in the &quot;EscalationsPage&quot; context).</extracomment>
        <translation>बंद नहीं हुईं</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>सिर्फ़ समय-सीमा पार</translation>
    </message>
    <message>
        <source>All</source>
        <translation>सभी</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Raise a concern…</source>
        <translation>जोखिम सूचना दर्ज करें…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>verb: open the chosen escalation</comment>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Referral directory…</source>
        <translation>रेफ़रल सूची…</translation>
    </message>
    <message>
        <source>Referral directory</source>
        <translation>रेफ़रल सूची</translation>
    </message>
    <message>
        <source>No escalations to show. If you are worried about someone, use “Raise a concern…”.</source>
        <translation>दिखाने को कोई जोखिम सूचना नहीं। अगर आपको किसी की चिंता है, तो “जोखिम सूचना दर्ज करें…” चुनें।</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>दिखाएँ:</translation>
    </message>
    <message>
        <source>Loading escalations…</source>
        <translation>जोखिम सूचनाएँ लोड हो रही हैं…</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>दिख रही हैं: %1</translation>
    </message>
    <message>
        <source>%1 OVERDUE (not acknowledged in time) · %2</source>
        <translation>%1 समय-सीमा पार (समय पर स्वीकार नहीं हुईं) · %2</translation>
    </message>
    <message>
        <source>Concern raised. The coordinator and supervisor will see it on their home page.</source>
        <translation>जोखिम सूचना दर्ज हो गई। संयोजक और मार्गदर्शक इसे अपने होम पेज पर देखेंगे।</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>peerdesk bundle (*.pdx)</source>
        <extracomment>Bundle files, in the file dialogs.</extracomment>
        <translation>peerdesk बंडल (*.pdx)</translation>
    </message>
    <message>
        <source>E&amp;xchange now</source>
        <translation>अभी लेन-देन करें (&amp;X)</translation>
    </message>
    <message>
        <source>Open what the exchange folder holds for this laptop and leave there what each other laptop lacks</source>
        <translation>लेन-देन फ़ोल्डर में इस लैपटॉप के लिए जो है उसे खोलें, और हर दूसरे लैपटॉप के लिए जो कमी है वह वहाँ छोड़ें</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>लेन-देन</translation>
    </message>
    <message>
        <source>A USB stick, or a folder a sync tool keeps in step between the laptops</source>
        <translation>पेन ड्राइव, या ऐसा फ़ोल्डर जिसे कोई सिंक टूल सब लैपटॉप पर एक जैसा रखता है</translation>
    </message>
    <message>
        <source>Exchange in progress</source>
        <translation>लेन-देन चल रहा है</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>रद्द करें (&amp;C)</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>लैपटॉप</translation>
    </message>
    <message>
        <source>This laptop is the group&apos;s only one. A coordinator adds laptops under Members ▸ Laptops.</source>
        <translation>समूह में अभी सिर्फ़ यही लैपटॉप है। संयोजक सदस्य ▸ लैपटॉप में जाकर लैपटॉप जोड़ते हैं।</translation>
    </message>
    <message>
        <source>&amp;Save a bundle for…</source>
        <translation>चुने लैपटॉप के लिए बंडल सेव करें… (&amp;S)</translation>
    </message>
    <message>
        <source>Save what the chosen laptop lacks as a file, to send as an attachment or carry on a stick</source>
        <translation>चुने हुए लैपटॉप के पास जो नहीं है उसे फ़ाइल में सेव करें, अटैचमेंट से भेजने या स्टिक पर ले जाने के लिए</translation>
    </message>
    <message>
        <source>&amp;Open a bundle…</source>
        <translation>बंडल खोलें… (&amp;O)</translation>
    </message>
    <message>
        <source>Open a bundle another laptop made for this one</source>
        <translation>किसी दूसरे लैपटॉप का इस लैपटॉप के लिए बनाया बंडल खोलें</translation>
    </message>
    <message>
        <source>&amp;Decisions…</source>
        <translation>फ़ैसले… (&amp;D)</translation>
    </message>
    <message>
        <source>Conflicts to settle and changes set aside</source>
        <translation>सुलझाने वाले टकराव और अलग रखे गए बदलाव</translation>
    </message>
    <message>
        <source>Each laptop keeps its own encrypted copy of the records its members may read. Exchanging gives every laptop what the others wrote. A bundle can only be opened by the laptop it was made for.</source>
        <translation>हर लैपटॉप के पास उन रिकॉर्ड की अपनी एन्क्रिप्टेड कॉपी रहती है जो उसके सदस्य पढ़ सकते हैं। लेन-देन से हर लैपटॉप को वह मिल जाता है जो दूसरों ने लिखा। बंडल सिर्फ़ वही लैपटॉप खोल सकता है जिसके लिए वह बना है।</translation>
    </message>
    <message>
        <source>Loading laptops…</source>
        <translation>लैपटॉप लोड हो रहे हैं…</translation>
    </message>
    <message>
        <source>1 other laptop</source>
        <translation>1 और लैपटॉप</translation>
    </message>
    <message>
        <source>%1 other laptops</source>
        <translation>%1 और लैपटॉप</translation>
    </message>
    <message>
        <source>This laptop: %1 (laptop id %2)</source>
        <translation>यह लैपटॉप: %1 (लैपटॉप आईडी %2)</translation>
    </message>
    <message>
        <source>Exchange folder: %1</source>
        <translation>लेन-देन फ़ोल्डर: %1</translation>
    </message>
    <message>
        <source>No exchange folder chosen yet. Choose a USB stick or a folder a sync tool keeps in step between the laptops.</source>
        <translation>अभी कोई लेन-देन फ़ोल्डर नहीं चुना गया। पेन ड्राइव चुनें, या ऐसा फ़ोल्डर जिसे कोई सिंक टूल सब लैपटॉप पर एक जैसा रखता है।</translation>
    </message>
    <message>
        <source>Stopped. Nothing of it was done: the records are as they were.</source>
        <translation>रोक दिया गया। इसका कुछ नहीं हुआ: रिकॉर्ड जैसे थे वैसे ही हैं।</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>रोका जा रहा है…</translation>
    </message>
    <message>
        <source>1 file in the folder was refused and left as it is:</source>
        <translation>फ़ोल्डर की 1 फ़ाइल नहीं ली गई और जैसी थी वैसी छोड़ दी गई:</translation>
    </message>
    <message>
        <source>%1 files in the folder were refused and left as they are:</source>
        <translation>फ़ोल्डर की %1 फ़ाइलें नहीं ली गईं और जैसी थीं वैसी छोड़ दी गईं:</translation>
    </message>
    <message>
        <source>Choose the exchange folder</source>
        <translation>लेन-देन फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <source>Choose folde&amp;r…</source>
        <translation>फ़ोल्डर चुनें… (&amp;R)</translation>
    </message>
    <message>
        <source>Exchanging…</source>
        <translation>लेन-देन हो रहा है…</translation>
    </message>
    <message>
        <source>Exchanging through the folder…</source>
        <translation>फ़ोल्डर से लेन-देन हो रहा है…</translation>
    </message>
    <message>
        <source>Received %1 changes from %2.</source>
        <translation>%2 से %1 बदलाव मिले।</translation>
    </message>
    <message>
        <source>Left what %1 lacks in the folder.</source>
        <translation>%1 के पास जो नहीं था, वह फ़ोल्डर में रख दिया।</translation>
    </message>
    <message>
        <source>Stopped on request.</source>
        <translation>आपके कहने पर रोक दिया गया।</translation>
    </message>
    <message>
        <source>1 bundle for this laptop was not opened; it stays in the folder for the next exchange.</source>
        <translation>इस लैपटॉप का 1 बंडल नहीं खोला गया; वह अगले लेन-देन के लिए फ़ोल्डर में रहेगा।</translation>
    </message>
    <message>
        <source>%1 bundles for this laptop were not opened; they stay in the folder for the next exchange.</source>
        <translation>इस लैपटॉप के %1 बंडल नहीं खोले गए; वे अगले लेन-देन के लिए फ़ोल्डर में रहेंगे।</translation>
    </message>
    <message>
        <source>The other laptops were left nothing new this time.</source>
        <translation>बाक़ी लैपटॉप के लिए इस बार कुछ नया नहीं छोड़ा गया।</translation>
    </message>
    <message>
        <source>Nothing new was left for the other laptops this time.</source>
        <translation>इस बार दूसरे लैपटॉप के लिए कुछ नया नहीं छोड़ा गया।</translation>
    </message>
    <message>
        <source>Nothing new either way: every laptop is up to date.</source>
        <translation>किसी तरफ़ कुछ नया नहीं: सभी लैपटॉप अप-टू-डेट हैं।</translation>
    </message>
    <message>
        <source>Some bundles come from laptops this one does not know yet; they will open after the next exchange.</source>
        <translation>कुछ बंडल ऐसे लैपटॉप से हैं जिन्हें यह लैपटॉप अभी नहीं जानता; वे अगले लेन-देन के बाद खुलेंगे।</translation>
    </message>
    <message>
        <source>Save a bundle for %1</source>
        <translation>%1 के लिए बंडल सेव करें</translation>
    </message>
    <message>
        <source>Saving a bundle…</source>
        <translation>बंडल सेव हो रहा है…</translation>
    </message>
    <message>
        <source>Saved %1 for %2. Only that laptop can open it.</source>
        <translation>%2 के लिए %1 सेव हो गया। इसे सिर्फ़ वही लैपटॉप खोल सकता है।</translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation>बंडल खोलें</translation>
    </message>
    <message>
        <source>Opening the bundle…</source>
        <translation>बंडल खुल रहा है…</translation>
    </message>
    <message>
        <source>This bundle was opened here before; nothing new in it.</source>
        <translation>यह बंडल यहाँ पहले खुल चुका है; इसमें कुछ नया नहीं है।</translation>
    </message>
    <message>
        <source>Opened a bundle from %1: %2 changes.</source>
        <translation>%1 का बंडल खुला: %2 बदलाव।</translation>
    </message>
    <message>
        <source>another laptop</source>
        <translation>दूसरा लैपटॉप</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Nothing needs you today. Thank you — rest well.</source>
        <extracomment>English; shown translated in the &quot;HomePage&quot; context.</extracomment>
        <translation>आज आपके लिए कोई काम बाक़ी नहीं। शुक्रिया — आराम करें।</translation>
    </message>
    <message>
        <source>Nothing waiting.</source>
        <translation>कुछ बाक़ी नहीं।</translation>
    </message>
    <message>
        <source>Overdue escalations — not acknowledged in time</source>
        <extracomment>In display order: overdue escalations first (docs/domain.md: shown everywhere, in red).</extracomment>
        <translation>समय-सीमा पार जोखिम सूचनाएँ — समय पर स्वीकार नहीं हुईं</translation>
    </message>
    <message>
        <source>Escalations in progress</source>
        <translation>जोखिम सूचनाएँ जिन पर काम चल रहा है</translation>
    </message>
    <message>
        <source>Resolved escalations, not closed yet</source>
        <translation>सुलझ गई जोखिम सूचनाएँ, अभी बंद नहीं हुईं</translation>
    </message>
    <message>
        <source>Supervision requests (urgent first)</source>
        <translation>मार्गदर्शन के अनुरोध (ज़रूरी पहले)</translation>
    </message>
    <message>
        <source>Reflections still to write</source>
        <translation>अनुभव-नोट जो अभी लिखने हैं</translation>
    </message>
    <message>
        <source>Your supervision actions, due or overdue</source>
        <translation>मार्गदर्शन में तय आपके काम, जिनकी तारीख़ आ गई या निकल गई</translation>
    </message>
    <message>
        <source>Agreements needing attention</source>
        <translation>समझौते जिन पर ध्यान देना है</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>फ़ॉलो-अप जो करने हैं</translation>
    </message>
    <message>
        <source>Advisees with no recent contact</source>
        <translation>सलाह लेने वाले जिनसे हाल में संपर्क नहीं हुआ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a section&apos;s heading and how many it holds</comment>
        <extracomment>Which page opens an item of a section (and ``open_record(id)`` on it, if it has one). At most this many items show in a section; the rest are one click away on their page, so each section is as tall as its rows and only the page scrolls. ``show_all(section_key)``: the person asked for the whole list.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 more… show all on the %2 page</source>
        <translation>%1 और… सभी %2 पेज पर देखें</translation>
    </message>
    <message>
        <source>Looking at what needs you…</source>
        <extracomment>``item_activated(section_key, record_id)`` when a person opens an item. The sections show what the queues said (False until the first answer arrives).</extracomment>
        <translation>देख रहे हैं कि आपके लिए क्या बाक़ी है…</translation>
    </message>
    <message>
        <source>advisor</source>
        <comment>in place of a name the vault no longer has</comment>
        <extracomment>A name the vault no longer knows (a removed member) reads as this.</extracomment>
        <translation>सलाहकार</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · raised %4 · acknowledgement %5</source>
        <translation>%1 · %2 · %3 · दर्ज %4 · स्वीकार: %5</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · raised %4</source>
        <translation>%1 · %2 · %3 · दर्ज %4</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · written %4</source>
        <translation>%1 · %2 · %3 · लिखा %4</translation>
    </message>
    <message>
        <source>%1 · session on %2</source>
        <translation>%1 · सेशन %2 को</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (तारीख़ %2)</translation>
    </message>
    <message>
        <source>not acknowledged yet</source>
        <translation>अभी स्वीकार नहीं हुआ</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · follow up by %2 · %3</source>
        <translation>%1 · %2 तक फ़ॉलो-अप · %3</translation>
    </message>
    <message>
        <source>%1 · last contact %2</source>
        <translation>%1 · आख़िरी संपर्क %2</translation>
    </message>
    <message>
        <source>%1 · never contacted</source>
        <translation>%1 · कभी संपर्क नहीं हुआ</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>an action and when it is due</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>%1 will no longer be able to sign in as “%2”.

To make sure the old passphrase opens nothing, peerdesk changes the vault&apos;s data key now. This takes a moment and everyone else keeps their own passphrase.

Backups made before today still open with the passphrases that were valid when they were made, including this one. Keep old backups safe, or delete them.</source>
        <extracomment>English, shown through ``self.tr`` (&quot;MembersPage&quot; context); %1 the member&apos;s name, %2 the login.</extracomment>
        <translation>%1 अब “%2” नाम से लॉगिन नहीं कर पाएँगे।

ताकि पुराना पासफ़्रेज़ कुछ भी न खोल सके, peerdesk अभी वॉल्ट की डेटा कुंजी बदलता है। इसमें थोड़ा समय लगता है और बाक़ी सबका अपना पासफ़्रेज़ वही रहता है।

आज से पहले बने बैकअप अब भी उन्हीं पासफ़्रेज़ से खुलते हैं जो उन्हें बनाते समय चलते थे, इस पासफ़्रेज़ से भी। पुराने बैकअप सँभालकर रखें, या उन्हें मिटा दें।</translation>
    </message>
    <message>
        <source>&amp;New member</source>
        <translation>सदस्य जोड़ें (&amp;N)</translation>
    </message>
    <message>
        <source>Add a member (Alt+N)</source>
        <translation>सदस्य जोड़ें (Alt+N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>बदलें (&amp;E)</translation>
    </message>
    <message>
        <source>H&amp;istory…</source>
        <translation>इतिहास… (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Add login…</source>
        <translation>लॉगिन बनाएँ… (&amp;A)</translation>
    </message>
    <message>
        <source>Let this member sign in with their own passphrase</source>
        <translation>इस सदस्य को अपने पासफ़्रेज़ से लॉगिन करने दें</translation>
    </message>
    <message>
        <source>&amp;Remove login…</source>
        <translation>लॉगिन हटाएँ… (&amp;R)</translation>
    </message>
    <message>
        <source>Stop this member signing in</source>
        <translation>इस सदस्य का लॉगिन बंद करें</translation>
    </message>
    <message>
        <source>&amp;Laptops…</source>
        <translation>लैपटॉप… (&amp;L)</translation>
    </message>
    <message>
        <source>The group&apos;s laptops: add one, or remove one</source>
        <translation>समूह के लैपटॉप: कोई जोड़ें या हटाएँ</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>verb: open the chosen member</comment>
        <translation>खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>सदस्य लोड हो रहे हैं…</translation>
    </message>
    <message>
        <source>%1 active, %2 inactive</source>
        <translation>%1 सक्रिय, %2 सक्रिय नहीं</translation>
    </message>
    <message>
        <source>No members yet. Press Alt+N to add one.</source>
        <translation>अभी कोई सदस्य नहीं। जोड़ने के लिए Alt+N दबाएँ।</translation>
    </message>
    <message>
        <source>This member already has a login; remove it first, or ask a supervisor.</source>
        <translation>इस सदस्य का लॉगिन पहले से है; पहले उसे हटाएँ, या मार्गदर्शक से कहें।</translation>
    </message>
    <message>
        <source>You cannot remove your own login.</source>
        <translation>आप अपना ख़ुद का लॉगिन नहीं हटा सकते।</translation>
    </message>
    <message>
        <source>Remove login</source>
        <translation>लॉगिन हटाएँ</translation>
    </message>
    <message>
        <source>Which login?</source>
        <translation>कौन-सा लॉगिन?</translation>
    </message>
    <message>
        <source>Remove the login “%1”?</source>
        <translation>लॉगिन “%1” हटाएँ?</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>रहने दें</translation>
    </message>
    <message>
        <source>Removing the login and changing the data key…</source>
        <translation>लॉगिन हटाया जा रहा है और डेटा कुंजी बदली जा रही है…</translation>
    </message>
</context>
<context>
    <name>PageTitle</name>
    <message>
        <source>Home</source>
        <extracomment>In English, marked for the catalog; shown through :func:`page_title`. In navigation order. Roles follow docs/permissions.md: reflections and supervision notes are only &quot;existence&quot; for coordinators, members/audit are not for advisors. Settings is for everyone because it also holds personal settings (own passphrase, idle-lock minutes).</extracomment>
        <translation>होम</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>सेशन</translation>
    </message>
    <message>
        <source>Advisees</source>
        <translation>सलाह लेने वाले</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>समझौते</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>अनुभव-नोट</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>मार्गदर्शन</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>जोखिम सूचनाएँ</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>रिपोर्ट</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>लेन-देन</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>ऑडिट लॉग</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
</context>
<context>
    <name>ReflectionsPage</name>
    <message>
        <source>Asking for supervision (urgent first)</source>
        <extracomment>&quot;Still owe&quot; looks back this far; older sessions without a reflection are not nagged about. (key, English words; shown translated in the &quot;ReflectionsPage&quot; context).</extracomment>
        <translation>मार्गदर्शन माँग रहे (ज़रूरी पहले)</translation>
    </message>
    <message>
        <source>All not yet reviewed</source>
        <translation>सभी जो अभी देखे नहीं गए</translation>
    </message>
    <message>
        <source>All reflections</source>
        <translation>सभी अनुभव-नोट</translation>
    </message>
    <message>
        <source>Your sessions from the last %1 days that have no reflection yet, newest first. A few lines right after a session are enough.</source>
        <translation>पिछले %1 दिनों के आपके सेशन जिनका अनुभव-नोट अभी नहीं लिखा, सबसे नया पहले। सेशन के ठीक बाद कुछ लाइनें काफ़ी हैं।</translation>
    </message>
    <message>
        <source>Reflections I still owe</source>
        <translation>अनुभव-नोट जो मुझे अभी लिखने हैं</translation>
    </message>
    <message>
        <source>Nothing owed. Every session from the last %1 days has a reflection.</source>
        <translation>कुछ बाक़ी नहीं। पिछले %1 दिनों के हर सेशन का अनुभव-नोट लिखा है।</translation>
    </message>
    <message>
        <source>&amp;Write reflection</source>
        <translation>अनुभव-नोट लिखें (&amp;W)</translation>
    </message>
    <message>
        <source>Reflections you wrote, newest first. You can change one until a supervisor has reviewed it.</source>
        <translation>आपके लिखे अनुभव-नोट, सबसे नया पहले। जब तक मार्गदर्शक ने न देखा हो, आप उसे बदल सकते हैं।</translation>
    </message>
    <message>
        <source>My reflections</source>
        <translation>मेरे अनुभव-नोट</translation>
    </message>
    <message>
        <source>You have not written any reflections yet.</source>
        <translation>आपने अभी कोई अनुभव-नोट नहीं लिखा है।</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>verb: open the chosen reflection</comment>
        <translation>खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>Reflections from advisors. Open one to read it; mark it reviewed when you have talked it through (linking it from a supervision note does the same).</source>
        <translation>सलाहकारों के अनुभव-नोट। पढ़ने के लिए खोलें; जब उस पर बात हो जाए, तो ‘देख लिया’ दर्ज करें (मार्गदर्शन नोट से जोड़ने पर भी यही होता है)।</translation>
    </message>
    <message>
        <source>Supervision queue</source>
        <translation>मार्गदर्शन की कतार</translation>
    </message>
    <message>
        <source>Nobody is waiting for supervision. Well done.</source>
        <translation>कोई मार्गदर्शन का इंतज़ार नहीं कर रहा। बहुत बढ़िया।</translation>
    </message>
    <message>
        <source>Which reflections</source>
        <translation>कौन-से अनुभव-नोट</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>दिखाएँ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>पढ़ें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>देख लिया, दर्ज करें (&amp;M)</translation>
    </message>
    <message>
        <source>Still to write</source>
        <translation>अभी लिखने हैं</translation>
    </message>
    <message>
        <source>Coordinators see only whether a session has a reflection (on the Sessions page), never its text.</source>
        <translation>संयोजक सिर्फ़ यह देखते हैं कि किसी सेशन का अनुभव-नोट लिखा गया या नहीं (सेशन पेज पर), उसमें क्या लिखा है, यह कभी नहीं।</translation>
    </message>
    <message>
        <source>Loading reflections you owe…</source>
        <translation>आपके बाक़ी अनुभव-नोट लोड हो रहे हैं…</translation>
    </message>
    <message>
        <source>Loading your reflections…</source>
        <translation>आपके अनुभव-नोट लोड हो रहे हैं…</translation>
    </message>
    <message>
        <source>Loading the supervision queue…</source>
        <translation>मार्गदर्शन की कतार लोड हो रही है…</translation>
    </message>
    <message>
        <source>%1 in the supervision queue view</source>
        <translation>मार्गदर्शन की कतार में %1</translation>
    </message>
    <message>
        <source>%1 still to write</source>
        <translation>%1 अभी लिखने हैं</translation>
    </message>
    <message>
        <source>none owed</source>
        <translation>कोई बाक़ी नहीं</translation>
    </message>
    <message>
        <source>Marking reviewed…</source>
        <translation>‘देख लिया’ दर्ज हो रहा है…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Accountability report (for the supervisor to sign)</source>
        <extracomment>key -&gt; (label in the chooser, title of the preview)</extracomment>
        <translation>जवाबदेही रिपोर्ट (मार्गदर्शक के हस्ताक्षर के लिए)</translation>
    </message>
    <message>
        <source>Accountability report</source>
        <translation>जवाबदेही रिपोर्ट</translation>
    </message>
    <message>
        <source>Advisor report (one advisor&apos;s practice)</source>
        <translation>सलाहकार रिपोर्ट (एक सलाहकार का काम)</translation>
    </message>
    <message>
        <source>Advisor report</source>
        <translation>सलाहकार रिपोर्ट</translation>
    </message>
    <message>
        <source>Escalation record (one escalation, in full)</source>
        <translation>जोखिम सूचना का पूरा ब्योरा (एक जोखिम सूचना, पूरी)</translation>
    </message>
    <message>
        <source>Escalation record</source>
        <translation>जोखिम सूचना का पूरा ब्योरा</translation>
    </message>
    <message>
        <source>My advisor report</source>
        <translation>मेरी सलाहकार रिपोर्ट</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>इस महीने</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>पिछले महीने</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>अपनी चुनी अवधि</translation>
    </message>
    <message>
        <source>As they stood at the end of the period</source>
        <extracomment>How a report takes its records (docs/reports-as-at.md): key -&gt; label in the chooser.</extracomment>
        <translation>जैसे वे अवधि के आख़िर में थे</translation>
    </message>
    <message>
        <source>As they are today (with later changes)</source>
        <translation>जैसे वे आज हैं (बाद के बदलावों के साथ)</translation>
    </message>
    <message>
        <source>Your role cannot produce reports. Ask your coordinator or supervisor.</source>
        <translation>आपकी भूमिका में रिपोर्ट नहीं बन सकती। अपने संयोजक या मार्गदर्शक से कहें।</translation>
    </message>
    <message>
        <source>Cancelled; no report was made.</source>
        <translation>रद्द किया; कोई रिपोर्ट नहीं बनी।</translation>
    </message>
    <message>
        <source>raised %1</source>
        <translation>दर्ज %1</translation>
    </message>
    <message>
        <source>Report kind</source>
        <extracomment>The reports form&apos;s greatest width, in average characters of the UI font.</extracomment>
        <translation>रिपोर्ट का प्रकार</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>पहला दिन</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>आख़िरी दिन</translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <comment>Qt&apos;s date format of the period&apos;s days</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>सलाहकार</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>जोखिम सूचना</translation>
    </message>
    <message>
        <source>Records as at</source>
        <translation>रिकॉर्ड किस दिन के</translation>
    </message>
    <message>
        <source>A report for a past period prints the same on any later day unless you choose today; page 1 says which.</source>
        <translation>बीती अवधि की रिपोर्ट बाद में किसी भी दिन वैसी ही छपती है, जब तक आप ‘आज’ न चुनें; पेज 1 पर लिखा होता है कि कौन-सा चुना।</translation>
    </message>
    <message>
        <source>Redact member names</source>
        <translation>सदस्यों के नाम छिपाएँ</translation>
    </message>
    <message>
        <source>Members appear by initials or role instead of by name.</source>
        <translation>सदस्य नाम की जगह नाम के पहले अक्षरों या भूमिका से दिखते हैं।</translation>
    </message>
    <message>
        <source>Create report</source>
        <translation>रिपोर्ट बनाएँ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>रिपोर्ट कितनी बनी</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>रिपोर्ट</translation>
    </message>
    <message>
        <source>From</source>
        <comment>the first day of a report&apos;s period</comment>
        <translation>कब से</translation>
    </message>
    <message>
        <source>To</source>
        <comment>the last day of a report&apos;s period</comment>
        <translation>कब तक</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <source>Every report is registered with its fingerprint, so a printed copy can be checked later.</source>
        <translation>हर रिपोर्ट अपनी पहचान-छाप (फ़िंगरप्रिंट) के साथ दर्ज होती है, ताकि छपी कॉपी बाद में जाँची जा सके।</translation>
    </message>
    <message>
        <source>Loading report choices…</source>
        <translation>रिपोर्ट के विकल्प लोड हो रहे हैं…</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (सक्रिय नहीं)</translation>
    </message>
    <message>
        <source>No escalations recorded</source>
        <translation>कोई जोखिम सूचना दर्ज नहीं</translation>
    </message>
    <message>
        <source>The period must end on or after its first day.</source>
        <translation>अवधि का आख़िरी दिन उसके पहले दिन या उसके बाद का होना चाहिए।</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <comment>report, advisor, period</comment>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>report, escalation</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>report, period</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Creating the report…</source>
        <translation>रिपोर्ट बन रही है…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>पेज सजाए जा रहे हैं…</translation>
    </message>
    <message>
        <source>Drawing the report… %p%</source>
        <translation>रिपोर्ट बन रही है… %p%</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>रोक रहे हैं…</translation>
    </message>
    <message>
        <source>Cancel came too late: the report was already made and registered as %1. It was not opened.</source>
        <translation>रद्द करने में देर हो गई: रिपोर्ट पहले ही बन चुकी थी और %1 नाम से दर्ज हो गई। उसे खोला नहीं गया।</translation>
    </message>
    <message>
        <source>Gathering the figures…</source>
        <translation>आँकड़े जुटाए जा रहे हैं…</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>All time</source>
        <extracomment>(key, English words; shown translated in the &quot;SessionsPage&quot; context).</extracomment>
        <translation>शुरू से अब तक</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>इस हफ़्ते</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>इस महीने</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>पिछले 3 महीने</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>पिछले 12 महीने</translation>
    </message>
    <message>
        <source>Sessions with %1.</source>
        <translation>%1 के साथ सेशन।</translation>
    </message>
    <message>
        <source>Only the %1 best matches are searched; add a word to narrow.</source>
        <translation>सिर्फ़ सबसे मिलते-जुलते %1 नतीजे देखे गए; खोज छोटी करने के लिए एक और शब्द जोड़ें।</translation>
    </message>
    <message>
        <source>Risk noticed</source>
        <translation>जोखिम दिखा</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>लिखा गया</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>अभी नहीं</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <extracomment>Someone chose to open an escalation after logging a risky session.</extracomment>
        <translation>नया सेशन (&amp;N)</translation>
    </message>
    <message>
        <source>Log a session (Ctrl+N)</source>
        <translation>सेशन दर्ज करें (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search notes, or type a code like PS-0142</source>
        <translation>नोट में खोजें, या PS-0142 जैसा कोड लिखें</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>सेशन खोजें</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>सलाहकार</translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation>सभी सलाहकार</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>कोई भी माध्यम</translation>
    </message>
    <message>
        <source>Risk noticed only</source>
        <translation>सिर्फ़ जोखिम वाले</translation>
    </message>
    <message>
        <source>Ad&amp;visor</source>
        <translation>सलाहकार (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>अवधि (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>माध्यम (&amp;C)</translation>
    </message>
    <message>
        <source>A session you had not saved was kept when peerdesk locked.</source>
        <translation>peerdesk लॉक होते समय एक सेशन सेव नहीं हुआ था; उसे सँभालकर रखा गया है।</translation>
    </message>
    <message>
        <source>Continue logging it</source>
        <translation>उसे दर्ज करना जारी रखें</translation>
    </message>
    <message>
        <source>Loading advisors…</source>
        <translation>सलाहकार लोड हो रहे हैं…</translation>
    </message>
    <message>
        <source>Loading sessions…</source>
        <translation>सेशन लोड हो रहे हैं…</translation>
    </message>
    <message>
        <source>1 session matches</source>
        <translation>1 सेशन मिला</translation>
    </message>
    <message>
        <source>%1 sessions match</source>
        <translation>%1 सेशन मिले</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 सेशन</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 सेशन</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1। %2</translation>
    </message>
    <message>
        <source>No sessions match. Clear the search or choose “All time” and “All advisors” to see more.</source>
        <translation>कोई सेशन नहीं मिला। और देखने के लिए खोज मिटाएँ, या “शुरू से अब तक” और “सभी सलाहकार” चुनें।</translation>
    </message>
    <message>
        <source>No sessions have been logged yet.
Press Ctrl+N to log the first one.</source>
        <translation>अभी कोई सेशन दर्ज नहीं हुआ है।
पहला सेशन दर्ज करने के लिए Ctrl+N दबाएँ।</translation>
    </message>
    <message>
        <source>No sessions to show yet.</source>
        <translation>अभी दिखाने को कोई सेशन नहीं।</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Lock after this many minutes without use</source>
        <extracomment>(name, label, unit, hint) of the integer group settings, in the order shown; a unit of &quot;duration&quot; is a length in minutes edited in minutes, hours or days. Labels and hints are English, shown translated in the &quot;SettingsPage&quot; context.</extracomment>
        <translation>इतने मिनट इस्तेमाल न हो तो लॉक करें</translation>
    </message>
    <message>
        <source>Everyone&apos;s app locks itself after this. Shorter is safer on a shared laptop.</source>
        <translation>इतनी देर बाद सबका ऐप अपने-आप लॉक हो जाता है। साझा लैपटॉप पर कम समय ज़्यादा सुरक्षित है।</translation>
    </message>
    <message>
        <source>Clear copied text after</source>
        <translation>कॉपी किया हुआ इतनी देर बाद मिटाएँ</translation>
    </message>
    <message>
        <source>Text copied from a record is removed from the clipboard after this.</source>
        <translation>रिकॉर्ड से कॉपी किया हुआ इतनी देर बाद क्लिपबोर्ड से हटा दिया जाता है।</translation>
    </message>
    <message>
        <source>Acknowledge an IMMINENT escalation within</source>
        <translation>‘तुरंत ख़तरा’ स्तर की जोखिम सूचना इतने समय में स्वीकार करें</translation>
    </message>
    <message>
        <source>Acknowledge a HIGH escalation within</source>
        <translation>‘गंभीर’ स्तर की जोखिम सूचना इतने समय में स्वीकार करें</translation>
    </message>
    <message>
        <source>Acknowledge a MODERATE escalation within</source>
        <translation>‘मध्यम’ स्तर की जोखिम सूचना इतने समय में स्वीकार करें</translation>
    </message>
    <message>
        <source>Acknowledge a CONCERN within</source>
        <translation>‘चिंता’ स्तर की जोखिम सूचना इतने समय में स्वीकार करें</translation>
    </message>
    <message>
        <source>Flag advisees with no contact for</source>
        <translation>इतने दिन संपर्क न हो तो सलाह लेने वालों को दिखाएँ</translation>
    </message>
    <message>
        <source>Remind a laptop to exchange after</source>
        <translation>लेन-देन की याद दिलाएँ, इतने समय बाद</translation>
    </message>
    <message>
        <source>A laptop that has not exchanged with the others for this long says so.</source>
        <translation>जिस लैपटॉप ने इतने समय से दूसरों के साथ लेन-देन नहीं किया, वह यह बताता है।</translation>
    </message>
    <message>
        <source>Keep closed advisees&apos; records for</source>
        <translation>बंद हो चुके सलाह लेने वालों के रिकॉर्ड इतने समय रखें</translation>
    </message>
    <message>
        <source>After this, records of closed advisees are offered for erasure.</source>
        <translation>इसके बाद बंद हो चुके सलाह लेने वालों के रिकॉर्ड मिटाने का विकल्प दिया जाता है।</translation>
    </message>
    <message>
        <source> minutes</source>
        <extracomment>The suffix a value box shows after its number, by unit.</extracomment>
        <translation> मिनट</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> सेकंड</translation>
    </message>
    <message>
        <source> days</source>
        <translation> दिन</translation>
    </message>
    <message>
        <source> months</source>
        <translation> महीने</translation>
    </message>
    <message>
        <source>Just for me</source>
        <extracomment>The largest value any of these settings may take (90 days in minutes).</extracomment>
        <translation>सिर्फ़ मेरे लिए</translation>
    </message>
    <message>
        <source>For peerdesk on screen and for your reports.</source>
        <translation>स्क्रीन पर peerdesk के लिए और आपकी रिपोर्ट के लिए।</translation>
    </message>
    <message>
        <source>Change my passphrase…</source>
        <translation>मेरा पासफ़्रेज़ बदलें…</translation>
    </message>
    <message>
        <source>Same as the group</source>
        <translation>समूह जितना ही</translation>
    </message>
    <message>
        <source>Lock my app sooner</source>
        <translation>मेरा ऐप जल्दी लॉक करें</translation>
    </message>
    <message>
        <source>Only shorter than the group&apos;s time takes effect.</source>
        <translation>सिर्फ़ समूह के समय से कम समय ही लागू होता है।</translation>
    </message>
    <message>
        <source>Where the vault is</source>
        <translation>वॉल्ट कहाँ है</translation>
    </message>
    <message>
        <source>Group settings</source>
        <translation>समूह की सेटिंग्स</translation>
    </message>
    <message>
        <source>e.g. Asia/Kolkata</source>
        <translation>जैसे Asia/Kolkata</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>टाइम ज़ोन</translation>
    </message>
    <message>
        <source>Times are shown in this zone.</source>
        <translation>समय इसी ज़ोन के हिसाब से दिखाए जाते हैं।</translation>
    </message>
    <message>
        <source>Offer to erase old records of closed advisees</source>
        <translation>बंद हो चुके सलाह लेने वालों के पुराने रिकॉर्ड मिटाने का विकल्प दें</translation>
    </message>
    <message>
        <source>Save group settings</source>
        <translation>समूह की सेटिंग्स सेव करें</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>This laptop: %1 (laptop id %2)</source>
        <translation>यह लैपटॉप: %1 (लैपटॉप आईडी %2)</translation>
    </message>
    <message>
        <source>Loading settings…</source>
        <translation>सेटिंग्स लोड हो रही हैं…</translation>
    </message>
    <message>
        <source>Changes apply to everyone in the group.</source>
        <translation>बदलाव समूह के सभी लोगों पर लागू होते हैं।</translation>
    </message>
    <message>
        <source>Only a coordinator can change these; you can read them.</source>
        <translation>इन्हें सिर्फ़ संयोजक बदल सकते हैं; आप इन्हें पढ़ सकते हैं।</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सेव हो रहा है…</translation>
    </message>
    <message>
        <source>Group settings saved.</source>
        <translation>समूह की सेटिंग्स सेव हो गईं।</translation>
    </message>
    <message>
        <source>Please correct the highlighted setting.</source>
        <translation>कृपया रंग से दिखाई गई सेटिंग ठीक करें।</translation>
    </message>
    <message>
        <source>Your passphrase was changed. Use the new one next time you unlock.</source>
        <translation>आपका पासफ़्रेज़ बदल गया। अगली बार खोलते समय नया पासफ़्रेज़ लिखें।</translation>
    </message>
    <message>
        <source>Takes effect the next time you unlock.</source>
        <translation>अगली बार खोलने पर लागू होगा।</translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message>
        <source>advisor</source>
        <comment>in place of a name the vault no longer has</comment>
        <translation>सलाहकार</translation>
    </message>
    <message>
        <source>%1 · %2 · with %3</source>
        <translation>%1 · %2 · %3 के साथ</translation>
    </message>
    <message>
        <source>Discussion (supervisors only):</source>
        <translation>बातचीत (सिर्फ़ मार्गदर्शकों के लिए):</translation>
    </message>
    <message>
        <source>Shared with the advisor:</source>
        <translation>सलाहकार को बताया गया:</translation>
    </message>
    <message>
        <source>Training needs:</source>
        <translation>ट्रेनिंग की ज़रूरतें:</translation>
    </message>
    <message>
        <source>Next supervision: %1</source>
        <translation>अगला मार्गदर्शन: %1</translation>
    </message>
    <message>
        <source>Linked: %1, %2, %3</source>
        <translation>जुड़े हुए: %1, %2, %3</translation>
    </message>
    <message>
        <source>1 reflection</source>
        <translation>1 अनुभव-नोट</translation>
    </message>
    <message>
        <source>%1 reflections</source>
        <translation>%1 अनुभव-नोट</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 सेशन</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 सेशन</translation>
    </message>
    <message>
        <source>1 escalation</source>
        <translation>1 जोखिम सूचना</translation>
    </message>
    <message>
        <source>%1 escalations</source>
        <translation>%1 जोखिम सूचनाएँ</translation>
    </message>
    <message>
        <source>Actions: none</source>
        <translation>तय काम: कोई नहीं</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>तय काम:</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — %2 तक</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an action and who owns it</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Write a supervision note…</source>
        <translation>मार्गदर्शन नोट लिखें…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख़</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>तरीक़ा</translation>
    </message>
    <message>
        <source>With</source>
        <translation>किसके साथ</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>the next supervision&apos;s date</comment>
        <translation>अगला</translation>
    </message>
    <message>
        <source>Supervision notes</source>
        <translation>मार्गदर्शन नोट</translation>
    </message>
    <message>
        <source>Supervision note</source>
        <translation>मार्गदर्शन नोट</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>लिखा हुआ कॉपी करें</translation>
    </message>
    <message>
        <source>Your actions: tick one when it is done</source>
        <translation>आपके तय काम: जो हो जाए, उस पर सही लगाएँ</translation>
    </message>
    <message>
        <source>Your supervision actions</source>
        <translation>मार्गदर्शन में तय आपके काम</translation>
    </message>
    <message>
        <source>My supervision</source>
        <translation>मेरा मार्गदर्शन</translation>
    </message>
    <message>
        <source>Loading supervision…</source>
        <translation>मार्गदर्शन लोड हो रहा है…</translation>
    </message>
    <message>
        <source>%1, newest first. Select one to read it.</source>
        <translation>%1, सबसे नया पहले। पढ़ने के लिए किसी एक को चुनें।</translation>
    </message>
    <message>
        <source>1 supervision note</source>
        <translation>1 मार्गदर्शन नोट</translation>
    </message>
    <message>
        <source>%1 supervision notes</source>
        <translation>%1 मार्गदर्शन नोट</translation>
    </message>
    <message>
        <source>No supervision notes yet. After a supervision conversation, use “Write a supervision note…”.</source>
        <translation>अभी कोई मार्गदर्शन नोट नहीं। मार्गदर्शन की बातचीत के बाद “मार्गदर्शन नोट लिखें…” चुनें।</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a supervision&apos;s date and format</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>What your supervisor shared with you:</source>
        <translation>आपके मार्गदर्शक ने आपको क्या बताया:</translation>
    </message>
    <message>
        <source>What your supervisor shared with you, newest first. The discussion notes stay with supervisors.</source>
        <translation>आपके मार्गदर्शक ने आपको क्या बताया, सबसे नया पहले। बातचीत के नोट सिर्फ़ मार्गदर्शकों के पास रहते हैं।</translation>
    </message>
    <message>
        <source>No supervision recorded with you yet.</source>
        <translation>अभी आपके साथ कोई मार्गदर्शन दर्ज नहीं हुआ।</translation>
    </message>
    <message>
        <source>done</source>
        <translation>हो गया</translation>
    </message>
    <message>
        <source>%1 · %2 · from supervision on %3</source>
        <translation>%1 · %2 · %3 के मार्गदर्शन से</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सेव हो रहा है…</translation>
    </message>
    <message>
        <source>Marked done.</source>
        <translation>‘हो गया’ दर्ज हुआ।</translation>
    </message>
    <message>
        <source>Marked as not done yet.</source>
        <translation>‘अभी नहीं हुआ’ दर्ज हुआ।</translation>
    </message>
    <message>
        <source>Loading note…</source>
        <translation>नोट लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Supervision note saved.</source>
        <translation>मार्गदर्शन नोट सेव हो गया।</translation>
    </message>
</context>
</TS>
