<?xml version='1.0' encoding='utf-8'?>
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
        <source>On the new laptop, choose Join my group's peerdesk. It shows a safety number and a join code. Open the request file it saved, or paste the join code here (a phone can carry it: scan the QR code, send the text to yourself, copy it).</source>
        <translation>नए लैपटॉप पर "मेरे समूह के peerdesk से जुड़ें" चुनें। वह एक सुरक्षा नंबर और जुड़ने का कोड दिखाएगा। उसकी सेव की हुई अनुरोध फ़ाइल खोलें, या जुड़ने का कोड यहाँ पेस्ट करें (फ़ोन से भी ला सकते हैं: QR कोड स्कैन करें, टेक्स्ट ख़ुद को भेजें, फिर कॉपी करें)।</translation>
    </message>
    <message>
        <source>Open the request &amp;file…</source>
        <translation>अनुरोध फ़ाइल खोलें… (&amp;F)</translation>
    </message>
    <message>
        <source>PEERDESK-JOIN-1:…</source>
        <translation>PEERDESK-JOIN-1:…</translation>
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
        <source>It receives only what these members may read, and they sign in on it with their own passphrases. Each member you tick confirms here with their own passphrase, so nobody's records go to a laptop without them.</source>
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
        <translation>लैपटॉप जुड़ गया। फ़ाइल %1 नए लैपटॉप तक पहुँचाएँ (USB स्टिक से या अटैचमेंट में) और वहाँ "पहला बंडल खोलें" से खोलें। इसे सिर्फ़ वही लैपटॉप खोल सकता है।</translation>
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
    <name>ConflictWords</name>
    <message>
        <source>Session</source>
        <extracomment>A text field: the person may write a new text from both (Edit).</extracomment>
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
        <source>Loading decisions…</source>
        <translation>फ़ैसले लोड हो रहे हैं…</translation>
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
        <extracomment>``open_page(name)``: the person wants the Exchange page (or "decisions").</extracomment>
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
        <source>Not yet on the supervisor's laptop — phone them.</source>
        <translation>अभी मार्गदर्शक के लैपटॉप पर नहीं है — उन्हें फ़ोन करें।</translation>
    </message>
    <message>
        <source>Not yet on any other laptop — phone the supervisor.</source>
        <translation>अभी किसी दूसरे लैपटॉप पर नहीं है — मार्गदर्शक को फ़ोन करें।</translation>
    </message>
    <message>
        <source>The escalation for %1 is not yet on the supervisor's laptop.</source>
        <comment>%1 is an advisee's code</comment>
        <translation>%1 की जोखिम सूचना अभी मार्गदर्शक के लैपटॉप पर नहीं है।</translation>
    </message>
    <message>
        <source>The escalation for %1 is not yet on any other laptop.</source>
        <comment>%1 is an advisee's code</comment>
        <translation>%1 की जोखिम सूचना अभी किसी दूसरे लैपटॉप पर नहीं है।</translation>
    </message>
    <message>
        <source>%1 escalations are not yet on the supervisor's laptop (%2).</source>
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
        <source>Choose &amp;folder…</source>
        <translation>फ़ोल्डर चुनें… (&amp;F)</translation>
    </message>
    <message>
        <source>A USB stick, or a folder a sync tool keeps in step between the laptops</source>
        <translation>USB स्टिक, या ऐसा फ़ोल्डर जिसे कोई सिंक टूल सब लैपटॉप पर एक जैसा रखता है</translation>
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
        <source>This laptop is the group's only one. A coordinator adds laptops under Members ▸ Laptops.</source>
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
        <translation>अभी कोई लेन-देन फ़ोल्डर नहीं चुना गया। USB स्टिक चुनें, या ऐसा फ़ोल्डर जिसे कोई सिंक टूल सब लैपटॉप पर एक जैसा रखता है।</translation>
    </message>
    <message>
        <source>Cancelled. A step already under way finishes first; nothing is half done.</source>
        <translation>रद्द किया गया। जो क़दम चल रहा था वह पहले पूरा होगा; कुछ भी आधा-अधूरा नहीं रहेगा।</translation>
    </message>
    <message>
        <source>Choose the exchange folder</source>
        <translation>लेन-देन फ़ोल्डर चुनें</translation>
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
        <source>Nothing new either way: every laptop is up to date.</source>
        <translation>किसी तरफ़ कुछ नया नहीं: सभी लैपटॉप अप-टू-डेट हैं।</translation>
    </message>
    <message>
        <source>Some bundles come from laptops this one does not know yet; they will open after the next exchange.</source>
        <translation>कुछ बंडल ऐसे लैपटॉप से हैं जिन्हें यह लैपटॉप अभी नहीं जानता; वे अगले लेन-देन के बाद खुलेंगे।</translation>
    </message>
    <message>
        <source>%1 files in the folder were refused and left as they are (damaged, or not from this group).</source>
        <translation>फ़ोल्डर की %1 फ़ाइलें नहीं ली गईं और जैसी थीं वैसी छोड़ दी गईं (ख़राब हैं, या इस समूह की नहीं हैं)।</translation>
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
    <name>ExchangeRefusal</name>
    <message>
        <source>This is not a join request from a new laptop. Ask for the file or the code its Join screen shows.</source>
        <translation>यह किसी नए लैपटॉप का जुड़ने का अनुरोध नहीं है। उसकी "जुड़ें" स्क्रीन पर दिखी फ़ाइल या कोड माँगें।</translation>
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
        <source>This bundle comes from another group's peerdesk, not yours.</source>
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
        <comment>%1 is a laptop's name, e.g. Asha's laptop</comment>
        <translation>यह फ़ाइल %1 के लिए बनी है, इस लैपटॉप के लिए नहीं।</translation>
    </message>
    <message>
        <source>This file was made for other laptops (%1), not this one.</source>
        <comment>%1 is a list of laptop names</comment>
        <translation>यह फ़ाइल दूसरे लैपटॉप (%1) के लिए बनी है, इस लैपटॉप के लिए नहीं।</translation>
    </message>
    <message>
        <source>This bundle comes from %1, which was removed from the group.</source>
        <comment>%1 is a laptop's name</comment>
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
        <source>The coordinator's laptop shows a number when it reads this request. Compare the two, digit by digit, on the phone or side by side. If they differ, do not go on: the request was changed on the way.</source>
        <translation>यह अनुरोध पढ़ने पर संयोजक का लैपटॉप एक नंबर दिखाएगा। दोनों को अंक-दर-अंक मिलाएँ, फ़ोन पर या पास-पास रखकर। अगर अलग हों तो आगे न बढ़ें: रास्ते में अनुरोध बदला गया है।</translation>
    </message>
    <message>
        <source>No file to hand over? Scan this code with a phone, send the text to the coordinator, and they paste it into Add a laptop.</source>
        <translation>देने के लिए फ़ाइल नहीं है? फ़ोन से यह कोड स्कैन करें, टेक्स्ट संयोजक को भेजें, और वे उसे "लैपटॉप जोड़ें" में पेस्ट करें।</translation>
    </message>
