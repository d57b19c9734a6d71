<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AddLaptopDialog</name>
    <message>
        <source>Add a laptop</source>
        <translation>लैपटॉप जोड़ें</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>सदस्य लोड हो रहे हैं…</translation>
    </message>
    <message>
        <source>On the new laptop, choose Join my group&apos;s peerdesk. It shows a safety number and a join code. Open the request file it saved, or paste the join code here (a phone can carry it: scan the QR code, send the text to yourself, copy it).</source>
        <translation>नए लैपटॉप पर &quot;मेरे समूह के peerdesk से जुड़ें&quot; चुनें। वह एक सुरक्षा नंबर और जुड़ने का कोड दिखाएगा। उसकी सेव की हुई अनुरोध फ़ाइल खोलें, या जुड़ने का कोड यहाँ पेस्ट करें (फ़ोन से भी ला सकते हैं: QR कोड स्कैन करें, टेक्स्ट ख़ुद को भेजें, फिर कॉपी करें)।</translation>
    </message>
    <message>
        <source>Open the request &amp;file…</source>
        <translation>अनुरोध फ़ाइल खोलें… (&amp;F)</translation>
    </message>
    <message>
        <source>PEERDESK-JOIN-1:…</source>
        <translation>PEERDESK-JOIN-1:… वाला कोड</translation>
    </message>
    <message>
        <source>Or paste the join &amp;code</source>
        <translation>या जुड़ने का कोड पेस्ट करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Read the code</source>
        <translation>कोड पढ़ें (&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Open a join request</source>
        <translation>जुड़ने का अनुरोध खोलें</translation>
    </message>
    <message>
        <source>peerdesk join request (*.pdjoin)</source>
        <translation>peerdesk जुड़ने का अनुरोध (*.pdjoin)</translation>
    </message>
    <message>
        <source>Paste the join code the new laptop shows.</source>
        <translation>नया लैपटॉप जो जुड़ने का कोड दिखा रहा है, उसे पेस्ट करें।</translation>
    </message>
    <message>
        <source>Reading the request…</source>
        <translation>अनुरोध पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>Do both screens show the same number?</source>
        <translation>क्या दोनों स्क्रीन पर एक ही नंबर है?</translation>
    </message>
    <message>
        <source>&amp;Yes, both screens show the same number</source>
        <translation>हाँ, दोनों स्क्रीन पर एक ही नंबर है (&amp;Y)</translation>
    </message>
    <message>
        <source>If one digit differs, stop: the request was changed on the way. Cancel, and ask for a new one.</source>
        <translation>अगर एक भी अंक अलग है तो रुक जाएँ: रास्ते में अनुरोध बदला गया है। रद्द करें और नया अनुरोध माँगें।</translation>
    </message>
    <message>
        <source>Laptop &amp;name</source>
        <translation>लैपटॉप का नाम (&amp;N)</translation>
    </message>
    <message>
        <source>How the group will know this laptop.</source>
        <translation>समूह इस लैपटॉप को इसी नाम से जानेगा।</translation>
    </message>
    <message>
        <source>Who will use this laptop?</source>
        <translation>यह लैपटॉप कौन इस्तेमाल करेगा?</translation>
    </message>
    <message>
        <source>It receives only what these members may read, and they sign in on it with their own passphrases. Each member you tick confirms here with their own passphrase, so nobody&apos;s records go to a laptop without them.</source>
        <translation>इस पर सिर्फ़ वही आएगा जो ये सदस्य पढ़ सकते हैं, और ये अपने-अपने पासफ़्रेज़ से इसमें साइन इन करेंगे। आप जिस सदस्य पर निशान लगाते हैं, वे यहीं अपना पासफ़्रेज़ लिखकर पुष्टि करते हैं, ताकि किसी के रिकॉर्ड उनकी जानकारी के बिना किसी लैपटॉप पर न जाएँ।</translation>
    </message>
    <message>
        <source>&amp;Add and save its first bundle…</source>
        <translation>जोड़ें और इसका पहला बंडल सेव करें… (&amp;A)</translation>
    </message>
    <message>
        <source>%1 (signs in as %2)</source>
        <translation>%1 (%2 नाम से साइन इन करते हैं)</translation>
    </message>
    <message>
        <source>%1 types their passphrase to confirm</source>
        <translation>%1 पुष्टि के लिए अपना पासफ़्रेज़ लिखें</translation>
    </message>
    <message>
        <source>Passphrase of %1</source>
        <translation>%1 का पासफ़्रेज़</translation>
    </message>
    <message>
        <source>A request from “%1”</source>
        <translation>“%1” का अनुरोध</translation>
    </message>
    <message>
        <source>Save the first bundle</source>
        <translation>पहला बंडल सेव करें</translation>
    </message>
    <message>
        <source>peerdesk bundle (*.pdx)</source>
        <translation>peerdesk बंडल (*.pdx)</translation>
    </message>
    <message>
        <source>Adding the laptop…</source>
        <translation>लैपटॉप जोड़ा जा रहा है…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>हो गया (&amp;D)</translation>
    </message>
    <message>
        <source>The laptop was added. Give the new laptop the file %1 (on a USB stick, or as an attachment) and open it there with Open the first bundle. Only that laptop can open it.</source>
        <translation>लैपटॉप जुड़ गया। फ़ाइल %1 नए लैपटॉप तक पहुँचाएँ (USB स्टिक से या अटैचमेंट में) और वहाँ &quot;पहला बंडल खोलें&quot; से खोलें। इसे सिर्फ़ वही लैपटॉप खोल सकता है।</translation>
    </message>
</context>
<context>
    <name>AddLoginDialog</name>
    <message>
        <source>Creating the login (this takes a few seconds)…</source>
        <translation>लॉगिन बन रहा है (कुछ सेकंड लगेंगे)…</translation>
    </message>
    <message>
        <source>Add a login for %1</source>
        <translation>%1 के लिए लॉगिन बनाएँ</translation>
    </message>
    <message>
        <source>Choose a user name and a passphrase together with the member, or let them type the passphrase themselves. Nobody can recover a forgotten passphrase except with the group&apos;s recovery key.</source>
        <translation>सदस्य के साथ बैठकर यूज़र नेम और पासफ़्रेज़ चुनें, या पासफ़्रेज़ उन्हें ख़ुद लिखने दें। भूला हुआ पासफ़्रेज़ कोई वापस नहीं ला सकता, सिर्फ़ समूह की रिकवरी कुंजी से ही रास्ता निकलता है।</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>यूज़र नेम (&amp;U)</translation>
    </message>
    <message>
        <source>Letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;. Typed at every unlock.</source>
        <translation>अक्षर, अंक, &apos;.&apos;, &apos;_&apos; या &apos;-&apos;। हर बार खोलते समय यही लिखना होगा।</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>पासफ़्रेज़ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>दोबारा लिखें (&amp;T)</translation>
    </message>
    <message>
        <source>Add login</source>
        <translation>लॉगिन बनाएँ</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>दोनों पासफ़्रेज़ एक जैसे नहीं हैं।</translation>
    </message>
</context>
<context>
    <name>AdviseeFormDialog</name>
    <message>
        <source>Saving advisee…</source>
        <translation>सलाह लेने वाले का ब्योरा सेव हो रहा है…</translation>
    </message>
    <message>
        <source>Advisee</source>
        <translation>सलाह लेने वाले</translation>
    </message>
    <message>
        <source>Edit advisee</source>
        <translation>सलाह लेने वाले का ब्योरा बदलें</translation>
    </message>
    <message>
        <source>Add an advisee</source>
        <translation>सलाह लेने वाले जोड़ें</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>चाहें तो</translation>
    </message>
    <message>
        <source>Optional: phone, e-mail or how to reach them</source>
        <translation>चाहें तो: फ़ोन, ई-मेल या उन तक कैसे पहुँचें</translation>
    </message>
    <message>
        <source>Consent recorded on</source>
        <translation>सहमति दर्ज करने की तारीख़</translation>
    </message>
    <message>
        <source>Consent withdrawn on</source>
        <translation>सहमति वापस लेने की तारीख़</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>बंद करने की तारीख़</translation>
    </message>
    <message>
        <source>e.g. moved away; referred to a clinic</source>
        <translation>जैसे: शहर छोड़ दिया; क्लिनिक को रेफ़र किया</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>कोड (&amp;C)</translation>
    </message>
    <message>
        <source>Pseudonymous: used everywhere instead of a name.</source>
        <translation>नाम की जगह हर जगह यही कोड दिखता है।</translation>
    </message>
    <message>
        <source>&amp;Name (optional)</source>
        <translation>नाम, चाहें तो (&amp;N)</translation>
    </message>
    <message>
        <source>Leave empty to keep this advisee pseudonymous.</source>
        <translation>नाम छिपाना हो तो ख़ाली छोड़ें।</translation>
    </message>
    <message>
        <source>C&amp;ontact (optional)</source>
        <translation>संपर्क, चाहें तो (&amp;O)</translation>
    </message>
    <message>
        <source>Consent &amp;date</source>
        <translation>सहमति की तारीख़ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;The advisee agreed to</source>
        <translation>सलाह लेने वाले ने इनकी सहमति दी (&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;losing date</source>
        <translation>बंद करने की तारीख़ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Withdrawal</source>
        <translation>सहमति वापसी (&amp;W)</translation>
    </message>
    <message>
        <source>Only if the advisee withdrew consent.</source>
        <translation>सिर्फ़ तब, जब सलाह लेने वाले ने सहमति वापस ले ली हो।</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>स्थिति (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reason for closing</source>
        <translation>बंद करने की वजह (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Assigned advisors</source>
        <translation>ज़िम्मेदार सलाहकार (&amp;A)</translation>
    </message>
    <message>
        <source>Advisors see only the advisees assigned to them.</source>
        <translation>सलाहकार सिर्फ़ उन्हीं सलाह लेने वालों को देखते हैं जो उन्हें सौंपे गए हैं।</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>इतिहास…</translation>
    </message>
    <message>
        <source>Save advisee</source>
        <translation>सेव करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Opening advisee…</source>
        <translation>सलाह लेने वाले का ब्योरा खुल रहा है…</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (सक्रिय नहीं)</translation>
    </message>
    <message>
        <source>a former member</source>
        <translation>पूर्व सदस्य</translation>
    </message>
    <message>
        <source>Advisee %1</source>
        <translation>सलाह लेने वाले %1</translation>
    </message>
    <message>
        <source>Edit advisee %1</source>
        <translation>सलाह लेने वाले %1 का ब्योरा बदलें</translation>
    </message>
    <message>
        <source>this advisee</source>
        <translation>ये सलाह लेने वाले</translation>
    </message>
</context>
<context>
    <name>AgreementForm</name>
    <message>
        <source>Boundary agreement</source>
        <translation>सीमा-समझौता</translation>
    </message>
    <message>
        <source>Choose the advisor…</source>
        <translation>सलाहकार चुनें…</translation>
    </message>
    <message>
        <source>Advisee code, e.g. PS-0142</source>
        <translation>सलाह लेने वाले का कोड, जैसे PS-0142</translation>
    </message>
    <message>
        <source>None ticked: any day.</source>
        <translation>कोई न चुना हो तो: कोई भी दिन।</translation>
    </message>
    <message>
        <source>Only between</source>
        <translation>सिर्फ़ इस समय के बीच</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>कोई सीमा नहीं</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>समीक्षा की तारीख़</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>ख़त्म होने की तारीख़</translation>
    </message>
    <message>
        <source>Anything else you agreed, in plain words</source>
        <translation>और जो कुछ तय हुआ, आसान शब्दों में</translation>
    </message>
    <message>
        <source>Other terms</source>
        <translation>दूसरी शर्तें</translation>
    </message>
    <message>
        <source>&amp;Advisor</source>
        <translation>सलाहकार (&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;dvisee</source>
        <translation>सलाह लेने वाले (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;How they may be in contact</source>
        <translation>किस माध्यम से संपर्क हो सकता है (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Contact days</source>
        <translation>संपर्क के दिन (&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ontact hours</source>
        <translation>संपर्क का समय (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Most sessions in a month</source>
        <translation>महीने में ज़्यादा से ज़्यादा सेशन (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Longest session</source>
        <translation>सबसे लंबा सेशन (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Starts on</source>
        <translation>शुरू होने की तारीख़ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Review date</source>
        <translation>समीक्षा की तारीख़ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>ख़त्म होने की तारीख़ (&amp;E)</translation>
    </message>
    <message>
        <source>S&amp;tandard clauses (read them together with the advisee)</source>
        <translation>सामान्य शर्तें (इन्हें सलाह लेने वाले के साथ मिलकर पढ़ें) (&amp;T)</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>स्थिति (&amp;U)</translation>
    </message>
    <message>
        <source>Draft until both have acknowledged it; then Active.</source>
        <translation>जब तक दोनों स्वीकार न करें, मसौदा; उसके बाद सक्रिय।</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>खुल रहा है…</translation>
    </message>
    <message>
        <source>Choose the advisor.</source>
        <translation>सलाहकार चुनें।</translation>
    </message>
    <message>
        <source>Choose the advisee from the list.</source>
        <translation>सूची से सलाह लेने वाले चुनें।</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backup</source>
        <translation>बैकअप</translation>
    </message>
    <message>
        <source>A backup is one encrypted file. It opens only with a passphrase of this group or the recovery key. Keep it somewhere other than this laptop (a USB stick in a safe place).</source>
        <translation>बैकअप एक एन्क्रिप्टेड फ़ाइल है। यह सिर्फ़ इस समूह के किसी पासफ़्रेज़ या रिकवरी कुंजी से खुलती है। इसे इस लैपटॉप के अलावा कहीं और रखें (जैसे किसी सुरक्षित जगह रखी USB स्टिक में)।</translation>
    </message>
    <message>
        <source>Where to save the backup file</source>
        <translation>बैकअप फ़ाइल कहाँ सेव करनी है</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <source>Make backup</source>
        <translation>बैकअप बनाएँ</translation>
    </message>
    <message>
        <source>Save backup as</source>
        <translation>बैकअप इस नाम से सेव करें</translation>
    </message>
    <message>
        <source>peerdesk backups (%1)</source>
        <translation>peerdesk बैकअप (%1)</translation>
    </message>
    <message>
        <source>That file already exists; choose a new name.</source>
        <translation>यह फ़ाइल पहले से है; कोई नया नाम चुनें।</translation>
    </message>
    <message>
        <source>That folder does not exist.</source>
        <translation>यह फ़ोल्डर मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Checking the vault and writing the backup… This can take a minute on a large vault.</source>
        <translation>वॉल्ट की जाँच हो रही है और बैकअप लिखा जा रहा है… बड़े वॉल्ट में एक मिनट लग सकता है।</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>बैकअप बन रहा है…</translation>
    </message>
    <message>
        <source>Backup written and verified:
%1
Audit head %2. Store it away from this laptop.</source>
        <translation>बैकअप लिखा गया और जाँच लिया गया:
%1
ऑडिट लॉग का आख़िरी रिकॉर्ड %2। इसे इस लैपटॉप से दूर रखें।</translation>
    </message>
    <message>
        <source>The backup was not made. %1</source>
        <translation>बैकअप नहीं बना। %1</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>मेरा पासफ़्रेज़ बदलें</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>अभी का पासफ़्रेज़ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>नया पासफ़्रेज़ (&amp;N)</translation>
    </message>
    <message>
        <source>New passphrase a&amp;gain</source>
        <translation>नया पासफ़्रेज़ दोबारा (&amp;G)</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>पासफ़्रेज़ बदलें</translation>
    </message>
    <message>
        <source>Only your own login changes. Other members and the recovery key keep working. Write the new passphrase down somewhere safe until you know it by heart.</source>
        <translation>सिर्फ़ आपका अपना लॉगिन बदलेगा। बाक़ी सदस्य और रिकवरी कुंजी पहले की तरह काम करते रहेंगे। जब तक नया पासफ़्रेज़ याद न हो जाए, उसे किसी सुरक्षित जगह लिखकर रखें।</translation>
    </message>
    <message>
        <source>Enter your current passphrase.</source>
        <translation>अपना अभी का पासफ़्रेज़ लिखें।</translation>
    </message>
    <message>
        <source>Choose a passphrase different from the current one.</source>
        <translation>अभी वाले से अलग पासफ़्रेज़ चुनें।</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>दोनों नए पासफ़्रेज़ एक जैसे नहीं हैं।</translation>
    </message>
    <message>
        <source>Changing… (a few seconds)</source>
        <translation>बदल रहा है… (कुछ सेकंड)</translation>
    </message>
    <message>
        <source>Changing passphrase…</source>
        <translation>पासफ़्रेज़ बदल रहा है…</translation>
    </message>
    <message>
        <source>That is not your current passphrase.</source>
        <translation>यह आपका अभी का पासफ़्रेज़ नहीं है।</translation>
    </message>
</context>
<context>
    <name>ConflictDecideDialog</name>
    <message>
        <source>A decision to make</source>
        <translation>एक फ़ैसला लेना है</translation>
    </message>
    <message>
        <source>Two laptops changed this differently before they exchanged. peerdesk keeps both until you choose; nothing is lost either way.</source>
        <translation>लेन-देन से पहले दो लैपटॉप पर इसे अलग-अलग बदला गया। जब तक आप नहीं चुनते, peerdesk दोनों रखता है; किसी भी हाल में कुछ नहीं खोएगा।</translation>
    </message>
    <message>
        <source>On this laptop</source>
        <translation>इस लैपटॉप पर</translation>
    </message>
    <message>
        <source>From the other laptop</source>
        <translation>दूसरे लैपटॉप से</translation>
    </message>
    <message>
        <source>The text to keep</source>
        <translation>रखने वाला टेक्स्ट</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>मेरा रखें (&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>उनका रखें (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>बदलें… (&amp;E)</translation>
    </message>
    <message>
        <source>Write the text to keep, from both versions</source>
        <translation>दोनों रूपों को देखकर रखने वाला टेक्स्ट लिखें</translation>
    </message>
    <message>
        <source>&amp;Save this text</source>
        <translation>यह टेक्स्ट सेव करें (&amp;S)</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>बाद में तय करें (&amp;L)</translation>
    </message>
    <message>
        <source>Changed by %1 on %2, on %3</source>
        <translation>%1 ने %2 को %3 पर बदला</translation>
    </message>
    <message>
        <source>Write the text to keep, or keep one of the two.</source>
        <translation>रखने वाला टेक्स्ट लिखें, या दोनों में से एक रखें।</translation>
    </message>
    <message>
        <source>Saving the decision…</source>
        <translation>फ़ैसला सेव हो रहा है…</translation>
    </message>
</context>
<context>
    <name>DecisionsDialog</name>
    <message>
        <source>Decisions to make</source>
        <translation>लेने वाले फ़ैसले</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>फ़ैसले</translation>
    </message>
    <message>
        <source>Nothing to decide. Every change from the other laptops was applied.</source>
        <translation>कोई फ़ैसला बाक़ी नहीं। दूसरे लैपटॉप के सारे बदलाव लग गए हैं।</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>तय करें… (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>बंद करें (&amp;C)</translation>
    </message>
    <message>
        <source>A change set aside is kept but not applied. Ask whoever made it; if it was right, they make it again.</source>
        <translation>अलग रखा गया बदलाव सँभालकर रखा है, पर लगाया नहीं गया। जिसने किया उनसे पूछें; अगर वह सही था तो वे उसे दोबारा करें।</translation>
    </message>
    <message>
        <source>Settled automatically</source>
        <translation>अपने-आप सुलझा</translation>
    </message>
    <message>
        <source>&amp;Mark as looked at</source>
        <translation>देख लिया (&amp;M)</translation>
    </message>
    <message>
        <source>You have seen it; it leaves this list (the audit log keeps who looked and when)</source>
        <translation>आपने इसे देख लिया; यह इस सूची से हट जाएगा (ऑडिट लॉग में रहता है कि किसने और कब देखा)</translation>
    </message>
    <message>
        <source>Settled automatically — have a look</source>
        <translation>अपने-आप सुलझे — एक नज़र देख लें</translation>
    </message>
    <message>
        <source>Loading decisions…</source>
        <translation>फ़ैसले लोड हो रहे हैं…</translation>
    </message>
    <message>
        <source>Marking as looked at…</source>
        <translation>देखा हुआ दर्ज हो रहा है…</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>क्यों</translation>
    </message>
    <message>
        <source>Changed on two laptops</source>
        <translation>दो लैपटॉप पर बदला गया</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>अलग रखा गया</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>ब्योरा</translation>
    </message>
</context>
<context>
    <name>DisclosureForm</name>
    <message>
        <source>Log disclosure</source>
        <translation>दर्ज करें</translation>
    </message>
    <message>
        <source>Log a disclosure</source>
        <translation>बाहर दी गई जानकारी दर्ज करें</translation>
    </message>
    <message>
        <source>Record every time information about this advisee was shared outside the group: with a helpline, a family member, a clinic, the police.</source>
        <translation>हर वह मौक़ा दर्ज करें जब इन सलाह लेने वाले के बारे में जानकारी समूह के बाहर दी गई: किसी हेल्पलाइन, परिवार के किसी सदस्य, क्लिनिक या पुलिस को।</translation>
    </message>
    <message>
        <source>A name or a role, e.g. &quot;Duty doctor&quot;</source>
        <translation>नाम या पद, जैसे &quot;ड्यूटी डॉक्टर&quot;</translation>
    </message>
    <message>
        <source>&amp;Who was told</source>
        <translation>किसे बताया (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Their role or organisation</source>
        <translation>उनका पद या संस्था (&amp;T)</translation>
    </message>
    <message>
        <source>W&amp;hat was shared</source>
        <translation>क्या बताया गया (&amp;H)</translation>
    </message>
    <message>
        <source>Wh&amp;y</source>
        <translation>क्यों (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Did the advisee know it was shared?</source>
        <translation>क्या सलाह लेने वाले को पता था कि जानकारी दी गई? (&amp;D)</translation>
    </message>
    <message>
        <source>e.g. District hospital, Tele-MANAS helpline</source>
        <translation>जैसे ज़िला अस्पताल, Tele-MANAS हेल्पलाइन</translation>
    </message>
    <message>
        <source>What exactly was shared?</source>
        <translation>ठीक-ठीक क्या बताया गया?</translation>
    </message>
    <message>
        <source>Why it had to be shared</source>
        <translation>बताना क्यों ज़रूरी था</translation>
    </message>
    <message>
        <source>Yes, the advisee knew</source>
        <translation>हाँ, सलाह लेने वाले को पता था</translation>
    </message>
    <message>
        <source>No, the advisee did not know</source>
        <translation>नहीं, सलाह लेने वाले को पता नहीं था</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <source>Say whether the advisee knew.</source>
        <translation>बताएँ कि सलाह लेने वाले को पता था या नहीं।</translation>
    </message>
</context>
<context>
    <name>EscalationDetailDialog</name>
    <message>
        <source>someone</source>
        <translation>कोई</translation>
    </message>
    <message>
        <source>Raised by %1 — level %2</source>
        <translation>%1 ने दर्ज की — स्तर %2</translation>
    </message>
    <message>
        <source>%1: action — %2</source>
        <translation>%1: कदम — %2</translation>
    </message>
    <message>
        <source>%1 logged a disclosure (the advisee knew)</source>
        <translation>%1 ने बाहर दी गई जानकारी दर्ज की (सलाह लेने वाले को पता था)</translation>
    </message>
    <message>
        <source>%1 logged a disclosure (the advisee did NOT know)</source>
        <translation>%1 ने बाहर दी गई जानकारी दर्ज की (सलाह लेने वाले को पता नहीं था)</translation>
    </message>
    <message>
        <source>%1 added a note</source>
        <translation>%1 ने नोट जोड़ा</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>जोखिम सूचना</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>Red while no other laptop has this escalation (raised here, not yet sent).</extracomment>
        <translation>खुल रहा है…</translation>
    </message>
    <message>
        <source>What happened, oldest first</source>
        <translation>क्या-क्या हुआ, सबसे पुराना पहले</translation>
    </message>
    <message>
        <source>Disclosure log</source>
        <translation>बाहर दी गई जानकारी की सूची</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>अगला कदम</translation>
    </message>
    <message>
        <source>Add a note to the record (what happened, a call made…)</source>
        <translation>ब्योरे में नोट जोड़ें (क्या हुआ, कौन-सा फ़ोन किया…)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>नया नोट</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>नोट जोड़ें</translation>
    </message>
    <message>
        <source>Log a disclosure…</source>
        <translation>बाहर दी गई जानकारी दर्ज करें…</translation>
    </message>
    <message>
        <source>Copy record text</source>
        <translation>ब्योरा कॉपी करें</translation>
    </message>
    <message>
        <source>Copies the text; the clipboard is cleared again shortly.</source>
        <translation>लिखा हुआ कॉपी करता है; थोड़ी देर में क्लिपबोर्ड फिर से ख़ाली हो जाता है।</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>विंडो बंद करें</translation>
    </message>
    <message>
        <source>What was &amp;raised</source>
        <translation>क्या दर्ज हुआ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Timeline (oldest first)</source>
        <translation>क्या-क्या हुआ, सबसे पुराना पहले (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation>नया नोट (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Disclosure log: who was told what</source>
        <translation>बाहर दी गई जानकारी: किसे क्या बताया (&amp;D)</translation>
    </message>
    <message>
        <source>Loading escalation…</source>
        <translation>जोखिम सूचना लोड हो रही है…</translation>
    </message>
    <message>
        <source>Checking the exchange…</source>
        <translation>लेन-देन देखा जा रहा है…</translation>
    </message>
    <message>
        <source>advisee</source>
        <translation>सलाह लेने वाले</translation>
    </message>
    <message>
        <source>Escalation — %1</source>
        <translation>जोखिम सूचना — %1</translation>
    </message>
    <message>
        <source>and</source>
        <translation>और</translation>
    </message>
    <message>
        <source>Raised %1 by %2</source>
        <translation>%2 ने %1 को दर्ज की।</translation>
    </message>
    <message>
        <source>Kind of risk: %1</source>
        <translation>जोखिम का प्रकार: %1।</translation>
    </message>
    <message>
        <source>OVERDUE: not acknowledged; it was due %1 (%2).</source>
        <translation>समय-सीमा पार: स्वीकार नहीं हुई; समय-सीमा %1 थी (%2)।</translation>
    </message>
    <message>
        <source>Acknowledge by %1 (%2).</source>
        <translation>%1 तक स्वीकार करें (%2)।</translation>
    </message>
    <message>
        <source>Acknowledged %1.</source>
        <translation>%1 को स्वीकार की गई।</translation>
    </message>
    <message>
        <source>Done straight away: %1</source>
        <translation>तुरंत उठाया गया कदम: %1</translation>
    </message>
    <message>
        <source>told %1 (%2)</source>
        <translation>%1 (%2) को बताया</translation>
    </message>
    <message>
        <source>told %1</source>
        <translation>%1 को बताया</translation>
    </message>
    <message>
        <source>advisee knew</source>
        <translation>सलाह लेने वाले को पता था</translation>
    </message>
    <message>
        <source>advisee did NOT know</source>
        <translation>सलाह लेने वाले को पता नहीं था</translation>
    </message>
    <message>
        <source>What: %1</source>
        <translation>क्या: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>क्यों: %1</translation>
    </message>
    <message>
        <source>Nothing has been shared outside the group for this escalation.</source>
        <translation>इस जोखिम सूचना के बारे में समूह के बाहर कुछ नहीं बताया गया है।</translation>
    </message>
    <message>
        <source>Only a supervisor can close an escalation.</source>
        <translation>जोखिम सूचना सिर्फ़ मार्गदर्शक बंद कर सकते हैं।</translation>
    </message>
    <message>
        <source>Closed. Only a supervisor can re-open it.</source>
        <translation>बंद है। इसे सिर्फ़ मार्गदर्शक फिर से खोल सकते हैं।</translation>
    </message>
    <message>
        <source>You can add notes and log disclosures; a coordinator or supervisor moves it on.</source>
        <translation>आप नोट जोड़ सकते हैं और बाहर दी गई जानकारी दर्ज कर सकते हैं; इसे आगे संयोजक या मार्गदर्शक बढ़ाते हैं।</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सेव हो रहा है…</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>पहले नोट लिखें।</translation>
    </message>
    <message>
        <source>Copied. The clipboard will be cleared again shortly.</source>
        <translation>कॉपी हो गया। थोड़ी देर में क्लिपबोर्ड फिर से ख़ाली हो जाएगा।</translation>
    </message>
</context>
<context>
    <name>EscalationForm</name>
    <message>
        <source>Raise concern</source>
        <translation>सूचना दर्ज करें</translation>
    </message>
    <message>
        <source>Raise a concern</source>
        <translation>जोखिम सूचना दर्ज करें</translation>
    </message>
    <message>
        <source>Use this when you are worried about an advisee&apos;s safety. If someone is in danger right now, act first (call emergency services), then record it here.</source>
        <translation>जब आपको किसी सलाह लेने वाले की सुरक्षा की चिंता हो, तब इसका इस्तेमाल करें। अगर कोई अभी ख़तरे में है, तो पहले कदम उठाएँ (आपातकालीन सेवा को फ़ोन करें), फिर यहाँ दर्ज करें।</translation>
    </message>
    <message>
        <source>Type the advisee code, e.g. PS-0142</source>
        <translation>सलाह लेने वाले का कोड लिखें, जैसे PS-0142</translation>
    </message>
    <message>
        <source>&amp;Advisee</source>
        <translation>सलाह लेने वाले (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>स्तर (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;What kind of risk (tick all that apply)</source>
        <translation>किस तरह का जोखिम (जो-जो लागू हों, सब पर सही लगाएँ) (&amp;W)</translation>
    </message>
    <message>
        <source>W&amp;hat happened</source>
        <translation>क्या हुआ (&amp;H)</translation>
    </message>
    <message>
        <source>Wha&amp;t you did straight away (if anything)</source>
        <translation>आपने तुरंत क्या किया (अगर कुछ किया) (&amp;T)</translation>
    </message>
    <message>
        <source>Choose how serious…</source>
        <translation>कितना गंभीर है, चुनें…</translation>
    </message>
    <message>
        <source>Choose a level to see what it means and how soon it must be acknowledged.</source>
        <translation>स्तर चुनें, तो दिखेगा कि उसका मतलब क्या है और कितनी जल्दी स्वीकार करना ज़रूरी है।</translation>
    </message>
    <message>
        <source>What did the advisee say or do? What worries you?</source>
        <translation>सलाह लेने वाले ने क्या कहा या किया? आपको किस बात की चिंता है?</translation>
    </message>
    <message>
        <source>For example: stayed on the phone, agreed a safety plan, called the helpline together.</source>
        <translation>जैसे: फ़ोन पर साथ बने रहे, सुरक्षा योजना तय की, साथ मिलकर हेल्पलाइन को फ़ोन किया।</translation>
    </message>
    <message>
        <source>Loading advisees…</source>
        <translation>सलाह लेने वालों की सूची लोड हो रही है…</translation>
    </message>
    <message>
        <source>Choose an advisee from the list (type part of their code).</source>
        <translation>सूची से सलाह लेने वाले चुनें (उनके कोड का कुछ हिस्सा लिखें)।</translation>
    </message>
    <message>
        <source>Choose the advisee.</source>
        <translation>सलाह लेने वाले चुनें।</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>I have printed or stored the recovery key somewhere safe</source>
        <translation>मैंने रिकवरी कुंजी छाप ली है या किसी सुरक्षित जगह रख ली है</translation>
    </message>
    <message>
        <source>Choose a user name to sign in with.</source>
        <translation>लॉगिन के लिए यूज़र नेम चुनें।</translation>
    </message>
    <message>
        <source>A user name needs at least %1 characters.</source>
        <translation>यूज़र नेम में कम से कम %1 अक्षर होने चाहिए।</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only (no spaces).</source>
        <translation>सिर्फ़ अक्षर, अंक, &apos;.&apos;, &apos;_&apos; और &apos;-&apos; इस्तेमाल करें (बीच में जगह नहीं)।</translation>
    </message>
    <message>
        <source>Set up peerdesk</source>
        <extracomment>The person&apos;s group already uses peerdesk: join it instead (ui/dialogs/join_group.py).</extracomment>
        <translation>peerdesk शुरू करें</translation>
    </message>
    <message>
        <source>Set up your group</source>
        <translation>अपना समूह शुरू करें</translation>
    </message>
    <message>
        <source>peerdesk keeps your group&apos;s records encrypted on this computer, in %1. You will be the first coordinator; you can add the other members after this.</source>
        <translation>peerdesk आपके समूह के रिकॉर्ड इस कंप्यूटर के फ़ोल्डर %1 में एन्क्रिप्ट करके रखता है। आप पहले संयोजक होंगे; बाक़ी सदस्यों को आप इसके बाद जोड़ सकते हैं।</translation>
    </message>
    <message>
        <source>&amp;Group name</source>
        <translation>समूह का नाम (&amp;G)</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>आपका नाम (&amp;N)</translation>
    </message>
    <message>
        <source>As the group knows you.</source>
        <translation>जिस नाम से समूह आपको जानता है।</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>यूज़र नेम (&amp;U)</translation>
    </message>
    <message>
        <source>What you type to sign in.</source>
        <translation>लॉगिन करते समय आप यही लिखेंगे।</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>पासफ़्रेज़ (&amp;P)</translation>
    </message>
    <message>
        <source>At least 12 characters, or 4 or more words.</source>
        <translation>कम से कम 12 अक्षर, या 4 या ज़्यादा शब्द।</translation>
    </message>
    <message>
        <source>&amp;Confirm passphrase</source>
        <translation>पासफ़्रेज़ दोबारा (&amp;C)</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>वॉल्ट बन रहा है</translation>
    </message>
    <message>
        <source>Creating the encrypted vault…</source>
        <translation>एन्क्रिप्टेड वॉल्ट बन रहा है…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें (&amp;Q)</translation>
    </message>
    <message>
        <source>C&amp;reate vault</source>
        <translation>वॉल्ट बनाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Join my group&apos;s peerdesk…</source>
        <translation>मेरे समूह के peerdesk से जुड़ें… (&amp;J)</translation>
    </message>
    <message>
        <source>Your group already uses peerdesk on another laptop: add this laptop to it</source>
        <translation>आपका समूह किसी दूसरे लैपटॉप पर पहले से peerdesk इस्तेमाल करता है: इस लैपटॉप को उसमें जोड़ें</translation>
    </message>
    <message>
        <source>Enter the name of your group.</source>
        <translation>अपने समूह का नाम लिखें।</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>अपना नाम लिखें।</translation>
    </message>
    <message>
        <source>Type the passphrase again.</source>
        <translation>पासफ़्रेज़ दोबारा लिखें।</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>दोनों पासफ़्रेज़ अलग-अलग हैं।</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>वॉल्ट बन रहा है…</translation>
    </message>
    <message>
        <source>Locking…</source>
        <translation>लॉक हो रहा है…</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>आपकी रिकवरी कुंजी</translation>
    </message>
    <message>
        <source>If every coordinator forgets their passphrase, this key is the only way to open the group&apos;s records. It is shown only now. Print the recovery sheet or write the key down, and keep it somewhere safe and private — anyone holding it can open the vault.</source>
        <translation>अगर सभी संयोजक अपना पासफ़्रेज़ भूल जाएँ, तो समूह के रिकॉर्ड खोलने का यही एक रास्ता है। यह सिर्फ़ अभी दिखाई जा रही है। रिकवरी काग़ज़ छाप लें या कुंजी लिख लें, और इसे किसी सुरक्षित और निजी जगह रखें — जिसके पास यह होगी, वह वॉल्ट खोल सकता है।</translation>
    </message>
    <message>
        <source>&amp;Save recovery sheet as PDF…</source>
        <translation>रिकवरी काग़ज़ PDF में सेव करें (&amp;S)…</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>आगे बढ़ें (&amp;O)</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>रिकवरी कुंजी</translation>
    </message>
    <message>
        <source>Save recovery sheet</source>
        <translation>रिकवरी काग़ज़ सेव करें</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सेव हो रहा है…</translation>
    </message>
    <message>
        <source>Saving the recovery sheet…</source>
        <translation>रिकवरी काग़ज़ सेव हो रहा है…</translation>
    </message>
    <message>
        <source>Saved to %1. Print it, then keep or delete the file.</source>
        <translation>%1 में सेव हो गया। इसे छाप लें, फिर फ़ाइल रखें या मिटा दें।</translation>
    </message>
    <message>
        <source>The sheet could not be saved.</source>
        <translation>काग़ज़ सेव नहीं हो सका।</translation>
    </message>
</context>
<context>
    <name>FlagsModel</name>
    <message>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>क्या हुआ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>ब्योरा</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Deleted</source>
        <extracomment>Field names → the labels forms use, taken from the validators&apos; field specs.</extracomment>
        <translation>मिटाया गया</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>किसने मिटाया</translation>
    </message>
    <message>
        <source>Assigned advisors</source>
        <translation>ज़िम्मेदार सलाहकार</translation>
    </message>
    <message>
        <source>a former member</source>
        <extracomment>Bookkeeping fields that are shown in the &quot;who/when&quot; columns instead. Fields whose values are member ids: shown as names. Fields holding stored vocabulary values: shown with their plain-language labels.</extracomment>
        <translation>पूर्व सदस्य</translation>
    </message>
    <message>
        <source>History — %1</source>
        <translation>इतिहास — %1</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 का इतिहास</translation>
    </message>
    <message>
        <source>Loading history…</source>
        <translation>इतिहास लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Import claim</source>
        <extracomment>For a record that came by import: who imported it, and what the file claimed.</extracomment>
        <translation>फ़ाइल में क्या लिखा था</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>By</source>
        <translation>किसने</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>क्या बदला</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <source>Fields of the chosen version</source>
        <translation>चुने गए संस्करण की जानकारी</translation>
    </message>
    <message>
        <source>No versions were found.</source>
        <translation>कोई संस्करण नहीं मिला।</translation>
    </message>
    <message>
        <source>1 version, newest first. Choose one to see what it held.</source>
        <translation>1 संस्करण। उसमें क्या था, देखने के लिए उसे चुनें।</translation>
    </message>
    <message>
        <source>%1 versions, newest first. Choose one to see what it held.</source>
        <translation>%1 संस्करण, सबसे नया पहले। किसी में क्या था, देखने के लिए उसे चुनें।</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>No visible change</source>
        <translation>कोई दिखने वाला बदलाव नहीं</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (अभी का)</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(बदला)</translation>
    </message>
</context>
<context>
    <name>JoinGroupDialog</name>
    <message>
        <source>Join my group&apos;s peerdesk</source>
        <translation>मेरे समूह के peerdesk से जुड़ें</translation>
    </message>
    <message>
        <source>Use this when your group already uses peerdesk on another laptop. This laptop asks to join; the coordinator adds it from their laptop and gives you a first bundle. Then you sign in with your own passphrase, as on the other laptop.</source>
        <translation>इसे तब चुनें जब आपका समूह किसी दूसरे लैपटॉप पर पहले से peerdesk इस्तेमाल करता है। यह लैपटॉप जुड़ने का अनुरोध करता है; संयोजक अपने लैपटॉप से इसे जोड़ते हैं और आपको पहला बंडल देते हैं। फिर आप अपने पासफ़्रेज़ से साइन इन करते हैं, जैसे दूसरे लैपटॉप पर।</translation>
    </message>
    <message>
        <source>e.g. Asha&apos;s laptop</source>
        <translation>जैसे आशा का लैपटॉप</translation>
    </message>
    <message>
        <source>&amp;Name of this laptop</source>
        <translation>इस लैपटॉप का नाम (&amp;N)</translation>
    </message>
    <message>
        <source>How the group will know this laptop.</source>
        <translation>समूह इस लैपटॉप को इसी नाम से जानेगा।</translation>
    </message>
    <message>
        <source>&amp;Passphrase for this laptop</source>
        <translation>इस लैपटॉप का पासफ़्रेज़ (&amp;P)</translation>
    </message>
    <message>
        <source>Protects this laptop&apos;s keys until the first bundle arrives. Your own sign-in passphrase is fine.</source>
        <translation>पहला बंडल आने तक यह इस लैपटॉप की कुंजियाँ सुरक्षित रखता है। आप अपना साइन-इन वाला पासफ़्रेज़ भी रख सकते हैं।</translation>
    </message>
    <message>
        <source>&amp;Confirm passphrase</source>
        <translation>पासफ़्रेज़ दोबारा लिखें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>वापस (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Make my join request</source>
        <translation>मेरा जुड़ने का अनुरोध बनाएँ (&amp;M)</translation>
    </message>
    <message>
        <source>Give this laptop a name, e.g. Asha&apos;s laptop.</source>
        <translation>इस लैपटॉप को एक नाम दें, जैसे आशा का लैपटॉप।</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>दोनों पासफ़्रेज़ एक जैसे नहीं हैं।</translation>
    </message>
    <message>
        <source>Making the request… (a few seconds)</source>
        <translation>अनुरोध बन रहा है… (कुछ सेकंड)</translation>
    </message>
    <message>
        <source>Making the join request…</source>
        <translation>जुड़ने का अनुरोध बन रहा है…</translation>
    </message>
    <message>
        <source>Show this to your coordinator</source>
        <translation>यह अपने संयोजक को दिखाएँ</translation>
    </message>
    <message>
        <source>&amp;Save the request file…</source>
        <translation>अनुरोध फ़ाइल सेव करें… (&amp;S)</translation>
    </message>
    <message>
        <source>Cop&amp;y the join code</source>
        <translation>जुड़ने का कोड कॉपी करें (&amp;Y)</translation>
    </message>
    <message>
        <source>Passp&amp;hrase chosen for this laptop</source>
        <translation>इस लैपटॉप के लिए चुना पासफ़्रेज़ (&amp;H)</translation>
    </message>
    <message>
        <source>Show the join code &amp;again</source>
        <translation>जुड़ने का कोड फिर दिखाएँ (&amp;A)</translation>
    </message>
    <message>
        <source>When the coordinator has added this laptop, they give you its first bundle (a .pdx file). Open it here.</source>
        <translation>संयोजक इस लैपटॉप को जोड़ने के बाद आपको इसका पहला बंडल (.pdx फ़ाइल) देंगे। उसे यहाँ खोलें।</translation>
    </message>
    <message>
        <source>&amp;Open the first bundle…</source>
        <translation>पहला बंडल खोलें… (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit for now</source>
        <translation>अभी बंद करें (&amp;Q)</translation>
    </message>
    <message>
        <source>This laptop keeps waiting for its first bundle; start peerdesk again to open it.</source>
        <translation>यह लैपटॉप अपने पहले बंडल का इंतज़ार करता रहेगा; उसे खोलने के लिए peerdesk फिर से चलाएँ।</translation>
    </message>
    <message>
        <source>Enter the passphrase chosen for this laptop.</source>
        <translation>इस लैपटॉप के लिए चुना पासफ़्रेज़ लिखें।</translation>
    </message>
    <message>
        <source>Opening this laptop&apos;s keys…</source>
        <translation>इस लैपटॉप की कुंजियाँ खुल रही हैं…</translation>
    </message>
    <message>
        <source>Save the join request</source>
        <translation>जुड़ने का अनुरोध सेव करें</translation>
    </message>
    <message>
        <source>peerdesk join request (*.pdjoin)</source>
        <translation>peerdesk जुड़ने का अनुरोध (*.pdjoin)</translation>
    </message>
    <message>
        <source>Saving the request…</source>
        <translation>अनुरोध सेव हो रहा है…</translation>
    </message>
    <message>
        <source>Saved %1. Give it to the coordinator (USB stick, or as an attachment); it holds no records and no secret.</source>
        <translation>%1 सेव हो गया। इसे संयोजक को दें (USB स्टिक से या अटैचमेंट में); इसमें न कोई रिकॉर्ड है, न कोई राज़ की बात।</translation>
    </message>
    <message>
        <source>The join code is copied. Paste it into a message to the coordinator; it holds no records and no secret.</source>
        <translation>जुड़ने का कोड कॉपी हो गया। इसे संयोजक को मैसेज में पेस्ट करके भेजें; इसमें न कोई रिकॉर्ड है, न कोई राज़ की बात।</translation>
    </message>
    <message>
        <source>Open the first bundle</source>
        <translation>पहला बंडल खोलें</translation>
    </message>
    <message>
        <source>peerdesk bundle (*.pdx)</source>
        <translation>peerdesk बंडल (*.pdx)</translation>
    </message>
    <message>
        <source>Building this laptop&apos;s vault…</source>
        <translation>इस लैपटॉप का वॉल्ट बन रहा है…</translation>
    </message>
    <message>
        <source>That is not the passphrase chosen when this laptop asked to join.</source>
        <translation>यह वह पासफ़्रेज़ नहीं है जो जुड़ने का अनुरोध करते समय चुना गया था।</translation>
    </message>
</context>
<context>
    <name>LaptopListDialog</name>
    <message>
        <source>Laptops</source>
        <translation>लैपटॉप</translation>
    </message>
    <message>
        <source>&amp;Add a laptop…</source>
        <translation>लैपटॉप जोड़ें… (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove from the group…</source>
        <translation>समूह से हटाएँ… (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>बंद करें (&amp;C)</translation>
    </message>
    <message>
        <source>Each laptop receives only what the members who use it may read. Removing a laptop stops sending to it, but it keeps what it already has.</source>
        <translation>हर लैपटॉप पर सिर्फ़ वही आता है जो उसे इस्तेमाल करने वाले सदस्य पढ़ सकते हैं। लैपटॉप हटाने से उसे भेजना बंद हो जाता है, पर जो उसके पास पहले से है वह उसी के पास रहता है।</translation>
    </message>
    <message>
        <source>Laptops of the group</source>
        <translation>समूह के लैपटॉप</translation>
    </message>
    <message>
        <source>Loading laptops…</source>
        <translation>लैपटॉप लोड हो रहे हैं…</translation>
    </message>
    <message>
        <source>Remove %1 from the group?

Nothing new will be sent to it, and whatever it writes from now on will be set aside on every other laptop for the coordinator to look at.

What it already holds stays on it: peerdesk cannot take back records from a laptop. If it was lost or stolen, tell the members whose records it held.</source>
        <translation>%1 को समूह से हटाएँ?

इसे अब कुछ नया नहीं भेजा जाएगा, और अब से यह जो भी लिखेगा वह हर दूसरे लैपटॉप पर अलग रखा जाएगा ताकि संयोजक देख सकें।

जो इसके पास पहले से है वह इसी पर रहेगा: peerdesk किसी लैपटॉप से रिकॉर्ड वापस नहीं ले सकता। अगर यह खो गया या चोरी हो गया, तो जिन सदस्यों के रिकॉर्ड इस पर थे उन्हें बताएँ।</translation>
    </message>
    <message>
        <source>Remove a laptop</source>
        <translation>लैपटॉप हटाएँ</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>Removing the laptop…</source>
        <translation>लैपटॉप हटाया जा रहा है…</translation>
    </message>
    <message>
        <source>%1 was removed from the group. It keeps what it already had.</source>
        <translation>%1 समूह से हटा दिया गया। जो उसके पास पहले से था, वह उसी के पास रहेगा।</translation>
    </message>
</context>
<context>
    <name>MemberFormDialog</name>
    <message>
        <source>Coordinator — runs the group: roster, advisees, sessions, backups</source>
        <extracomment>What each role does, in English (translated where shown, context &quot;MemberFormDialog&quot;).</extracomment>
        <translation>संयोजक — समूह चलाते हैं: सदस्यों की सूची, सलाह लेने वाले, सेशन, बैकअप</translation>
    </message>
    <message>
        <source>Advisor — holds sessions and writes reflections</source>
        <translation>सलाहकार — सेशन करते हैं और अनुभव-नोट लिखते हैं</translation>
    </message>
    <message>
        <source>Supervisor — reviews practice, reflections and escalations</source>
        <translation>मार्गदर्शक — काम, अनुभव-नोट और जोखिम सूचनाएँ देखते हैं</translation>
    </message>
    <message>
        <source>Saving member…</source>
        <translation>सदस्य का ब्योरा सेव हो रहा है…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>सदस्य का ब्योरा बदलें</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>सदस्य जोड़ें</translation>
    </message>
    <message>
        <source>How the group knows this person</source>
        <translation>समूह इन्हें किस नाम से जानता है</translation>
    </message>
    <message>
        <source>Active member of the group</source>
        <translation>समूह के सक्रिय सदस्य</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>नाम (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Roles (one or more)</source>
        <translation>भूमिकाएँ, एक या ज़्यादा (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>स्थिति (&amp;S)</translation>
    </message>
    <message>
        <source>Inactive members keep their history but are not offered in lists.</source>
        <translation>जो सदस्य सक्रिय नहीं हैं, उनका इतिहास रहता है, पर वे सूचियों में नहीं दिखते।</translation>
    </message>
    <message>
        <source>&amp;Training records</source>
        <translation>ट्रेनिंग का रिकॉर्ड (&amp;T)</translation>
    </message>
    <message>
        <source>Orientation, modules and the dates they were completed.</source>
        <translation>ओरिएंटेशन, मॉड्यूल और वे किस तारीख़ को पूरे हुए।</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>इतिहास…</translation>
    </message>
    <message>
        <source>Save member</source>
        <translation>सेव करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Opening member…</source>
        <translation>सदस्य का ब्योरा खुल रहा है…</translation>
    </message>
    <message>
        <source>Checking roles…</source>
        <translation>भूमिकाएँ जाँची जा रही हैं…</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>सदस्य: %1</translation>
    </message>
    <message>
        <source>Edit member: %1</source>
        <translation>सदस्य का ब्योरा बदलें: %1</translation>
    </message>
    <message>
        <source>this member</source>
        <translation>ये सदस्य</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Page %1</source>
        <extracomment>Height / width of an A4 page; used for pages not drawn yet. Space around and between pages, in pixels.</extracomment>
        <translation>पेज %1</translation>
    </message>
    <message>
        <source>Page %1
drawing…</source>
        <translation>पेज %1
बन रहा है…</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>जो लिखा है, उसे छोड़ दें?</translation>
    </message>
    <message>
        <source>Restored the text you had not saved yet.</source>
        <translation>जो लिखा था पर सेव नहीं हुआ था, वह वापस ले आए हैं।</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Milliseconds after the last keystroke before a draft is written. The write succeeded; carries the service&apos;s ``Change``. Key in the draft store, or &quot;&quot; for a form without drafts. English, marked for translation in the context &quot;RecordForm&quot; (or a subclass&apos;s name); translated where it is shown.</extracomment>
        <translation>सेव करें</translation>
    </message>
    <message>
        <source>Saving…</source>
        <extracomment>What the status bar says while the write runs (translated like ``save_text``).</extracomment>
        <translation>सेव हो रहा है…</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>सेव करें (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>सेव किए बिना बंद करें (Esc)</translation>
    </message>
    <message>
        <source>Enter: next field · Ctrl+Enter: save · Esc: cancel</source>
        <translation>Enter: अगला ख़ाना · Ctrl+Enter: सेव · Esc: रद्द</translation>
    </message>
    <message>
        <source>One field needs attention before saving.</source>
        <translation>सेव करने से पहले एक ख़ाना ठीक करना है।</translation>
    </message>
    <message>
        <source>%1 fields need attention before saving.</source>
        <translation>सेव करने से पहले %1 ख़ाने ठीक करने हैं।</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>सेव नहीं हुआ। %1</translation>
    </message>
    <message>
        <source>You have typed text that is not saved. Discard it?</source>
        <translation>आपने जो लिखा है, वह सेव नहीं हुआ है। उसे छोड़ दें?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>लिखना जारी रखें</translation>
    </message>
</context>
<context>
    <name>ReferralDirectoryDialog</name>
    <message>
        <source>not verified</source>
        <translation>जाँचा नहीं गया</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>%1 को जाँचा</translation>
    </message>
    <message>
        <source>Referral directory</source>
        <translation>रेफ़रल सूची</translation>
    </message>
    <message>
        <source>Where to refer someone, and how to reach them. In an emergency, call the emergency service first.</source>
        <translation>किसी को कहाँ रेफ़र करें, और वहाँ तक कैसे पहुँचें। आपात स्थिति में पहले आपातकालीन सेवा को फ़ोन करें।</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>जाँचा गया</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>The directory is empty. Add the helplines and clinics your group has checked.</source>
        <translation>सूची ख़ाली है। वे हेल्पलाइन और क्लिनिक जोड़ें जिन्हें आपके समूह ने जाँचा है।</translation>
    </message>
    <message>
        <source>Add entry…</source>
        <translation>नया जोड़ें…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>बदलें…</translation>
    </message>
    <message>
        <source>Mark verified today</source>
        <translation>आज जाँचा, दर्ज करें</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Loading the directory…</source>
        <translation>सूची लोड हो रही है…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सेव हो रहा है…</translation>
    </message>
    <message>
        <source>Remove this entry?</source>
        <translation>इसे हटाएँ?</translation>
    </message>
    <message>
        <source>Remove it from the directory? Its history is kept.</source>
        <translation>इसे सूची से हटा दें? इसका इतिहास रखा रहेगा।</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>रहने दें</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>हटाया जा रहा है…</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <source>Helpline</source>
        <extracomment>Kinds of directory entry, in English (marked for translation; shown with :func:`kinds`).</extracomment>
        <translation>हेल्पलाइन</translation>
    </message>
    <message>
        <source>Clinic or hospital</source>
        <translation>क्लिनिक या अस्पताल</translation>
    </message>
    <message>
        <source>Emergency service</source>
        <translation>आपातकालीन सेवा</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation>सेव करें</translation>
    </message>
    <message>
        <source>Edit directory entry</source>
        <translation>सूची में बदलाव करें</translation>
    </message>
    <message>
        <source>New directory entry</source>
        <translation>सूची में नया जोड़ें</translation>
    </message>
    <message>
        <source>Only add a number you or a colleague has called and checked. Mark it verified after each check, so people know how fresh it is.</source>
        <translation>सिर्फ़ वही नंबर जोड़ें जिस पर आपने या किसी साथी ने फ़ोन करके जाँचा हो। हर जाँच के बाद इसे जाँचा हुआ दर्ज करें, ताकि सबको पता रहे कि जानकारी कितनी ताज़ा है।</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>नाम (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>प्रकार (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>फ़ोन (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>समय (&amp;H)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>नोट (&amp;O)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <source>As you would dial it</source>
        <translation>जैसे आप डायल करेंगे</translation>
    </message>
    <message>
        <source>e.g. every day 10:00-22:00</source>
        <translation>जैसे हर दिन 10:00-22:00</translation>
    </message>
    <message>
        <source>Languages, who it is for, what to expect when calling</source>
        <translation>भाषाएँ, यह किसके लिए है, फ़ोन करने पर क्या होता है</translation>
    </message>
</context>
<context>
    <name>ReflectionFormDialog</name>
    <message>
        <source>Saving reflection…</source>
        <translation>अनुभव-नोट सेव हो रहा है…</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>अनुभव-नोट</translation>
    </message>
    <message>
        <source>Loading the session…</source>
        <translation>सेशन लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Only you and the supervisors can read this. Others see only that it exists.</source>
        <translation>इसे सिर्फ़ आप और मार्गदर्शक पढ़ सकते हैं। बाक़ी लोग सिर्फ़ इतना देखते हैं कि यह लिखा गया है।</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>क्या अच्छा रहा</translation>
    </message>
    <message>
        <source>What was hard</source>
        <translation>क्या मुश्किल रहा</translation>
    </message>
    <message>
        <source>Suggestions I made</source>
        <translation>मैंने क्या सुझाव दिए</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>कुछ नहीं चुना</translation>
    </message>
    <message>
        <source>Rather not say</source>
        <translation>नहीं बताना चाहते</translation>
    </message>
    <message>
        <source>What went &amp;well</source>
        <translation>क्या अच्छा रहा (&amp;W)</translation>
    </message>
    <message>
        <source>What was &amp;hard</source>
        <translation>क्या मुश्किल रहा (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Suggestions I made</source>
        <translation>मैंने क्या सुझाव दिए (&amp;S)</translation>
    </message>
    <message>
        <source>How &amp;confident I am in those suggestions</source>
        <translation>उन सुझावों पर मुझे कितना भरोसा है (&amp;C)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>चाहें तो</translation>
    </message>
    <message>
        <source>Ch&amp;allenges (tick any that fit)</source>
        <translation>मुश्किलें, जो लागू हों उन पर सही लगाएँ (&amp;A)</translation>
    </message>
    <message>
        <source>How I am &amp;feeling after this session</source>
        <translation>इस सेशन के बाद मेरा मन कैसा है (&amp;F)</translation>
    </message>
    <message>
        <source>Optional. Supervisors use this to look after you.</source>
        <translation>चाहें तो। मार्गदर्शक इससे आपका ध्यान रखते हैं।</translation>
    </message>
    <message>
        <source>Do you want to talk to a su&amp;pervisor?</source>
        <translation>क्या आप किसी मार्गदर्शक से बात करना चाहते हैं? (&amp;P)</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>इतिहास…</translation>
    </message>
    <message>
        <source>Save reflection</source>
        <translation>सेव करें</translation>
    </message>
    <message>
        <source>Opening reflection…</source>
        <translation>अनुभव-नोट खुल रहा है…</translation>
    </message>
    <message>
        <source>Session with %1 on %2</source>
        <translation>%1 के साथ सेशन, %2</translation>
    </message>
    <message>
        <source>My reflection</source>
        <translation>मेरा अनुभव-नोट</translation>
    </message>
    <message>
        <source>A supervisor has reviewed this reflection, so it can no longer be changed.</source>
        <translation>मार्गदर्शक यह अनुभव-नोट देख चुके हैं, इसलिए अब इसे बदला नहीं जा सकता।</translation>
    </message>
    <message>
        <source>Write a reflection</source>
        <translation>अनुभव-नोट लिखें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>this reflection</source>
        <translation>यह अनुभव-नोट</translation>
    </message>
</context>
<context>
    <name>ReflectionViewDialog</name>
    <message>
        <source>Reflection</source>
        <translation>अनुभव-नोट</translation>
    </message>
    <message>
        <source>Loading reflection…</source>
        <translation>अनुभव-नोट लोड हो रहा है…</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>देख लिया, दर्ज करें (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>इतिहास (&amp;H)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Opening reflection…</source>
        <translation>अनुभव-नोट खुल रहा है…</translation>
    </message>
    <message>
        <source>a former member</source>
        <translation>पूर्व सदस्य</translation>
    </message>
    <message>
        <source>Reflection by %1</source>
        <translation>%1 का अनुभव-नोट</translation>
    </message>
    <message>
        <source>Session with %1 on %2</source>
        <translation>%1 के साथ सेशन, %2</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>नहीं बताया</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>कुछ नहीं चुना</translation>
    </message>
    <message>
        <source>Supervision request: %1</source>
        <translation>मार्गदर्शन का अनुरोध: %1</translation>
    </message>
    <message>
        <source>Wellbeing: %1</source>
        <translation>मन कैसा है: %1</translation>
    </message>
    <message>
        <source>What went well:</source>
        <translation>क्या अच्छा रहा:</translation>
    </message>
    <message>
        <source>What was hard:</source>
        <translation>क्या मुश्किल रहा:</translation>
    </message>
    <message>
        <source>Suggestions made:</source>
        <translation>दिए गए सुझाव:</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>भरोसा: %1</translation>
    </message>
    <message>
        <source>Challenges:</source>
        <translation>मुश्किलें:</translation>
    </message>
    <message>
        <source>a supervisor</source>
        <translation>एक मार्गदर्शक</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation>%1 ने %2 को देखा</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>देखा गया</translation>
    </message>
    <message>
        <source>Marking reviewed…</source>
        <translation>देख लिया, दर्ज हो रहा है…</translation>
    </message>
    <message>
        <source>this reflection</source>
        <translation>यह अनुभव-नोट</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <source>Registered in the vault as report %1 · SHA-256 %2</source>
        <translation>वॉल्ट में रिपोर्ट %1 के रूप में दर्ज · SHA-256 %2</translation>
    </message>
    <message>
        <source>Report id and fingerprint</source>
        <translation>रिपोर्ट आईडी और फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <source>Page indicator</source>
        <translation>कौन-सा पेज</translation>
    </message>
    <message>
        <source>Drawing the pages…</source>
        <translation>पेज बन रहे हैं…</translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation>रिपोर्ट के पेज</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF के रूप में सेव करें…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>प्रिंट करें…</translation>
    </message>
    <message>
        <source>Stop printing</source>
        <translation>प्रिंट रोकें</translation>
    </message>
    <message>
        <source>Drawing the pages… %1 of %2</source>
        <translation>पेज बन रहे हैं… %2 में से %1</translation>
    </message>
    <message>
        <source>1 page.</source>
        <translation>1 पेज।</translation>
    </message>
    <message>
        <source>%1 pages.</source>
        <translation>%1 पेज।</translation>
    </message>
    <message>
        <source>Saving the PDF still works.</source>
        <translation>PDF सेव करना फिर भी काम करता है।</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>पेज %1 / %2</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>रिपोर्ट सेव करें</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write the file there. Choose another folder.</source>
        <translation>वहाँ फ़ाइल नहीं लिखी जा सकी। कोई दूसरा फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>सेव हो गया: %1</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>रिपोर्ट प्रिंट करें</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>प्रिंट हो रहा है…</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>%2 में से पेज %1 प्रिंट हो रहा है…</translation>
    </message>
    <message>
        <source>Sent 1 page to the printer.</source>
        <translation>1 पेज प्रिंटर को भेजा गया।</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer.</source>
        <translation>%1 पेज प्रिंटर को भेजे गए।</translation>
    </message>
    <message>
        <source>Printing stopped.</source>
        <translation>प्रिंट रोक दिया गया।</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>बैकअप से वापस लाएँ</translation>
    </message>
    <message>
        <source>This replaces the vault in
%1
with the contents of a backup file. Only a coordinator can restore, and only a backup of this vault. Your current vault files are not deleted: they are kept in a &quot;replaced-…&quot; folder inside the vault folder.</source>
        <translation>इससे इस जगह का वॉल्ट
%1
बैकअप फ़ाइल की सामग्री से बदल जाएगा। सिर्फ़ संयोजक ही वापस ला सकते हैं, और सिर्फ़ इसी वॉल्ट का बैकअप। आपकी अभी की वॉल्ट फ़ाइलें मिटाई नहीं जातीं: वे वॉल्ट फ़ोल्डर के अंदर &quot;replaced-…&quot; फ़ोल्डर में रख दी जाती हैं।</translation>
    </message>
    <message>
        <source>The backup file</source>
        <translation>बैकअप फ़ाइल</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>बैकअप फ़ाइल</translation>
    </message>
    <message>
        <source>My coordinator user name and passphrase (the same as in the backup)</source>
        <translation>संयोजक के रूप में मेरा यूज़र नेम और पासफ़्रेज़ (वही जो बैकअप में है)</translation>
    </message>
    <message>
        <source>The recovery key (from the printed recovery sheet)</source>
        <translation>रिकवरी कुंजी (छपे हुए रिकवरी काग़ज़ से)</translation>
    </message>
    <message>
        <source>Needed for a backup older than the vault&apos;s latest changes, or when no vault here opens.</source>
        <translation>तब ज़रूरी, जब बैकअप वॉल्ट के आख़िरी बदलावों से पुराना हो, या जब यहाँ कोई वॉल्ट न खुले।</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>यूज़र नेम</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>पासफ़्रेज़</translation>
    </message>
    <message>
        <source>I understand the current vault will be replaced (its files are kept aside, not deleted).</source>
        <translation>मुझे पता है कि अभी का वॉल्ट बदल दिया जाएगा (उसकी फ़ाइलें अलग रख दी जाती हैं, मिटाई नहीं जातीं)।</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>वापस लाएँ</translation>
    </message>
    <message>
        <source>Unlock the vault here and the backup with:</source>
        <translation>यहाँ का वॉल्ट और बैकअप इससे खोलें:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>रिकवरी कुंजी</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>बैकअप फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>peerdesk backups (%1)</source>
        <translation>peerdesk बैकअप (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>बैकअप फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>There is no file there.</source>
        <translation>वहाँ कोई फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>अपना यूज़र नेम लिखें।</translation>
    </message>
    <message>
        <source>Enter the recovery key.</source>
        <translation>रिकवरी कुंजी लिखें।</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>अपना पासफ़्रेज़ लिखें।</translation>
    </message>
    <message>
        <source>Tick the box to confirm the current vault will be replaced.</source>
        <translation>पुष्टि के लिए बॉक्स पर सही लगाएँ कि अभी का वॉल्ट बदल दिया जाएगा।</translation>
    </message>
    <message>
        <source>Checking the backup and restoring… (this can take a minute)</source>
        <translation>बैकअप की जाँच हो रही है और उसे वापस लाया जा रहा है… (एक मिनट लग सकता है)</translation>
    </message>
    <message>
        <source>Restoring from backup…</source>
        <translation>बैकअप से वापस लाया जा रहा है…</translation>
    </message>
    <message>
        <source>Restored from the backup made %1. You can now unlock it.</source>
        <translation>%1 को बने बैकअप से वापस ले आए। अब आप इसे खोल सकते हैं।</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>कुछ नहीं बदला। %1</translation>
    </message>
</context>
<context>
    <name>SessionDetailDialog</name>
    <message>
        <source>Session</source>
        <extracomment>Write or open the reflection on this session: ``(session_id, reflection_id or &quot;&quot;)``.</extracomment>
        <translation>सेशन</translation>
    </message>
    <message>
        <source>Loading session…</source>
        <translation>सेशन लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>सेशन का ब्योरा</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>आगे क्या करना है</translation>
    </message>
    <message>
        <source>Write reflection</source>
        <translation>अनुभव-नोट लिखें</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>इतिहास (&amp;H)…</translation>
    </message>
    <message>
        <source>Every saved version of this session</source>
        <translation>इस सेशन का हर सेव किया गया संस्करण</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>सारांश (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation>आगे क्या करना है (&amp;N)</translation>
    </message>
    <message>
        <source>Opening session…</source>
        <translation>सेशन खुल रहा है…</translation>
    </message>
    <message>
        <source>Session with %1</source>
        <translation>%1 के साथ सेशन</translation>
    </message>
    <message>
        <source>Session — %1 — %2</source>
        <translation>सेशन — %1 — %2</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>तय नहीं</translation>
    </message>
    <message>
        <source>When: %1 (%2)</source>
        <translation>कब: %1 (%2)</translation>
    </message>
    <message>
        <source>Advisor: %1</source>
        <translation>सलाहकार: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>माध्यम: %1</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>विषय: %1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>अगली बातचीत: %1</translation>
    </message>
    <message>
        <source>Risk was noticed in this session.</source>
        <translation>इस सेशन में जोखिम दिखा।</translation>
    </message>
    <message>
        <source>Open my reflection</source>
        <translation>मेरा अनुभव-नोट खोलें</translation>
    </message>
    <message>
        <source>Reflection: written</source>
        <translation>अनुभव-नोट: लिखा गया</translation>
    </message>
    <message>
        <source>Reflection: not written yet</source>
        <translation>अनुभव-नोट: अभी नहीं लिखा गया</translation>
    </message>
    <message>
        <source>the session with %1</source>
        <translation>%1 के साथ सेशन</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>यह सेशन</translation>
    </message>
</context>
<context>
    <name>SessionFormDialog</name>
    <message>
        <source>Saving session…</source>
        <translation>सेशन सेव हो रहा है…</translation>
    </message>
    <message>
        <source>Log a session</source>
        <extracomment>After saving with &quot;risk noticed&quot;, the person chose to open an escalation now: ``(advisee_id, session_id)``.</extracomment>
        <translation>सेशन दर्ज करें</translation>
    </message>
    <message>
        <source>Type the advisee&apos;s code, e.g. PS-0142</source>
        <translation>सलाह लेने वाले का कोड लिखें, जैसे PS-0142</translation>
    </message>
    <message>
        <source>Choose the advisor</source>
        <translation>सलाहकार चुनें</translation>
    </message>
    <message>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <source>Choose how you met</source>
        <translation>चुनें कि कैसे मिले</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <source>What was talked about, in plain words. Avoid details that are not needed.</source>
        <translation>किस बारे में बात हुई, आसान शब्दों में। जो ब्योरा ज़रूरी नहीं, वह न लिखें।</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>आगे क्या करना है</translation>
    </message>
    <message>
        <source>What you agreed to do next (optional)</source>
        <translation>आगे क्या करना तय हुआ (चाहें तो)</translation>
    </message>
    <message>
        <source>Plan a follow-up on</source>
        <translation>अगली बातचीत की तारीख़</translation>
    </message>
    <message>
        <source>Risk noticed: I am worried about this person&apos;s safety</source>
        <translation>जोखिम दिखा: मुझे इनकी सुरक्षा की चिंता है</translation>
    </message>
    <message>
        <source>&amp;Advisee</source>
        <translation>सलाह लेने वाले (&amp;A)</translation>
    </message>
    <message>
        <source>Only advisees who are not closed are offered.</source>
        <translation>सिर्फ़ खुले मामलों वाले सलाह लेने वाले दिखते हैं।</translation>
    </message>
    <message>
        <source>Ad&amp;visor</source>
        <translation>सलाहकार (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>शुरुआत (&amp;S)</translation>
    </message>
    <message>
        <source>Time in %1</source>
        <translation>समय %1 के हिसाब से</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>कितनी देर (&amp;D)</translation>
    </message>
    <message>
        <source>%1–%2 minutes</source>
        <translation>%1–%2 मिनट</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>माध्यम (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Themes</source>
        <translation>विषय (&amp;T)</translation>
    </message>
    <message>
        <source>Tick any that fit; add others separated by commas.</source>
        <translation>जो लागू हों उन पर सही लगाएँ; बाक़ी कॉमा लगाकर लिखें।</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>सारांश (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation>आगे क्या करना है (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>अगली बातचीत (&amp;F)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>चाहें तो</translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation>जोखिम (&amp;R)</translation>
    </message>
    <message>
        <source>After saving you can open an escalation.</source>
        <translation>सेव के बाद जोखिम सूचना दर्ज कर सकेंगे।</translation>
    </message>
    <message>
        <source>Sessions you log are recorded as yours.</source>
        <translation>आप जो सेशन दर्ज करते हैं, वे आपके नाम से दर्ज होते हैं।</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>सेशन सेव करें</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>खुल रहा है…</translation>
    </message>
    <message>
        <source>Loading advisees…</source>
        <translation>सलाह लेने वालों की सूची लोड हो रही है…</translation>
    </message>
    <message>
        <source>There are no advisees you can log a session for yet. Add one on the Advisees page first.</source>
        <translation>अभी ऐसे कोई सलाह लेने वाले नहीं हैं जिनका सेशन आप दर्ज कर सकें। पहले सलाह लेने वाले पेज पर किसी को जोड़ें।</translation>
    </message>
    <message>
        <source>No advisees are assigned to you yet. Ask your coordinator.</source>
        <translation>अभी आपको कोई सलाह लेने वाले नहीं सौंपे गए हैं। अपने संयोजक से पूछें।</translation>
    </message>
    <message>
        <source>Could not load the advisees. %1</source>
        <translation>सलाह लेने वालों की सूची लोड नहीं हो सकी। %1</translation>
    </message>
    <message>
        <source>Filling in defaults…</source>
        <translation>पहले से भरी जानकारी आ रही है…</translation>
    </message>
    <message>
        <source>No open advisee has the code “%1”. Check the code, or add the advisee first.</source>
        <translation>किसी खुले मामले वाले सलाह लेने वाले का कोड “%1” नहीं है। कोड जाँचें, या पहले सलाह लेने वाले को जोड़ें।</translation>
    </message>
    <message>
        <source>You are not listed as an advisor; ask your coordinator.</source>
        <translation>आप सलाहकार के रूप में दर्ज नहीं हैं; अपने संयोजक से पूछें।</translation>
    </message>
    <message>
        <source>Risk noticed</source>
        <translation>जोखिम दिखा</translation>
    </message>
    <message>
        <source>The session is saved. Open an escalation now?</source>
        <translation>सेशन सेव हो गया। अभी जोखिम सूचना दर्ज करें?</translation>
    </message>
    <message>
        <source>An escalation makes sure the right people know and act in time. You can also open one later from the Escalations page.</source>
        <translation>जोखिम सूचना से सही लोगों को पता चलता है और वे समय पर कदम उठाते हैं। आप इसे बाद में जोखिम सूचना पेज से भी दर्ज कर सकते हैं।</translation>
    </message>
    <message>
        <source>Open an escalation</source>
        <translation>जोखिम सूचना दर्ज करें</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>अभी नहीं</translation>
    </message>
</context>
<context>
    <name>SupervisionForm</name>
    <message>
        <source>not yet reviewed</source>
        <extracomment>Narrower than this many average characters, the form shows one column.</extracomment>
        <translation>अभी देखा नहीं गया</translation>
    </message>
    <message>
        <source>raised %1</source>
        <translation>%1 को दर्ज</translation>
    </message>
    <message>
        <source>Supervision note</source>
        <translation>मार्गदर्शन नोट</translation>
    </message>
    <message>
        <source>One advisor for one-to-one; several for group supervision.</source>
        <translation>अकेले में मार्गदर्शन के लिए एक सलाहकार; समूह में मार्गदर्शन के लिए कई।</translation>
    </message>
    <message>
        <source>What was discussed (only supervisors can read this)</source>
        <translation>किस बारे में बात हुई (इसे सिर्फ़ मार्गदर्शक पढ़ सकते हैं)</translation>
    </message>
    <message>
        <source>What the advisor should take away</source>
        <translation>सलाहकार के लिए इससे क्या सीख है</translation>
    </message>
    <message>
        <source>&amp;Advisor(s)</source>
        <translation>सलाहकार (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>तारीख़ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>तरीक़ा (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reflections discussed (linking marks them reviewed)</source>
        <translation>जिन अनुभव-नोट पर बात हुई (जोड़ने पर वे देखे गए माने जाते हैं) (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sessions discussed</source>
        <translation>जिन सेशन पर बात हुई (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Escalations discussed</source>
        <translation>जिन जोखिम सूचनाओं पर बात हुई (&amp;E)</translation>
    </message>
    <message>
        <source>D&amp;iscussion — private to supervisors</source>
        <translation>बातचीत — सिर्फ़ मार्गदर्शकों के लिए (&amp;I)</translation>
    </message>
    <message>
        <source>S&amp;hared summary — THE ADVISOR CAN READ THIS PART</source>
        <translation>साझा सारांश — ध्यान दें: यह हिस्सा सलाहकार भी पढ़ सकते हैं (&amp;H)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>काम</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>किसकी ज़िम्मेदारी</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>कब तक</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>हो गया</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>काम जोड़ें</translation>
    </message>
    <message>
        <source>A&amp;ctions (the advisor sees these)</source>
        <translation>तय काम (सलाहकार इन्हें देखते हैं) (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Training needs</source>
        <translation>ट्रेनिंग की ज़रूरत (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Next supervision</source>
        <translation>अगला मार्गदर्शन (&amp;N)</translation>
    </message>
    <message>
        <source>Training the advisor(s) would benefit from</source>
        <translation>सलाहकार को किस ट्रेनिंग से फ़ायदा होगा</translation>
    </message>
    <message>
        <source>Set a date for the next supervision</source>
        <translation>अगले मार्गदर्शन की तारीख़ तय करें</translation>
    </message>
    <message>
        <source>Loading advisors…</source>
        <translation>सलाहकारों की सूची लोड हो रही है…</translation>
    </message>
    <message>
        <source>Loading recent work…</source>
        <translation>हाल का काम लोड हो रहा है…</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(कोई ख़ास व्यक्ति नहीं)</translation>
    </message>
    <message>
        <source>Me (supervisor)</source>
        <translation>मैं (मार्गदर्शक)</translation>
    </message>
    <message>
        <source>Tick the advisor (or advisors) this supervision was with.</source>
        <translation>जिस सलाहकार (या जिन सलाहकारों) के साथ यह मार्गदर्शन हुआ, उन पर सही लगाएँ।</translation>
    </message>
</context>
<context>
    <name>ThemesEdit</name>
    <message>
        <source>Other themes, separated by commas</source>
        <translation>दूसरे विषय, कॉमा लगाकर</translation>
    </message>
    <message>
        <source>Other themes</source>
        <translation>दूसरे विषय</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>विषय: %1</translation>
    </message>
</context>
<context>
    <name>TrainingTable</name>
    <message>
        <source>Training</source>
        <translation>ट्रेनिंग</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>पूरी हुई</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>ट्रेनिंग का रिकॉर्ड</translation>
    </message>
    <message>
        <source>Add training</source>
        <translation>ट्रेनिंग जोड़ें</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>चुनी हुई हटाएँ</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>पूरी होने की तारीख़</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>Next step</source>
        <translation>अगला कदम</translation>
    </message>
    <message>
        <source>The escalation will become: %1.</source>
        <translation>जोखिम सूचना की स्थिति होगी: %1।</translation>
    </message>
    <message>
        <source>What action was taken?</source>
        <translation>क्या कदम उठाया गया?</translation>
    </message>
    <message>
        <source>&amp;Note (optional): what was done, who was involved</source>
        <translation>नोट, चाहें तो: क्या किया गया, कौन-कौन शामिल था (&amp;N)</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>पक्का करें</translation>
    </message>
    <message>
        <source>Choose the action that was taken.</source>
        <translation>जो कदम उठाया गया, उसे चुनें।</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>This vault could not be read safely; it may be damaged. Nothing was changed. You can restore it from a backup.</source>
        <translation>यह वॉल्ट सुरक्षित रूप से पढ़ा नहीं जा सका; शायद यह ख़राब हो गया है। कुछ भी बदला नहीं गया। आप इसे बैकअप से वापस ला सकते हैं।</translation>
    </message>
    <message>
        <source>This vault was saved by a newer version of peerdesk. Install that version (or newer) to open it; this version will not change it.</source>
        <translation>यह वॉल्ट peerdesk के नए संस्करण से सेव हुआ है। इसे खोलने के लिए वह संस्करण (या उससे नया) इंस्टॉल करें; यह संस्करण इसमें कोई बदलाव नहीं करेगा।</translation>
    </message>
    <message>
        <source>This vault is already open in another peerdesk window or program. Close it there, then try again.</source>
        <translation>यह वॉल्ट peerdesk की किसी दूसरी विंडो या प्रोग्राम में पहले से खुला है। उसे वहाँ बंद करें, फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>There is no vault in this folder. Choose the right folder or restore a backup.</source>
        <translation>इस फ़ोल्डर में कोई वॉल्ट नहीं है। सही फ़ोल्डर चुनें या बैकअप से वापस लाएँ।</translation>
    </message>
    <message>
        <source>Unlock peerdesk</source>
        <translation>peerdesk खोलें</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>वॉल्ट फ़ोल्डर: %1</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>यूज़र नेम (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>पासफ़्रेज़ (&amp;P)</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>खुल रहा है</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>बैकअप से वापस लाएँ (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें (&amp;Q)</translation>
    </message>
    <message>
        <source>U&amp;nlock</source>
        <translation>खोलें (&amp;N)</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>अपना यूज़र नेम लिखें।</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>अपना पासफ़्रेज़ लिखें।</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>खुल रहा है…</translation>
    </message>
    <message>
        <source>Locking…</source>
        <translation>लॉक हो रहा है…</translation>
    </message>
</context>
<context>
    <name>_RequestChoice</name>
    <message>
        <source>No</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>Yes, at the next supervision</source>
        <translation>हाँ, अगले मार्गदर्शन में</translation>
    </message>
    <message>
        <source>Yes, urgently</source>
        <translation>हाँ, जल्दी</translation>
    </message>
    <message>
        <source>Supervision request: %1</source>
        <translation>मार्गदर्शन का अनुरोध: %1</translation>
    </message>
</context>
</TS>
