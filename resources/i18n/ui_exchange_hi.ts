<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AddLaptopDialog</name>
    <message>
        <source>Add a laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the new laptop, choose Join my group&apos;s peerdesk. It shows a safety number and a join code. Open the request file it saved, or paste the join code here (a phone can carry it: scan the QR code, send the text to yourself, copy it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the request &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEERDESK-JOIN-1:…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or paste the join &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a join request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peerdesk join request (*.pdjoin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the join code the new laptop shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do both screens show the same number?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes, both screens show the same number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If one digit differs, stop: the request was changed on the way. Cancel, and ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the group will know this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will use this laptop?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It receives only what these members may read, and they sign in on it with their own passphrases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add and save its first bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (signs in as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request from “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the first bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peerdesk bundle (*.pdx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the laptop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The laptop was added. Give the new laptop the file %1 (on a USB stick, or as an attachment) and open it there with Open the first bundle. Only that laptop can open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDecideDialog</name>
    <message>
        <source>A decision to make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two laptops changed this differently before they exchanged. peerdesk keeps both until you choose; nothing is lost either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the other laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the text to keep, from both versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by %1 on %2, on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the text to keep, or keep one of the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the decision…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsDialog</name>
    <message>
        <source>Decisions to make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to decide. Every change from the other laptops was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change set aside is kept but not applied. Ask whoever made it; if it was right, they make it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading decisions…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on two laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>peerdesk bundle (*.pdx)</source>
        <extracomment>Bundle files, in the file dialogs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xchange now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open what the exchange folder holds for this laptop and leave there what each other laptop lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A USB stick, or a folder a sync tool keeps in step between the laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is the group&apos;s only one. A coordinator adds laptops under Members ▸ Laptops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a bundle for…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what the chosen laptop lacks as a file, to send as an attachment or carry on a stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a bundle another laptop made for this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decisions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts to settle and changes set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each laptop keeps its own encrypted copy of the records its members may read. Exchanging gives every laptop what the others wrote. A bundle can only be opened by the laptop it was made for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading laptops…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 other laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 other laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop: %1 (laptop id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchange folder chosen yet. Choose a USB stick or a folder a sync tool keeps in step between the laptops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. What was already exchanged is kept; nothing is half done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the exchange folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanging through the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 changes from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left what %1 lacks in the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new either way: every laptop is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some bundles come from laptops this one does not know yet; they will open after the next exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files in the folder were refused and left as they are (damaged, or not from this group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a bundle for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 for %2. Only that laptop can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was opened here before; nothing new in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened a bundle from %1: %2 changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another laptop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinGroupDialog</name>
    <message>
        <source>Join my group&apos;s peerdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this when your group already uses peerdesk on another laptop. This laptop asks to join; the coordinator adds it from their laptop and gives you a first bundle. Then you sign in with your own passphrase, as on the other laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Asha&apos;s laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the group will know this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase for this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protects this laptop&apos;s keys until the first bundle arrives. Your own sign-in passphrase is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make my join request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this laptop a name, e.g. Asha&apos;s laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the request… (a few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the join request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this to your coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the request file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y the join code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passp&amp;hrase chosen for this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the join code &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the coordinator has added this laptop, they give you its first bundle (a .pdx file). Open it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the first bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop keeps waiting for its first bundle; start peerdesk again to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase chosen for this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening this laptop&apos;s keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the join request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peerdesk join request (*.pdjoin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. Give it to the coordinator (USB stick, or as an attachment); it holds no records and no secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The join code is copied. Paste it into a message to the coordinator; it holds no records and no secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the first bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peerdesk bundle (*.pdx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building this laptop&apos;s vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the passphrase chosen when this laptop asked to join.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaptopListDialog</name>
    <message>
        <source>Laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a laptop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from the group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each laptop receives only what the members who use it may read. Removing a laptop stops sending to it, but it keeps what it already has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptops of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading laptops…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the group?

Nothing new will be sent to it, and whatever it writes from now on will be set aside on every other laptop for the coordinator to look at.

What it already holds stays on it: peerdesk cannot take back records from a laptop. If it was lost or stolen, tell the members whose records it held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the laptop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed from the group. It keeps what it already had.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