</context>
<context>
    <name>JoinGroupDialog</name>
    <message>
        <source>Join my group's peerdesk</source>
        <translation>मेरे समूह के peerdesk से जुड़ें</translation>
    </message>
    <message>
        <source>Use this when your group already uses peerdesk on another laptop. This laptop asks to join; the coordinator adds it from their laptop and gives you a first bundle. Then you sign in with your own passphrase, as on the other laptop.</source>
        <translation>इसे तब चुनें जब आपका समूह किसी दूसरे लैपटॉप पर पहले से peerdesk इस्तेमाल करता है। यह लैपटॉप जुड़ने का अनुरोध करता है; संयोजक अपने लैपटॉप से इसे जोड़ते हैं और आपको पहला बंडल देते हैं। फिर आप अपने पासफ़्रेज़ से साइन इन करते हैं, जैसे दूसरे लैपटॉप पर।</translation>
    </message>
    <message>
        <source>e.g. Asha's laptop</source>
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
        <source>Protects this laptop's keys until the first bundle arrives. Your own sign-in passphrase is fine.</source>
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
        <source>Give this laptop a name, e.g. Asha's laptop.</source>
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
        <source>Opening this laptop's keys…</source>
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
        <source>Building this laptop's vault…</source>
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
    <name>SafetyNumberLabel</name>
    <message>
        <source>Safety number</source>
        <translation>सुरक्षा नंबर</translation>
    </message>
</context>
<context><name>EscalationDetailDialog</name><message><source>Checking the exchange…</source><translation>लेन-देन देखा जा रहा है…</translation></message></context><context><name>FirstRunDialog</name><message><source>&amp;Join my group's peerdesk…</source><translation>मेरे समूह के peerdesk से जुड़ें… (&amp;J)</translation></message><message><source>Your group already uses peerdesk on another laptop: add this laptop to it</source><translation>आपका समूह किसी दूसरे लैपटॉप पर पहले से peerdesk इस्तेमाल करता है: इस लैपटॉप को उसमें जोड़ें</translation></message></context><context><name>MembersPage</name><message><source>&amp;Laptops…</source><translation>लैपटॉप… (&amp;L)</translation></message><message><source>The group's laptops: add one, or remove one</source><translation>समूह के लैपटॉप: कोई जोड़ें या हटाएँ</translation></message></context><context><name>SettingsPage</name><message><source>Loading…</source><translation>लोड हो रहा है…</translation></message><message><source>This laptop: %1 (laptop id %2)</source><translation>यह लैपटॉप: %1 (लैपटॉप आईडी %2)</translation></message></context></TS>