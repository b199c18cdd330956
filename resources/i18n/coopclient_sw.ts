<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw_TZ">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../coopclient/storage/credentials.py" line="23"/>
        <source>No usable keyring: the token is kept for this session only and never written to disk</source>
        <translation>Hakuna hifadhi ya funguo inayotumika: tokeni inahifadhiwa kwa kipindi hiki tu na haiandikwi kwenye diski kamwe</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="44"/>
        <source>Add a platform account</source>
        <translation>Ongeza akaunti ya jukwaa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="47"/>
        <source>Server URL</source>
        <translation>Anwani ya seva</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="48"/>
        <source>Account name</source>
        <translation>Jina la akaunti</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="48"/>
        <source>user name or e-mail</source>
        <translation>jina la mtumiaji au barua pepe</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="49"/>
        <source>API token</source>
        <translation>Tokeni ya API</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="62"/>
        <source>&amp;Add account</source>
        <translation>&amp;Ongeza akaunti</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="92"/>
        <source>Enter the account name.</source>
        <translation>Andika jina la akaunti.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="93"/>
        <source>Paste the API token from the platform&apos;s account page.</source>
        <translation>Bandika tokeni ya API kutoka ukurasa wa akaunti yako kwenye jukwaa.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="110"/>
        <source>Other</source>
        <translation>Nyingine</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="112"/>
        <source>Platform</source>
        <translation>Jukwaa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="125"/>
        <source>&amp;Platform</source>
        <translation>&amp;Jukwaa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="126"/>
        <source>&amp;Server URL</source>
        <translation>Anwani ya &amp;seva</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="127"/>
        <source>Account &amp;name</source>
        <translation>Jina la &amp;akaunti</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="133"/>
        <source>API &amp;token</source>
        <translation>&amp;Tokeni ya API</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="149"/>
        <source>Enter the server&apos;s address, such as https://label.example.org.</source>
        <translation>Andika anwani ya seva, kwa mfano https://label.example.org.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="151"/>
        <source>“{url}” is not a web address starting with http:// or https://.</source>
        <translation>“{url}” si anwani ya wavuti inayoanza na http:// au https://.</translation>
    </message>
</context>
<context>
    <name>AnnotationPane</name>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="128"/>
        <source>Annotation</source>
        <translation>Uwekaji lebo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="134"/>
        <source>Problems</source>
        <translation>Matatizo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="141"/>
        <source>The task and your answer</source>
        <translation>Kazi na jibu lako</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="189"/>
        <source>Image tasks are not supported in the desktop app yet</source>
        <translation>Kazi za picha bado hazitumiki kwenye programu ya kompyuta</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="209"/>
        <source>This task can&apos;t be shown in the desktop app</source>
        <translation>Kazi hii haiwezi kuonyeshwa kwenye programu ya kompyuta</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="334"/>
        <source>This task</source>
        <translation>Kazi hii</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="340"/>
        <source>Annotating</source>
        <translation>Kuweka lebo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="343"/>
        <source>Choose an option, a rating or a label</source>
        <translation>Chagua chaguo, alama au lebo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="343"/>
        <source>its key, or 1–9</source>
        <translation>kitufe chake, au 1–9</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="344"/>
        <source>Select text for an entity</source>
        <translation>Chagua maandishi ya kitu</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="344"/>
        <source>Shift+arrows; Ctrl+Shift+arrows by word</source>
        <translation>Shift+mishale; Ctrl+Shift+mishale kwa neno</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="345"/>
        <source>Remove the entity at the cursor</source>
        <translation>Ondoa kitu kilicho kwenye kishale</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="345"/>
        <source>Delete, Backspace</source>
        <translation>Delete, Backspace (vitufe vya kufuta)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="346"/>
        <source>Go to the next or the previous field</source>
        <translation>Nenda kwenye sehemu inayofuata au iliyotangulia</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="346"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab (vitufe)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="347"/>
        <source>Save this task and go to the next</source>
        <translation>Hifadhi kazi hii na uende inayofuata</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="347"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="348"/>
        <source>Choose a box to change</source>
        <translation>Chagua kisanduku cha kubadilisha</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="348"/>
        <source>Tab to the list of boxes, then arrows</source>
        <translation>Tab hadi orodha ya visanduku, kisha vishale</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="349"/>
        <source>Move the selected box</source>
        <translation>Sogeza kisanduku kilichochaguliwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="349"/>
        <source>Arrows (with Shift: finer)</source>
        <translation>Mishale (pamoja na Shift: kwa usahihi zaidi)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="350"/>
        <source>Resize the selected box</source>
        <translation>Badilisha ukubwa wa kisanduku kilichochaguliwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="350"/>
        <source>Alt+arrows</source>
        <translation>Alt+mishale</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="351"/>
        <source>Remove the selected box</source>
        <translation>Ondoa kisanduku kilichochaguliwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="351"/>
        <source>Delete</source>
        <translation>Kitufe cha Delete</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="352"/>
        <source>Unselect the box</source>
        <translation>Acha kuchagua kisanduku</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="352"/>
        <source>Escape</source>
        <translation>Kitufe cha Esc</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="353"/>
        <source>See a blurred image (distressing work) clearly</source>
        <translation>Ona waziwazi picha iliyofifishwa (kazi inayoweza kuumiza)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="353"/>
        <source>hold F2, or the mouse</source>
        <translation>shikilia F2, au kipanya</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="354"/>
        <source>Show a text hidden behind its warning</source>
        <translation>Onyesha maandishi yaliyofichwa nyuma ya onyo lake</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="354"/>
        <source>Tab to Show, then Space</source>
        <translation>Tab hadi Onyesha, kisha Nafasi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/annotation/pane.py" line="359"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>nyota %n</numerusform>
            <numerusform>nyota %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="405"/>
        <source>Instructions</source>
        <translation>Maelekezo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/problems.py" line="16"/>
        <source>This needs an answer before you submit.</source>
        <translation>Hii inahitaji jibu kabla ya kuwasilisha.</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../../coopclient/ui/backup_commands.py" line="57"/>
        <source>Backing up…</source>
        <translation>Inahifadhi nakala…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/backup_commands.py" line="61"/>
        <source>Backup written to {path} ({size} MB)</source>
        <translation>Nakala imeandikwa kwenye {path} ({size} MB)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/backup_commands.py" line="73"/>
        <source>Restoring…</source>
        <translation>Inarejesha…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/backup_commands.py" line="77"/>
        <source>Backup restored: quit and start coopclient again to work on it</source>
        <translation>Nakala imerejeshwa: funga coopclient na uifungue tena ili kuifanyia kazi</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="41"/>
        <source>Restore a backup</source>
        <translation>Rejesha nakala</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="41"/>
        <source>Back up your work</source>
        <translation>Hifadhi nakala ya kazi yako</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="43"/>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="109"/>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="111"/>
        <source>Backup file</source>
        <translation>Faili ya nakala</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="44"/>
        <source>Passphrase</source>
        <translation>Kaulisiri</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="45"/>
        <source>The same passphrase again</source>
        <translation>Kaulisiri ileile tena</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="48"/>
        <source>&amp;Restore</source>
        <translation>&amp;Rejesha</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="48"/>
        <source>&amp;Back up</source>
        <translation>&amp;Hifadhi nakala</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="65"/>
        <source>Choose…</source>
        <translation>Chagua…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="66"/>
        <source>Choose the file</source>
        <translation>Chagua faili</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="73"/>
        <source>Backup &amp;file:</source>
        <translation>&amp;Faili ya nakala:</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="75"/>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="77"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Kaulisiri:</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="78"/>
        <source>&amp;Again:</source>
        <translation>&amp;Tena:</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="90"/>
        <source>Your results, time, earnings, settings, media, platform tokens and ledger key come back when coopclient next starts; the work here now is kept aside in a folder beside it, not deleted. A wrong passphrase or a damaged file changes nothing.</source>
        <translation>Matokeo yako, muda, mapato, mipangilio, faili za picha na sauti, tokeni za majukwaa na ufunguo wa daftari vinarudi coopclient itakapofunguliwa tena; kazi iliyopo hapa sasa inawekwa kando kwenye folda iliyo karibu, haifutwi. Kaulisiri isiyo sahihi au faili iliyoharibika haibadilishi chochote.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="95"/>
        <source>The backup holds your results, time, earnings, settings, media, platform tokens and ledger key, encrypted with this passphrase. Keep it safe: without it the backup cannot be opened.</source>
        <translation>Nakala ina matokeo yako, muda, mapato, mipangilio, faili za picha na sauti, tokeni za majukwaa na ufunguo wa daftari, vimesimbwa kwa kaulisiri hii. Itunze vizuri: bila hiyo nakala haiwezi kufunguliwa.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="118"/>
        <source>Choose the backup file.</source>
        <translation>Chagua faili ya nakala.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="120"/>
        <source>Type the passphrase.</source>
        <translation>Andika kaulisiri.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="122"/>
        <source>The two passphrases differ.</source>
        <translation>Kaulisiri hizo mbili hazilingani.</translation>
    </message>
</context>
<context>
    <name>CarePrompt</name>
    <message>
        <location filename="../../coopclient/ui/care_prompt.py" line="48"/>
        <source>Today&apos;s limit on distressing work</source>
        <translation>Kikomo cha leo cha kazi inayoweza kuumiza</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/care_prompt.py" line="50"/>
        <source>You have spent {time} today on work marked as possibly distressing, the limit you set. Consider other work for the rest of the day: a batch that is not marked.</source>
        <translation>Leo umetumia {time} kwenye kazi iliyowekwa alama kuwa inaweza kuumiza, kikomo ulichoweka. Fikiria kazi nyingine kwa siku iliyobaki: kundi lisilo na alama.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/care_prompt.py" line="53"/>
        <source>&amp;OK</source>
        <translation>&amp;Sawa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/care_prompt.py" line="64"/>
        <source>You have worked {time} on possibly distressing content without a rest. Take a {minutes}-minute break: step away from the screen.</source>
        <translation>Umefanya kazi {time} kwenye maudhui yanayoweza kuumiza bila kupumzika. Pumzika dakika {minutes}: ondoka mbele ya skrini.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/care_prompt.py" line="69"/>
        <source>Take the break now times it as a break, unpaid (Ctrl+Shift+T stops it).</source>
        <translation>«Pumzika sasa» hupima muda huo kama mapumziko, bila malipo (Ctrl+Shift+T huusimamisha).</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/care_prompt.py" line="70"/>
        <source>&amp;Take the break now</source>
        <translation>&amp;Pumzika sasa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/care_prompt.py" line="71"/>
        <source>Time for a break</source>
        <translation>Wakati wa kupumzika</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/care_prompt.py" line="71"/>
        <source>&amp;Not now</source>
        <translation>&amp;Si sasa</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../../coopclient/core/categories.py" line="51"/>
        <source>Annotating</source>
        <translation>Kuweka lebo</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/categories.py" line="52"/>
        <source>Searching for work</source>
        <translation>Kutafuta kazi</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/categories.py" line="53"/>
        <source>Qualification and training</source>
        <translation>Kufuzu na mafunzo</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/categories.py" line="54"/>
        <source>Returned or abandoned tasks</source>
        <translation>Kazi zilizorudishwa au kuachwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/categories.py" line="55"/>
        <source>Rejected work</source>
        <translation>Kazi iliyokataliwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/categories.py" line="56"/>
        <source>Communication</source>
        <translation>Mawasiliano</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/categories.py" line="57"/>
        <source>Payment admin</source>
        <translation>Usimamizi wa malipo</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/categories.py" line="58"/>
        <source>Break</source>
        <translation>Mapumziko</translation>
    </message>
</context>
<context>
    <name>ChoicesEditor</name>
    <message>
        <location filename="../../coopclient/ui/annotation/choices.py" line="36"/>
        <source>Choice {value}</source>
        <translation>Chaguo {value}</translation>
    </message>
</context>
<context>
    <name>CollapsedText</name>
    <message>
        <location filename="../../coopclient/ui/annotation/care_views.py" line="68"/>
        <source>Hidden text</source>
        <translation>Maandishi yaliyofichwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/care_views.py" line="72"/>
        <source>Hidden: this batch may be distressing ({warning})</source>
        <translation>Yamefichwa: kundi hili linaweza kuumiza ({warning})</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/care_views.py" line="76"/>
        <source>Sho&amp;w</source>
        <translation>&amp;Onyesha</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/care_views.py" line="77"/>
        <source>Show the text</source>
        <translation>Onyesha maandishi</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../coopclient/ui/commands.py" line="96"/>
        <source>Settings saved</source>
        <translation>Mipangilio imehifadhiwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/commands.py" line="124"/>
        <source>Checking the token with {url}…</source>
        <translation>Inakagua tokeni kwa {url}…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/commands.py" line="140"/>
        <source>Account {name} added</source>
        <translation>Akaunti {name} imeongezwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/commands.py" line="152"/>
        <source>the server could not be reached ({why}); check the address and your connection</source>
        <translation>seva haikufikiwa ({why}); kagua anwani na muunganisho wako</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/commands.py" line="157"/>
        <source>The account was not added: {why}</source>
        <translation>Akaunti haikuongezwa: {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/commands.py" line="196"/>
        <source>Manual timer started: {what}</source>
        <translation>Kipima muda cha mkono kimeanza: {what}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/commands.py" line="209"/>
        <source>Manual timer stopped: {time} recorded</source>
        <translation>Kipima muda cha mkono kimesimama: {time} zimerekodiwa</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="128"/>
        <source>Compare platforms</source>
        <translation>Linganisha majukwaa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="138"/>
        <source>Month</source>
        <translation>Mwezi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="140"/>
        <location filename="../../coopclient/ui/views/compare_view.py" line="378"/>
        <source>Loading…</source>
        <translation>Inapakia…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="144"/>
        <source>Not published, and why</source>
        <translation>Haijachapishwa, na sababu</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="152"/>
        <source>&amp;Join the co-op ledger…</source>
        <translation>&amp;Jiunge na daftari la ushirika…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="196"/>
        <source>{rate} {currency} per {unit}</source>
        <translation>{rate} {currency} kwa {unit}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="210"/>
        <source>No rate cards published yet</source>
        <translation>Bado hakuna viwango vya malipo vilivyochapishwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="215"/>
        <source>The rate cards could not be loaded: {why}</source>
        <translation>Viwango vya malipo havikuweza kupakiwa: {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="227"/>
        <source>The published figures could not be loaded: {why}</source>
        <translation>Takwimu zilizochapishwa hazikuweza kupakiwa: {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="311"/>
        <source>Middle half of members (median across)</source>
        <translation>Nusu ya kati ya wanachama (wastani wa kati katikati)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="314"/>
        <source>Co-op wage floor</source>
        <translation>Kima cha chini cha ujira cha ushirika</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="319"/>
        <source>All-in hourly wage</source>
        <translation>Ujira kwa saa, yote pamoja</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="331"/>
        <source>All-in hourly wage by platform and kind of task, chart</source>
        <translation>Ujira kwa saa, yote pamoja, kwa jukwaa na aina ya kazi, chati</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="334"/>
        <source>Unpaid time</source>
        <translation>Muda usiolipwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="334"/>
        <source>Rejected tasks</source>
        <translation>Kazi zilizokataliwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="334"/>
        <source>Hours below the floor</source>
        <translation>Saa chini ya kima cha chini</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="343"/>
        <source>share, %</source>
        <translation>sehemu, %</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="345"/>
        <source>Unpaid time, rejections and hours below the floor</source>
        <translation>Muda usiolipwa, makataa na saa chini ya kima cha chini</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="353"/>
        <source>Shares by platform and kind of task, chart</source>
        <translation>Sehemu kwa jukwaa na aina ya kazi, chati</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="358"/>
        <source>Platform</source>
        <translation>Jukwaa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="359"/>
        <source>Project</source>
        <translation>Mradi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="360"/>
        <source>Kind of task</source>
        <translation>Aina ya kazi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="361"/>
        <source>Rate</source>
        <translation>Kiwango</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="362"/>
        <source>Effective</source>
        <translation>Kinaanza kutumika</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="367"/>
        <source>Co-op rate cards</source>
        <translation>Viwango vya malipo vya ushirika</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="406"/>
        <source>&amp;Month</source>
        <translation>&amp;Mwezi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="418"/>
        <source>Co-op &amp;rate cards</source>
        <translation>&amp;Viwango vya malipo vya ushirika</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="434"/>
        <source>&amp;Not published, and why</source>
        <translation>&amp;Haijachapishwa, na sababu</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="439"/>
        <source>&lt;b&gt;How these figures were made&lt;/b&gt;</source>
        <translation>&lt;b&gt;Jinsi takwimu hizi zilivyopatikana&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="447"/>
        <source>How these figures were made</source>
        <translation>Jinsi takwimu hizi zilivyopatikana</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="478"/>
        <source>Compare platforms with the co-op&apos;s figures</source>
        <translation>Linganisha majukwaa kwa takwimu za ushirika</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="485"/>
        <source>Once you have joined the co-op ledger, this window shows, month by month, what members earn per hour on each platform and kind of task, against the co-op&apos;s wage floor, with the share of unpaid time, rejections and hours below the floor, and the co-op&apos;s rate cards.

Joining shares, for each finished day: its date, the type of platform, the kind of task, the seconds of active and of unpaid work, counts of tasks done and rejected, and what you earned, signed under a pseudonym. You see each payload before it is sent, and can pause at any time.

Never shared: your name, e-mail, accounts, tokens or worker ids; task texts, your answers or addresses; times of day; fees and payouts. Figures are published only for groups large enough, with noise added, so no one member&apos;s days can be read from them.</source>
        <translation>Ukishajiunga na daftari la ushirika, dirisha hili linaonyesha, mwezi kwa mwezi, kile wanachama wanachopata kwa saa kwenye kila jukwaa na aina ya kazi, ukilinganisha na kima cha chini cha ujira cha ushirika, pamoja na sehemu ya muda usiolipwa, makataa na saa chini ya kima cha chini, na viwango vya malipo vya ushirika.

Ukijiunga, kwa kila siku iliyokwisha hushirikiwa: tarehe yake, aina ya jukwaa, aina ya kazi, sekunde za kazi hai na za kazi isiyolipwa, idadi ya kazi zilizofanywa na zilizokataliwa, na ulichopata, vikiwa vimetiwa sahihi kwa jina bandia. Unaona kila kifurushi kabla hakijatumwa, na unaweza kusitisha wakati wowote.

Havishirikiwi kamwe: jina lako, barua pepe, akaunti, tokeni au namba za mfanyakazi; maandishi ya kazi, majibu yako au anwani; saa za siku; ada na malipo uliyopokea. Takwimu huchapishwa tu kwa makundi makubwa ya kutosha, zikiongezwa kelele, ili siku za mwanachama yeyote zisiweze kusomwa kutoka kwazo.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="579"/>
        <source>{cell}: median {median} {currency}/h; middle half of members {q1}–{q3} {currency}/h{members}</source>
        <translation>{cell}: wastani wa kati {median} {currency}/saa; nusu ya kati ya wanachama {q1}–{q3} {currency}/saa{members}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="592"/>
        <source>{currency} per hour, all-in</source>
        <translation>{currency} kwa saa, yote pamoja</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/views/compare_view.py" line="629"/>
        <source>; about %n member(s)</source>
        <translation>
            <numerusform>; takriban mwanachama %n</numerusform>
            <numerusform>; takriban wanachama %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="634"/>
        <source>not published</source>
        <translation>haijachapishwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="636"/>
        <source>{cell}: unpaid time {u}, rejected tasks {r}, hours below the floor {b}{members}</source>
        <translation>{cell}: muda usiolipwa {u}, kazi zilizokataliwa {r}, saa chini ya kima cha chini {b}{members}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="655"/>
        <location filename="../../coopclient/ui/views/compare_view.py" line="664"/>
        <source>{cell}: wage not published — {why}</source>
        <translation>{cell}: ujira haujachapishwa — {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="657"/>
        <source>{cell}: not published — {why}</source>
        <translation>{cell}: haijachapishwa — {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="663"/>
        <location filename="../../coopclient/ui/views/compare_view.py" line="672"/>
        <source>too few members</source>
        <translation>wanachama ni wachache mno</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="666"/>
        <source>Every cell with members this month was published.</source>
        <translation>Kila kisanduku chenye wanachama mwezi huu kimechapishwa.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="671"/>
        <source>no reason given</source>
        <translation>hakuna sababu iliyotolewa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/views/compare_view.py" line="675"/>
        <source>fewer than %n member(s) (counted with noise)</source>
        <translation>
            <numerusform>chini ya mwanachama %n (idadi yenye kelele)</numerusform>
            <numerusform>chini ya wanachama %n (idadi yenye kelele)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="682"/>
        <source>No month has been published yet, or none was fetched: each sync with the co-op ledger fetches the months published since. The co-op publishes each month&apos;s figures once, after the month is over.</source>
        <translation>Bado hakuna mwezi uliochapishwa, au hakuna uliopakuliwa: kila usawazishaji na daftari la ushirika hupakua miezi iliyochapishwa tangu hapo. Ushirika huchapisha takwimu za kila mwezi mara moja, mwezi ukishaisha.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="688"/>
        <source>Could not read: {what}</source>
        <translation>Haikuweza kusomwa: {what}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/views/compare_view.py" line="692"/>
        <source>{month}: %n platform and kind-of-task pair(s) published. Figures are estimates with random noise added, so that no member&apos;s own figures can be worked out from them.</source>
        <translation>
            <numerusform>{month}: jozi %n ya jukwaa na aina ya kazi imechapishwa. Takwimu ni makadirio yaliyoongezwa kelele ya nasibu, ili takwimu za mwanachama yeyote zisiweze kukokotolewa kutoka kwazo.</numerusform>
            <numerusform>{month}: jozi %n za jukwaa na aina ya kazi zimechapishwa. Takwimu ni makadirio yaliyoongezwa kelele ya nasibu, ili takwimu za mwanachama yeyote zisiweze kukokotolewa kutoka kwazo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="701"/>
        <source>Some months could not be read: {what}</source>
        <translation>Baadhi ya miezi haikuweza kusomwa: {what}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="706"/>
        <source>no wage published</source>
        <translation>hakuna ujira uliochapishwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="707"/>
        <source>no cell published</source>
        <translation>hakuna kisanduku kilichochapishwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="33"/>
        <source>From there, each quartile is within {tolerance} % of the members of where it belongs, except in {miss} % of releases; below it, the noise would outweigh the wages.</source>
        <translation>Kuanzia hapo, kila robo iko ndani ya {tolerance} % ya wanachama kutoka mahali pake, isipokuwa katika {miss} % ya machapisho; chini yake, kelele ingezidi ujira.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="82"/>
        <source>Privacy budget: ε = {total} per {unit} ({parts}); the smaller ε, the more noise.</source>
        <translation>Bajeti ya faragha: ε = {total} kwa {unit} ({parts}); kadiri ε inavyokuwa ndogo, ndivyo kelele inavyozidi.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="89"/>
        <source>Platform and kind-of-task pairs a member&apos;s month counts in: at most {n}, so each pair gets a share of the budget: {parts}.</source>
        <translation>Jozi za jukwaa na aina ya kazi ambamo mwezi wa mwanachama huhesabiwa: zisizozidi {n}, hivyo kila jozi hupata sehemu ya bajeti: {parts}.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="98"/>
        <source>Platform and kind-of-task pairs a member&apos;s month counts in: at most {n}.</source>
        <translation>Jozi za jukwaa na aina ya kazi ambamo mwezi wa mwanachama huhesabiwa: zisizozidi {n}.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="104"/>
        <source>A pair is published only when its member count, with noise, is {n} or more.</source>
        <translation>Jozi huchapishwa tu idadi ya wanachama wake, pamoja na kelele, ikiwa {n} au zaidi.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="110"/>
        <source>Members a pair needs before its wage is published: {n}.</source>
        <translation>Wanachama ambao jozi inahitaji kabla ujira wake haujachapishwa: {n}.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="124"/>
        <source>The co-op&apos;s wage floor: {floor} {currency} an hour.</source>
        <translation>Kima cha chini cha ujira cha ushirika: {floor} {currency} kwa saa.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="131"/>
        <source>Exchange rates used: {rates}.</source>
        <translation>Viwango vya ubadilishaji vilivyotumika: {rates}.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="135"/>
        <source>Noise: {what}.</source>
        <translation>Kelele: {what}.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="142"/>
        <source>Also: {settings}.</source>
        <translation>Pia: {settings}.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="153"/>
        <source>Wages count as they are from 0 up, so a platform paying under the floor shows under it; a wage above {high} {currency} an hour counts as {high}.</source>
        <translation>Ujira huhesabiwa kama ulivyo kuanzia 0, hivyo jukwaa linalolipa chini ya kima cha chini huonekana chini yake; ujira unaozidi {high} {currency} kwa saa huhesabiwa kama {high}.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="159"/>
        <source>Wages count between {low} and {high} {currency} an hour; a wage outside counts as the nearer bound.</source>
        <translation>Ujira huhesabiwa kati ya {low} na {high} {currency} kwa saa; ujira ulio nje huhesabiwa kama mpaka ulio karibu zaidi.</translation>
    </message>
</context>
<context>
    <name>ControlEditor</name>
    <message>
        <location filename="../../coopclient/ui/annotation/editor.py" line="60"/>
        <source>Problem with {name}</source>
        <translation>Tatizo la {name}</translation>
    </message>
</context>
<context>
    <name>CrashLogDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/crash_log.py" line="28"/>
        <source>coopclient stopped unexpectedly last time</source>
        <translation>coopclient ilisimama ghafla mara ya mwisho</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/crash_log.py" line="31"/>
        <source>A log of what went wrong was kept on this computer ({path}). It holds no task content and no token. Nothing is sent: copy it into a message to the co-op if you want help.</source>
        <translation>Kumbukumbu ya kilichoharibika imehifadhiwa kwenye kompyuta hii ({path}). Haina maudhui ya kazi wala tokeni. Hakuna kinachotumwa: inakili kwenye ujumbe kwa ushirika ukihitaji msaada.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/crash_log.py" line="39"/>
        <source>Crash log</source>
        <translation>Kumbukumbu ya hitilafu</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/crash_log.py" line="41"/>
        <source>&amp;Copy</source>
        <translation>&amp;Nakili</translation>
    </message>
</context>
<context>
    <name>EarningsPanel</name>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="99"/>
        <source>under {amount}</source>
        <translation>chini ya {amount}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="156"/>
        <source>Verdict against the floor</source>
        <translation>Hukumu dhidi ya kima cha chini</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="163"/>
        <source>Exposure to distressing work today</source>
        <translation>Muda wa kazi inayoweza kuumiza leo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="211"/>
        <source>Estimated at import: {wage} ({low} to {high}); paid so far: {paid} all-in.</source>
        <translation>Makadirio wakati wa kuingiza: {wage} ({low} hadi {high}); yaliyolipwa hadi sasa: {paid} yote pamoja.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="213"/>
        <source>Estimated at import: {wage} ({low} to {high}); nothing paid or timed yet.</source>
        <translation>Makadirio wakati wa kuingiza: {wage} ({low} hadi {high}); bado hakuna kilicholipwa wala kupimwa muda.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="231"/>
        <source>exposure today {time}</source>
        <translation>kazi inayoweza kuumiza leo {time}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="234"/>
        <source>{exposure} (limit {cap})</source>
        <translation>{exposure} (kikomo {cap})</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="237"/>
        <source>Time spent today on batches marked as possibly distressing, counted as the clocks count it.</source>
        <translation>Muda uliotumika leo kwenye makundi yaliyowekwa alama kuwa yanaweza kuumiza, unahesabiwa kama saa zinavyohesabu.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="262"/>
        <source>Timing today; the wage shows at the next save.</source>
        <translation>Inapima muda leo; ujira utaonekana kwenye uhifadhi unaofuata.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="271"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="297"/>
        <source>No work timed yet today or this week.</source>
        <translation>Bado hakuna kazi iliyopimwa muda leo wala wiki hii.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="291"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="328"/>
        <source>Today</source>
        <translation>Leo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="292"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="329"/>
        <source>This week</source>
        <translation>Wiki hii</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="300"/>
        <source>{when} {wage} all-in — set the wage floor to see how it compares</source>
        <translation>{when} {wage} yote pamoja — weka kima cha chini cha ujira ili kuona unavyolinganishwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="306"/>
        <source>{when} {wage} all-in — {diff} below the floor; {short} short</source>
        <translation>{when} {wage} yote pamoja — {diff} chini ya kima cha chini; upungufu {short}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="315"/>
        <source>{when} {wage} all-in — {diff} above the floor</source>
        <translation>{when} {wage} yote pamoja — {diff} juu ya kima cha chini</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="327"/>
        <source>This batch</source>
        <translation>Kundi hili</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="327"/>
        <source>this batch</source>
        <translation>kundi hili</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="328"/>
        <source>today</source>
        <translation>leo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="329"/>
        <source>this week</source>
        <translation>wiki hii</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="335"/>
        <source>Time</source>
        <translation>Muda</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="336"/>
        <source>Money</source>
        <translation>Pesa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="337"/>
        <source>Wage per hour</source>
        <translation>Ujira kwa saa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="338"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="415"/>
        <source>Wage floor</source>
        <translation>Kima cha chini</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="345"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="383"/>
        <source>Task time</source>
        <translation>Muda wa kazi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="346"/>
        <source>Hours on tasks</source>
        <translation>Saa kwenye kazi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="347"/>
        <source>Active annotating time, plus idle time you kept.</source>
        <translation>Muda wa kuweka lebo kikamilifu, pamoja na muda wa kutokuwepo uliouhifadhi.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="350"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="388"/>
        <source>Session time</source>
        <translation>Muda wa kipindi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="351"/>
        <source>Session hours</source>
        <translation>Saa za kipindi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="353"/>
        <source>Task time + returned and rejected task time + the short gaps between spans that are bridged into one session.</source>
        <translation>Muda wa kazi + muda wa kazi zilizorudishwa na kukataliwa + mapengo mafupi kati ya vipande yanayounganishwa kuwa kipindi kimoja.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="358"/>
        <source>All-in time</source>
        <translation>Muda wote</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="359"/>
        <source>All-in hours</source>
        <translation>Saa zote</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="360"/>
        <source>Session time + logged unpaid work: searching, qualification, communication, payment admin.</source>
        <translation>Muda wa kipindi + kazi isiyolipwa iliyorekodiwa: kutafuta, kufuzu, mawasiliano, usimamizi wa malipo.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="363"/>
        <source>Idle awaiting your decision</source>
        <translation>Kutokuwepo kunasubiri uamuzi wako</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="364"/>
        <source>Idle time awaiting your decision</source>
        <translation>Muda wa kutokuwepo unaosubiri uamuzi wako</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="365"/>
        <source>Idle time you have not yet kept or discarded: not counted until you decide.</source>
        <translation>Muda wa kutokuwepo ambao bado hujauhifadhi wala kuutupa: hauhesabiwi hadi uamue.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="368"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="369"/>
        <source>Earned</source>
        <translation>Mapato</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="370"/>
        <source>Piece rates + bonuses + adjustments − rejection reversals.</source>
        <translation>Malipo kwa kazi + bonasi + marekebisho − marejesho ya kazi zilizokataliwa.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="373"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="374"/>
        <source>Fees</source>
        <translation>Ada</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="375"/>
        <source>Worker-side fees (payment, transfer, exchange), as a negative amount.</source>
        <translation>Ada anazolipa mfanyakazi (malipo, uhamisho, ubadilishaji), kama kiasi hasi.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="378"/>
        <source>Received</source>
        <translation>Yaliyopokelewa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="379"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="404"/>
        <source>Money received</source>
        <translation>Pesa zilizopokelewa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="380"/>
        <source>Payouts that reached you, in the report currency.</source>
        <translation>Malipo yaliyokufikia, kwa sarafu ya ripoti.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="384"/>
        <source>Task-time wage</source>
        <translation>Ujira kwa muda wa kazi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="385"/>
        <source>Task time wage = earned ÷ time on tasks (active annotating time, plus idle time you kept).</source>
        <translation>Ujira kwa muda wa kazi = mapato ÷ muda kwenye kazi (muda wa kuweka lebo kikamilifu, pamoja na muda wa kutokuwepo uliouhifadhi).</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="389"/>
        <source>Session-time wage</source>
        <translation>Ujira kwa muda wa kipindi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="391"/>
        <source>Session time wage = earned ÷ session time (task time + returned and rejected task time + the short gaps between spans, up to the session gap, that Hara et al.&apos;s cluster method bridges).</source>
        <translation>Ujira kwa muda wa kipindi = mapato ÷ muda wa kipindi (muda wa kazi + muda wa kazi zilizorudishwa na kukataliwa + mapengo mafupi kati ya vipande, hadi pengo la kipindi, ambayo mbinu ya makundi ya Hara na wenzake huunganisha).</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="396"/>
        <source>All-in</source>
        <translation>Yote pamoja</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="397"/>
        <source>All-in wage</source>
        <translation>Ujira, yote pamoja</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="399"/>
        <source>All-in wage = (earned − worker-side fees) ÷ (session time + unpaid work: searching, qualification, communication, payment admin). The wage floor is checked on this wage.</source>
        <translation>Ujira, yote pamoja = (mapato − ada anazolipa mfanyakazi) ÷ (muda wa kipindi + kazi isiyolipwa: kutafuta, kufuzu, mawasiliano, usimamizi wa malipo). Kima cha chini hukaguliwa kwa ujira huu.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="405"/>
        <source>Money-received wage</source>
        <translation>Ujira kwa pesa zilizopokelewa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="406"/>
        <source>Money received wage = payouts that reached you, in the report currency ÷ all-in time.</source>
        <translation>Ujira kwa pesa zilizopokelewa = malipo yaliyokufikia, kwa sarafu ya ripoti ÷ muda wote.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="409"/>
        <source>All-in vs floor</source>
        <translation>Yote pamoja dhidi ya kima</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="410"/>
        <source>All-in wage against the floor</source>
        <translation>Ujira, yote pamoja, dhidi ya kima cha chini</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="411"/>
        <source>Below the floor, near it (at most 10 % above it) or above it.</source>
        <translation>Chini ya kima cha chini, karibu nacho (hadi 10 % juu yake) au juu yake.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="414"/>
        <source>Floor per hour</source>
        <translation>Kima kwa saa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="416"/>
        <source>The co-op&apos;s hourly wage floor in force.</source>
        <translation>Kima cha chini cha ujira kwa saa cha ushirika kinachotumika.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="419"/>
        <source>Hours below floor</source>
        <translation>Saa chini ya kima</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="420"/>
        <source>Hours below the floor</source>
        <translation>Saa chini ya kima cha chini</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="421"/>
        <source>All-in hours of the days whose all-in wage was below the floor in force that day.</source>
        <translation>Saa zote za siku ambazo ujira wake, yote pamoja, ulikuwa chini ya kima cha chini kilichotumika siku hiyo.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="424"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="425"/>
        <source>Shortfall</source>
        <translation>Upungufu</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="426"/>
        <source>The money that would bring those days up to the floor: floor × hours − (earned − fees).</source>
        <translation>Pesa ambazo zingefikisha siku hizo kwenye kima cha chini: kima × saa − (mapato − ada).</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="468"/>
        <source>{figure} {period}</source>
        <translation>{figure} {period}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="482"/>
        <source>Earnings in detail</source>
        <translation>Mapato kwa kina</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="511"/>
        <source>no time recorded yet</source>
        <translation>bado hakuna muda uliorekodiwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="517"/>
        <source>no wage floor set</source>
        <translation>hakuna kima cha chini kilichowekwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/estimate_words.py" line="18"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="532"/>
        <source>{amount}/h</source>
        <translation>{amount}/saa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/estimate_words.py" line="25"/>
        <source>— set the wage floor to see how it compares</source>
        <translation>— weka kima cha chini cha ujira kuona linganisho</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/estimate_words.py" line="27"/>
        <source>— {diff} below the floor</source>
        <translation>— {diff} chini ya kima cha chini</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/estimate_words.py" line="30"/>
        <source>— {diff} above the floor</source>
        <translation>— {diff} juu ya kima cha chini</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/estimate_words.py" line="38"/>
        <source>No estimate: not enough history yet ({have} of {need} tasks of this kind finished).</source>
        <translation>Hakuna makadirio: bado historia haitoshi (kazi {have} kati ya {need} za aina hii zimekamilika).</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/estimate_words.py" line="43"/>
        <source>About {wage} ({low} to {high} for half your tasks, from your pace on {count} tasks) {verdict}</source>
        <translation>Takriban {wage} ({low} hadi {high} kwa nusu ya kazi zako, kutokana na kasi yako kwenye kazi {count}) {verdict}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/estimate_words.py" line="61"/>
        <source>About {wage} as announced {verdict}</source>
        <translation>Takriban {wage} kama ilivyotangazwa {verdict}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="539"/>
        <source>below the floor</source>
        <translation>chini ya kima cha chini</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="540"/>
        <source>near the floor</source>
        <translation>karibu na kima cha chini</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="541"/>
        <source>above the floor</source>
        <translation>juu ya kima cha chini</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/enroll.py" line="40"/>
        <source>Join the co-op ledger</source>
        <translation>Jiunge na daftari la ushirika</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/enroll.py" line="43"/>
        <source>Invite code</source>
        <translation>Msimbo wa mwaliko</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/enroll.py" line="52"/>
        <source>Sho&amp;w the code</source>
        <translation>&amp;Onyesha msimbo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/enroll.py" line="55"/>
        <source>&amp;Join</source>
        <translation>&amp;Jiunge</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/enroll.py" line="74"/>
        <source>Paste the invite code the co-op&apos;s treasurer gave you.</source>
        <translation>Bandika msimbo wa mwaliko uliopewa na mweka hazina wa ushirika.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/enroll.py" line="76"/>
        <source>An invite code has no spaces inside: check that it was pasted whole.</source>
        <translation>Msimbo wa mwaliko hauna nafasi ndani yake: hakikisha umeubandika wote.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/enroll.py" line="96"/>
        <source>You cannot join yet: this computer has no usable keyring, so the key joining makes would be lost when the app closes, and you could never read your own shared figures again. Unlock or install a keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager), restart the app, then join with your invite code; it stays valid until then.</source>
        <translation>Huwezi kujiunga bado: kompyuta hii haina hifadhi ya funguo inayotumika, hivyo ufunguo unaoundwa wakati wa kujiunga ungepotea programu ikifungwa, na hungeweza tena kusoma takwimu zako ulizoshiriki. Fungua au sakinisha hifadhi ya funguo (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager), anzisha programu upya, kisha ujiunge kwa msimbo wako wa mwaliko; unabaki halali hadi wakati huo.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/enroll.py" line="110"/>
        <source>Joining lets you compare what each platform really pays co-op members, from figures members share. Your app makes a key on this computer (kept in your system&apos;s keyring); the co-op&apos;s ledger knows you only by a pseudonym made from it, never by your name, e-mail or platform accounts.</source>
        <translation>Kujiunga kunakuwezesha kulinganisha kile kila jukwaa linacholipa wanachama wa ushirika kwa kweli, kutoka kwa takwimu wanazoshiriki wanachama. Programu yako inaunda ufunguo kwenye kompyuta hii (unaohifadhiwa kwenye hifadhi ya funguo ya mfumo wako); daftari la ushirika linakujua kwa jina bandia lililotokana nao tu, kamwe si kwa jina lako, barua pepe au akaunti zako za majukwaa.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/enroll.py" line="119"/>
        <source>Nothing is shared when you join: first you will see exactly what would be sent, and decide.</source>
        <translation>Hakuna kinachoshirikiwa unapojiunga: kwanza utaona hasa kile ambacho kingetumwa, kisha uamue.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/enroll.py" line="125"/>
        <source>&amp;Invite code</source>
        <translation>&amp;Msimbo wa mwaliko</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message numerus="yes">
        <location filename="../../coopclient/ui/file_commands.py" line="62"/>
        <source>Demo batch imported: %n project(s)</source>
        <translation>
            <numerusform>Kundi la mfano limeingizwa: mradi %n</numerusform>
            <numerusform>Kundi la mfano limeingizwa: miradi %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/file_commands.py" line="100"/>
        <source>This batch may be distressing</source>
        <translation>Kundi hili linaweza kuumiza</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/file_commands.py" line="102"/>
        <source>{name} warns: {warning}

Its images will be shown grey and blurred (hold F2 to see one clearly) and time on it counts as exposure. Import it?</source>
        <translation>{name} inaonya: {warning}

Picha zake zitaonyeshwa kwa kijivu na kufifishwa (shikilia F2 kuona moja waziwazi) na muda unaotumika juu yake unahesabiwa. Uliingize?</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/file_commands.py" line="108"/>
        <source>&amp;Import it</source>
        <translation>&amp;Liingize</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/file_commands.py" line="109"/>
        <source>&amp;Don&apos;t import</source>
        <translation>&amp;Usiliingize</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/file_commands.py" line="118"/>
        <source>Not imported: {name}</source>
        <translation>Halijaingizwa: {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/file_commands.py" line="124"/>
        <source>Imported %n task(s)</source>
        <translation>
            <numerusform>Kazi %n imeingizwa</numerusform>
            <numerusform>Kazi %n zimeingizwa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/file_commands.py" line="130"/>
        <source>Export results</source>
        <translation>Hamisha matokeo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/file_commands.py" line="136"/>
        <source>Exported %n result(s)</source>
        <translation>
            <numerusform>Tokeo %n limehamishwa</numerusform>
            <numerusform>Matokeo %n yamehamishwa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/file_commands.py" line="142"/>
        <source>No task is shown</source>
        <translation>Hakuna kazi inayoonyeshwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/file_commands.py" line="144"/>
        <source>Evidence pack for task {id}</source>
        <translation>Kifurushi cha ushahidi cha kazi {id}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/file_commands.py" line="147"/>
        <source>Evidence pack (*.zip)</source>
        <translation>Kifurushi cha ushahidi (*.zip)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/file_commands.py" line="158"/>
        <source>Evidence pack written: {path} ({n} files, nothing sent)</source>
        <translation>Kifurushi cha ushahidi kimeandikwa: {path} (faili {n}, hakuna kilichotumwa)</translation>
    </message>
</context>
<context>
    <name>FirstRunBanner</name>
    <message>
        <location filename="../../coopclient/ui/banners.py" line="29"/>
        <source>No tasks yet. Try the demo batch — 44 short tasks, no account or network needed.</source>
        <translation>Bado hakuna kazi. Jaribu kundi la mfano — kazi fupi 44, bila kuhitaji akaunti wala mtandao.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/banners.py" line="30"/>
        <source>Try the &amp;demo batch</source>
        <translation>Jaribu kundi la &amp;mfano</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/banners.py" line="31"/>
        <source>Try the demo batch</source>
        <translation>Jaribu kundi la mfano</translation>
    </message>
</context>
<context>
    <name>FloorBanner</name>
    <message>
        <location filename="../../coopclient/ui/banners.py" line="47"/>
        <source>No wage floor set yet: set the co-op&apos;s floor to see which hours fall below it.</source>
        <translation>Bado hakuna kima cha chini kilichowekwa: weka kima cha ushirika ili kuona ni saa zipi ziko chini yake.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/banners.py" line="48"/>
        <source>Set the &amp;floor…</source>
        <translation>Weka &amp;kima…</translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="67"/>
        <source>Welcome back</source>
        <translation>Karibu tena</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="69"/>
        <source>&amp;Keep: it was work</source>
        <translation>&amp;Hifadhi: ilikuwa kazi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="69"/>
        <source>Keep the time as work</source>
        <translation>Hifadhi muda kama kazi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="70"/>
        <source>&amp;Discard: it was not work</source>
        <translation>&amp;Tupa: haikuwa kazi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="70"/>
        <source>Discard the time</source>
        <translation>Tupa muda</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="71"/>
        <source>&amp;Move to:</source>
        <translation>Ha&amp;misha hadi:</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="71"/>
        <source>Move the time to the chosen category</source>
        <translation>Hamisha muda hadi kundi lililochaguliwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="73"/>
        <source>Decide &amp;later</source>
        <translation>Amua &amp;baadaye</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="73"/>
        <source>Decide later</source>
        <translation>Amua baadaye</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="91"/>
        <source>You were away for {duration} ({times}).</source>
        <translation>Ulikuwa mbali kwa {duration} ({times}).</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="106"/>
        <source>{seconds} s</source>
        <translation>sekunde {seconds}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="109"/>
        <source>{minutes} min</source>
        <translation>dakika {minutes}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="110"/>
        <source>{hours} h {minutes:02d} min</source>
        <translation>saa {hours} dakika {minutes:02d}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="121"/>
        <source>Category to move the time to</source>
        <translation>Kundi la kuhamishia muda</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="125"/>
        <source>This time is not counted until you decide what it was.</source>
        <translation>Muda huu hauhesabiwi hadi uamue ulikuwa nini.</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location filename="../../coopclient/ui/annotation/image_view.py" line="109"/>
        <source>Image</source>
        <translation>Picha</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="49"/>
        <source>Import a batch file</source>
        <translation>Ingiza faili ya kundi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="52"/>
        <source>&amp;Batch file (JSONL or CSV)</source>
        <translation>&amp;Faili ya kundi (JSONL au CSV)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="52"/>
        <source>Batch file</source>
        <translation>Faili ya kundi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="55"/>
        <source>Labeling &amp;config (XML)</source>
        <translation>&amp;Mipangilio ya lebo (XML)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="55"/>
        <source>Labeling config</source>
        <translation>Mipangilio ya lebo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="58"/>
        <source>Project name</source>
        <translation>Jina la mradi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="59"/>
        <source>default: the file&apos;s name</source>
        <translation>chaguo-msingi: jina la faili</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="60"/>
        <source>&amp;Project</source>
        <translation>&amp;Mradi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="62"/>
        <source>Piece rate</source>
        <translation>Malipo kwa kazi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="63"/>
        <source>e.g. {amount} EUR</source>
        <translation>k.m. {amount} EUR</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="64"/>
        <source>Piece &amp;rate</source>
        <translation>Ma&amp;lipo kwa kazi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="68"/>
        <source>Estimated pay</source>
        <translation>Malipo yanayokadiriwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="87"/>
        <source>Browse…</source>
        <translation>Vinjari…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="88"/>
        <source>Browse for {what}</source>
        <translation>Tafuta {what}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="148"/>
        <source>Choose the batch file.</source>
        <translation>Chagua faili ya kundi.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="150"/>
        <source>Choose the labeling config (XML) that goes with the batch.</source>
        <translation>Chagua mipangilio ya lebo (XML) inayoendana na kundi.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="158"/>
        <source>“{text}” is not a piece rate, such as {example} EUR.</source>
        <translation>“{text}” si malipo kwa kazi, kama {example} EUR.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="183"/>
        <source>Importing {name}…</source>
        <translation>Inaingiza {name}…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="184"/>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="189"/>
        <source>Import</source>
        <translation>Ingiza</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="214"/>
        <source>The batch was not imported</source>
        <translation>Kundi halikuingizwa</translation>
    </message>
</context>
<context>
    <name>LabelLegend</name>
    <message>
        <location filename="../../coopclient/ui/annotation/legend.py" line="62"/>
        <source>Mark the selected text as {value}</source>
        <translation>Weka alama {value} kwenye maandishi yaliyochaguliwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/legend.py" line="83"/>
        <source>Label {value}</source>
        <translation>Lebo {value}</translation>
    </message>
</context>
<context>
    <name>LedgerBanner</name>
    <message>
        <location filename="../../coopclient/ui/banners.py" line="70"/>
        <source>Co-op ledger warning</source>
        <translation>Onyo la daftari la ushirika</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/banners.py" line="71"/>
        <source>What I sha&amp;re…</source>
        <translation>Ninacho&amp;shiriki…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/banners.py" line="73"/>
        <source>Hide &amp;warning</source>
        <translation>Ficha &amp;onyo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/banners.py" line="74"/>
        <source>Hide the co-op ledger warning</source>
        <translation>Ficha onyo la daftari la ushirika</translation>
    </message>
</context>
<context>
    <name>LedgerCommands</name>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="97"/>
        <source>&amp;Co-op</source>
        <translation>&amp;Ushirika</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="101"/>
        <source>&amp;Join the co-op ledger…</source>
        <translation>&amp;Jiunge na daftari la ushirika…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="103"/>
        <source>Join with an invite from the treasurer</source>
        <translation>Jiunge kwa mwaliko kutoka kwa mweka hazina</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="105"/>
        <source>&amp;What I share</source>
        <translation>&amp;Ninachoshiriki</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="105"/>
        <source>Everything sent to the co-op ledger</source>
        <translation>Kila kitu kilichotumwa kwenye daftari la ushirika</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="106"/>
        <source>&amp;Pause sharing</source>
        <translation>&amp;Sitisha kushiriki</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="106"/>
        <source>Send nothing until you resume</source>
        <translation>Usitume chochote hadi uendelee</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="107"/>
        <source>&amp;Resume sharing</source>
        <translation>&amp;Endelea kushiriki</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="107"/>
        <source>Send your finished days again</source>
        <translation>Tuma tena siku zako zilizokwisha</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="108"/>
        <source>&amp;Compare platforms</source>
        <translation>&amp;Linganisha majukwaa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="108"/>
        <source>The co-op&apos;s published monthly figures</source>
        <translation>Takwimu za kila mwezi zilizochapishwa na ushirika</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="111"/>
        <source>&amp;Sync with the co-op ledger</source>
        <translation>Sa&amp;wazisha na daftari la ushirika</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="113"/>
        <source>Send finished days and check the ledger</source>
        <translation>Tuma siku zilizokwisha na ukague daftari</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="130"/>
        <source>Co-op sharing</source>
        <translation>Kushiriki na ushirika</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="158"/>
        <source>Co-op: sharing paused</source>
        <translation>Ushirika: kushiriki kumesitishwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="160"/>
        <source>Co-op: joined, nothing shared yet</source>
        <translation>Ushirika: umejiunga, bado hakuna kilichoshirikiwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="162"/>
        <source>Co-op: {n} waiting to be shared</source>
        <translation>Ushirika: {n} vinasubiri kushirikiwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="163"/>
        <source>Co-op: sharing</source>
        <translation>Ushirika: inashiriki</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="173"/>
        <source>Warning — the co-op ledger failed a check: {warning}. The server may have changed or hidden entries it had already shown. Your own figures stay on this computer; tell the co-op&apos;s treasurer.</source>
        <translation>Onyo — daftari la ushirika limeshindwa ukaguzi: {warning}. Huenda seva imebadilisha au kuficha maingizo iliyokwisha kuyaonyesha. Takwimu zako zinabaki kwenye kompyuta hii; mjulishe mweka hazina wa ushirika.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="180"/>
        <source>The co-op ledger failed a check</source>
        <translation>Daftari la ushirika limeshindwa ukaguzi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="200"/>
        <source>You have already joined the co-op ledger as {p}</source>
        <translation>Tayari umejiunga na daftari la ushirika kama {p}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="210"/>
        <source>Joining the co-op ledger…</source>
        <translation>Inajiunga na daftari la ushirika…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="222"/>
        <source>Joined the co-op ledger as {p}</source>
        <translation>Umejiunga na daftari la ushirika kama {p}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="228"/>
        <source>You did not join the co-op ledger: {why}</source>
        <translation>Hukujiunga na daftari la ushirika: {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="247"/>
        <source>Nothing was shared. Co-op → Sync with the co-op ledger asks again.</source>
        <translation>Hakuna kilichoshirikiwa. Ushirika → Sawazisha na daftari la ushirika kitauliza tena.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="257"/>
        <source>A sync with the co-op ledger is already running</source>
        <translation>Usawazishaji na daftari la ushirika tayari unaendelea</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="264"/>
        <source>Join the co-op ledger first: Co-op → Join the co-op ledger…</source>
        <translation>Jiunge na daftari la ushirika kwanza: Ushirika → Jiunge na daftari la ushirika…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="266"/>
        <source>Sharing is paused: Co-op → Resume sharing to send again</source>
        <translation>Kushiriki kumesitishwa: Ushirika → Endelea kushiriki ili kutuma tena</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="289"/>
        <source>Syncing with the co-op ledger…</source>
        <translation>Inasawazisha na daftari la ushirika…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="308"/>
        <source>Sync with the co-op ledger failed: {why}</source>
        <translation>Usawazishaji na daftari la ushirika umeshindikana: {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="313"/>
        <source>Co-op ledger: {n} shared</source>
        <translation>Daftari la ushirika: {n} vimeshirikiwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="315"/>
        <source>Co-op ledger: nothing new to share</source>
        <translation>Daftari la ushirika: hakuna jipya la kushiriki</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/ledger_commands.py" line="317"/>
        <source>; ledger checked at %Ln entry(ies)</source>
        <translation>
            <numerusform>; daftari limekaguliwa kwenye ingizo %Ln</numerusform>
            <numerusform>; daftari limekaguliwa kwenye maingizo %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/ledger_commands.py" line="319"/>
        <source>; %n policy update(s) received</source>
        <translation>
            <numerusform>; sasisho %n la sera limepokelewa</numerusform>
            <numerusform>; masasisho %n ya sera yamepokelewa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="321"/>
        <source>; warning: {w}</source>
        <translation>; onyo: {w}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="336"/>
        <source>Sharing paused: nothing is sent to the co-op ledger until you resume it</source>
        <translation>Kushiriki kumesitishwa: hakuna kinachotumwa kwenye daftari la ushirika hadi uendelee</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="338"/>
        <source>Sharing resumed</source>
        <translation>Kushiriki kumeendelea</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="383"/>
        <source>What you shared could not be read: {why}</source>
        <translation>Ulichoshiriki hakikuweza kusomwa: {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="409"/>
        <source>join the co-op ledger first (Co-op → Join the co-op ledger…)</source>
        <translation>jiunge na daftari la ushirika kwanza (Ushirika → Jiunge na daftari la ushirika…)</translation>
    </message>
</context>
<context>
    <name>LoadingImage</name>
    <message>
        <location filename="../../coopclient/ui/annotation/object_views.py" line="66"/>
        <source>Image</source>
        <translation>Picha</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/object_views.py" line="68"/>
        <source>Opening the image…</source>
        <translation>Inafungua picha…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="35"/>
        <source>All tasks</source>
        <translation>Kazi zote</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="36"/>
        <source>To do</source>
        <translation>Za kufanya</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="37"/>
        <source>Done</source>
        <translation>Zilizofanywa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="38"/>
        <source>Skipped</source>
        <translation>Zilizorukwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="39"/>
        <source>Not yet synced</source>
        <translation>Bado hazijasawazishwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="65"/>
        <source>coopclient — fair pay for annotation work</source>
        <translation>coopclient — malipo ya haki kwa kazi ya kuweka lebo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="79"/>
        <location filename="../../coopclient/ui/window_layout.py" line="62"/>
        <source>Opening your work…</source>
        <translation>Inafungua kazi yako…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/window_layout.py" line="58"/>
        <source>Show tasks</source>
        <translation>Onyesha kazi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/window_layout.py" line="61"/>
        <source>Tasks</source>
        <translation>Kazi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/window_layout.py" line="71"/>
        <source>Show:</source>
        <translation>Onyesha:</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/window_layout.py" line="85"/>
        <source>Earnings against the floor</source>
        <translation>Mapato dhidi ya kima cha chini</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/window_layout.py" line="87"/>
        <source>Loading…</source>
        <translation>Inapakia…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="205"/>
        <source>Timing paused</source>
        <translation>Upimaji wa muda umesitishwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="207"/>
        <source>No input for a while: that time is set aside. When you come back, you decide whether it counts.</source>
        <translation>Hakuna shughuli kwa muda: muda huo umewekwa kando. Ukirudi, utaamua kama unahesabiwa.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/port.py" line="45"/>
        <source>Something went wrong</source>
        <translation>Kuna hitilafu</translation>
    </message>
</context>
<context>
    <name>ManualTimerDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="47"/>
        <source>Start a manual timer</source>
        <translation>Anzisha kipima muda cha mkono</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="52"/>
        <source>optional</source>
        <translation>si lazima</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="53"/>
        <source>Note</source>
        <translation>Dokezo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="57"/>
        <source>optional, e.g. {amount} GBP</source>
        <translation>si lazima, k.m. {amount} GBP</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="59"/>
        <source>Announced reward</source>
        <translation>Zawadi iliyotangazwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="62"/>
        <source>not announced</source>
        <translation>haijatangazwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="63"/>
        <source>Expected minutes</source>
        <translation>Dakika zinazotarajiwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="67"/>
        <source>Estimated pay</source>
        <translation>Malipo yanayokadiriwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="72"/>
        <source>&amp;Start timer</source>
        <translation>&amp;Anzisha kipima muda</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="115"/>
        <source>Category</source>
        <translation>Kundi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="126"/>
        <source>optional, e.g. prolific</source>
        <translation>si lazima, k.m. prolific</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="127"/>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="128"/>
        <source>Platform</source>
        <translation>Jukwaa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="135"/>
        <source>C&amp;ategory</source>
        <translation>&amp;Kundi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="136"/>
        <source>&amp;Platform</source>
        <translation>&amp;Jukwaa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="137"/>
        <source>&amp;Note</source>
        <translation>&amp;Dokezo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="138"/>
        <source>Announced &amp;reward</source>
        <translation>&amp;Zawadi iliyotangazwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="139"/>
        <source>E&amp;xpected minutes</source>
        <translation>&amp;Dakika zinazotarajiwa</translation>
    </message>
</context>
<context>
    <name>MissingImage</name>
    <message>
        <location filename="../../coopclient/ui/annotation/object_views.py" line="45"/>
        <source>Image</source>
        <translation>Picha</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/object_views.py" line="48"/>
        <source>This image is not available offline</source>
        <translation>Picha hii haipatikani nje ya mtandao</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/object_views.py" line="51"/>
        <source>This image can&apos;t be opened: {name} is missing or is not an image file</source>
        <translation>Picha hii haiwezi kufunguliwa: {name} haipo au si faili ya picha</translation>
    </message>
</context>
<context>
    <name>NerEditor</name>
    <message>
        <location filename="../../coopclient/ui/annotation/ner.py" line="62"/>
        <source>Select text (mouse or Shift+arrows), then press a label key. Click a highlight to remove it.</source>
        <translation>Chagua maandishi (kipanya au Shift+mishale), kisha bonyeza kitufe cha lebo. Bofya sehemu iliyoangaziwa ili kuiondoa.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/ner.py" line="66"/>
        <source>Marked spans</source>
        <translation>Vipande vilivyowekwa alama</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/ner.py" line="181"/>
        <source>No spans marked yet.</source>
        <translation>Bado hakuna vipande vilivyowekwa alama.</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="53"/>
        <source>Outbox</source>
        <translation>Sanduku la kutuma</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="54"/>
        <source>Loading…</source>
        <translation>Inapakia…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="58"/>
        <source>Show &amp;sent results</source>
        <translation>Onyesha matokeo &amp;yaliyotumwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="60"/>
        <source>&amp;Retry</source>
        <translation>&amp;Jaribu tena</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="61"/>
        <source>Retry the selected result</source>
        <translation>Jaribu tena tokeo lililochaguliwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="103"/>
        <source>Parked: {reason}</source>
        <translation>Limewekwa kando: {reason}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="103"/>
        <source>no reason given</source>
        <translation>hakuna sababu iliyotolewa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="106"/>
        <source>Waiting: next try at {time}</source>
        <translation>Linasubiri: jaribio lijalo saa {time}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="109"/>
        <source>Queued</source>
        <translation>Kwenye foleni</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="110"/>
        <source>Sending</source>
        <translation>Inatuma</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="111"/>
        <source>Sent</source>
        <translation>Imetumwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="112"/>
        <source>Replaced by a newer version</source>
        <translation>Imebadilishwa na toleo jipya zaidi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="119"/>
        <source>Task</source>
        <translation>Kazi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="119"/>
        <source>What</source>
        <translation>Nini</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="119"/>
        <source>State</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="131"/>
        <source>Results waiting to be sent</source>
        <translation>Matokeo yanayosubiri kutumwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="151"/>
        <source>(task missing)</source>
        <translation>(kazi haipo)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="152"/>
        <source>Task {id}</source>
        <translation>Kazi {id}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="155"/>
        <source>Result</source>
        <translation>Tokeo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="155"/>
        <source>Skip</source>
        <translation>Kuruka</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="161"/>
        <source>Nothing waits to be sent.</source>
        <translation>Hakuna kinachosubiri kutumwa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="162"/>
        <source>%n result(s) wait to be sent.</source>
        <translation>
            <numerusform>Tokeo %n linasubiri kutumwa.</numerusform>
            <numerusform>Matokeo %n yanasubiri kutumwa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="165"/>
        <source>{p} parked: the server refused them. Fix the result and save it again, or select one and Retry.</source>
        <translation>{p} yamewekwa kando: seva imeyakataa. Rekebisha tokeo na ulihifadhi tena, au chagua moja na ubofye Jaribu tena.</translation>
    </message>
</context>
<context>
    <name>PlatformCommands</name>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="108"/>
        <source>Add a Label Studio account first (Accounts → Add a platform account…)</source>
        <translation>Ongeza akaunti ya Label Studio kwanza (Akaunti → Ongeza akaunti ya jukwaa…)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="119"/>
        <source>Pulling tasks…</source>
        <translation>Inapakua kazi…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="139"/>
        <source>No new tasks from {project}</source>
        <translation>Hakuna kazi mpya kutoka {project}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/platform_commands.py" line="141"/>
        <source>Pulled %n task(s) from {project}</source>
        <translation>
            <numerusform>Kazi %n imepakuliwa kutoka {project}</numerusform>
            <numerusform>Kazi %n zimepakuliwa kutoka {project}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="144"/>
        <source>{n} cannot be shown here</source>
        <translation>{n} haziwezi kuonyeshwa hapa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/platform_commands.py" line="146"/>
        <source>%n media file(s) not available offline</source>
        <translation>
            <numerusform>Faili %n ya midia haipatikani nje ya mtandao</numerusform>
            <numerusform>Faili %n za midia hazipatikani nje ya mtandao</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="151"/>
        <source>No tasks were pulled: {why}</source>
        <translation>Hakuna kazi zilizopakuliwa: {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="159"/>
        <source>Sending results…</source>
        <translation>Inatuma matokeo…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="208"/>
        <source>Results parked</source>
        <translation>Matokeo yamezuiwa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/platform_commands.py" line="210"/>
        <source>%n result(s) were refused by the platform and wait in the outbox, which says why.</source>
        <translation>
            <numerusform>Tokeo %n lililokataliwa na jukwaa linasubiri kwenye sanduku la kutuma, linaloeleza sababu.</numerusform>
            <numerusform>Matokeo %n yaliyokataliwa na jukwaa yanasubiri kwenye sanduku la kutuma, linaloeleza sababu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="225"/>
        <source>Sync failed: {why}</source>
        <translation>Usawazishaji umeshindikana: {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="230"/>
        <source>Label Studio refused the token: add the account again</source>
        <translation>Label Studio imekataa tokeni: ongeza akaunti tena</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="232"/>
        <source>Server unreachable: working offline, will retry</source>
        <translation>Seva haifikiki: unafanya kazi nje ya mtandao, itajaribu tena</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="233"/>
        <source>{n} sent</source>
        <translation>{n} yametumwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="236"/>
        <source>Nothing to send now</source>
        <translation>Hakuna cha kutuma sasa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="237"/>
        <source>Sync: {d} sent, {r} to retry later, {p} parked</source>
        <translation>Usawazishaji: {d} yametumwa, {r} yatajaribiwa tena baadaye, {p} yamewekwa kando</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="240"/>
        <source> (see the outbox)</source>
        <translation> (tazama sanduku la kutuma)</translation>
    </message>
</context>
<context>
    <name>PullDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="54"/>
        <source>Pull tasks for offline work</source>
        <translation>Pakua kazi za kufanya nje ya mtandao</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="56"/>
        <source>Account</source>
        <translation>Akaunti</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="60"/>
        <source>Project number</source>
        <translation>Namba ya mradi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="61"/>
        <source>e.g. 3, or the project&apos;s address</source>
        <translation>k.m. 3, au anwani ya mradi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="67"/>
        <source>Number of tasks</source>
        <translation>Idadi ya kazi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="68"/>
        <source>From 1 to {n}</source>
        <translation>Kuanzia 1 hadi {n}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="70"/>
        <source>&amp;Pull tasks</source>
        <translation>&amp;Pakua kazi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="87"/>
        <source>Enter the project&apos;s number, shown in its address on the platform.</source>
        <translation>Andika namba ya mradi, inayoonekana kwenye anwani yake katika jukwaa.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="89"/>
        <source>“{text}” is not a project number or a project&apos;s address.</source>
        <translation>“{text}” si namba ya mradi wala anwani ya mradi.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="104"/>
        <source>&amp;Account</source>
        <translation>&amp;Akaunti</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="105"/>
        <source>P&amp;roject</source>
        <translation>M&amp;radi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="106"/>
        <source>&amp;Number of tasks</source>
        <translation>&amp;Idadi ya kazi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="112"/>
        <source>The tasks are locked to you on the platform until you submit or skip them.</source>
        <translation>Kazi zinafungiwa kwako kwenye jukwaa hadi uziwasilishe au uziruke.</translation>
    </message>
</context>
<context>
    <name>RatingEditor</name>
    <message>
        <location filename="../../coopclient/ui/annotation/rating.py" line="92"/>
        <source>Rating {n} of {max}</source>
        <translation>Alama {n} kati ya {max}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rating.py" line="94"/>
        <location filename="../../coopclient/ui/annotation/rating.py" line="135"/>
        <source>{n} of {max}</source>
        <translation>{n} kati ya {max}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rating.py" line="95"/>
        <source>{tip} (key {key})</source>
        <translation>{tip} (kitufe {key})</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rating.py" line="135"/>
        <source>Not rated</source>
        <translation>Haijapewa alama</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rating.py" line="141"/>
        <source>{state}   ·   keys {keys}</source>
        <translation>{state}   ·   vitufe {keys}</translation>
    </message>
</context>
<context>
    <name>RecoveredDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="57"/>
        <source>Time recovered after a crash</source>
        <translation>Muda uliorejeshwa baada ya hitilafu</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="60"/>
        <source>&amp;OK, keep them</source>
        <translation>&amp;Sawa, vihifadhi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="61"/>
        <source>&amp;Discard them</source>
        <translation>&amp;Vitupe</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="84"/>
        <source>coopclient stopped while the timer was running. This time was saved up to the last heartbeat before the stop. Keep it as recorded, or discard it?</source>
        <translation>coopclient ilisimama kipima muda kikiwa kinaendelea. Muda huu ulihifadhiwa hadi mpigo wa mwisho kabla ya kusimama. Uuhifadhi kama ulivyorekodiwa, au uutupe?</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="100"/>
        <source>Day</source>
        <translation>Siku</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="100"/>
        <source>Time</source>
        <translation>Muda</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="100"/>
        <source>Duration</source>
        <translation>Muda</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="100"/>
        <source>Task or category</source>
        <translation>Kazi au kundi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="110"/>
        <source>Recovered time</source>
        <translation>Muda uliorejeshwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="123"/>
        <source>Task {id}</source>
        <translation>Kazi {id}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="124"/>
        <source>{task} ({category})</source>
        <translation>{task} ({category})</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="126"/>
        <source>{what}, idle (pending)</source>
        <translation>{what}, kutokuwepo (kunasubiri)</translation>
    </message>
</context>
<context>
    <name>RectangleEditor</name>
    <message>
        <location filename="../../coopclient/ui/annotation/rectangles.py" line="66"/>
        <source>Give the selected box, and the boxes you draw next, the label {value}</source>
        <translation>Kipe kisanduku kilichochaguliwa, na visanduku utakavyochora baadaye, lebo {value}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rectangles.py" line="72"/>
        <source>Drag on the image to draw a box. Click a box to select it, then drag it or its corners, or use the arrow keys (Shift: finer, Alt: resize). A label key relabels it; Delete removes it.</source>
        <translation>Buruta juu ya picha ili kuchora kisanduku. Bofya kisanduku ili kukichagua, kisha kiburute au uburute pembe zake, au tumia vitufe vya mishale (Shift: kwa usahihi zaidi, Alt: badilisha ukubwa). Kitufe cha lebo hukibadilishia lebo; Delete hukiondoa.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rectangles.py" line="77"/>
        <source>No boxes drawn yet.</source>
        <translation>Bado hakuna visanduku vilivyochorwa.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rectangles.py" line="92"/>
        <source>Boxes</source>
        <translation>Visanduku</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rectangles.py" line="184"/>
        <source>Box {n}: {label} at {x} %, {y} %</source>
        <translation>Kisanduku {n}: {label} kwenye {x} %, {y} %</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rectangles.py" line="196"/>
        <source>{width} % wide, {height} % high</source>
        <translation>upana {width} %, urefu {height} %</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/annotation/rectangles.py" line="206"/>
        <source>%n rotated box(es) from the platform are kept as they are (they can&apos;t be shown here).</source>
        <translation>
            <numerusform>Kisanduku %n kilichozungushwa kutoka kwenye jukwaa kinahifadhiwa kama kilivyo (hakiwezi kuonyeshwa hapa).</numerusform>
            <numerusform>Visanduku %n vilivyozungushwa kutoka kwenye jukwaa vinahifadhiwa kama vilivyo (haviwezi kuonyeshwa hapa).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rectangles.py" line="222"/>
        <source>Selected: {box}</source>
        <translation>Kilichochaguliwa: {box}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/annotation/rectangles.py" line="225"/>
        <source>%n box(es); none selected</source>
        <translation>
            <numerusform>Kisanduku %n; hakuna kilichochaguliwa</numerusform>
            <numerusform>Visanduku %n; hakuna kilichochaguliwa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../coopclient/core/settings.py" line="73"/>
        <source>Pause the clock after this long without keyboard or mouse</source>
        <translation>Simamisha saa baada ya muda huu bila kibodi wala kipanya</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="82"/>
        <source>Save the running clock every</source>
        <translation>Hifadhi saa inayoendelea kila</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="91"/>
        <source>Count short pauses between tasks as work, up to</source>
        <translation>Hesabu mapumziko mafupi kati ya kazi kama kazi, hadi</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="100"/>
        <source>Currency of reports (empty: the wage floor&apos;s)</source>
        <translation>Sarafu ya ripoti (tupu: ya kima cha chini)</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="104"/>
        <source>Region, for the floor&apos;s regional factor (empty: none)</source>
        <translation>Eneo, kwa kigezo cha kikanda cha kima (tupu: hakuna)</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="110"/>
        <source>Time zone of your days (empty: this computer&apos;s)</source>
        <translation>Saa za eneo za siku zako (tupu: za kompyuta hii)</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="117"/>
        <source>Theme</source>
        <translation>Mandhari</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="124"/>
        <source>Language (from the next start)</source>
        <translation>Lugha (kuanzia utakapofungua tena)</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="131"/>
        <source>Show images of distressing work in grey and blurred (hold F2 to see)</source>
        <translation>Onyesha picha za kazi inayoweza kuumiza kwa kijivu na zilizofifishwa (shikilia F2 kuona)</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="137"/>
        <source>Hide the text of distressing work behind a warning</source>
        <translation>Ficha maandishi ya kazi inayoweza kuumiza nyuma ya onyo</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="143"/>
        <source>Soft daily limit on distressing work (0: none)</source>
        <translation>Kikomo cha kila siku cha kazi inayoweza kuumiza (0: hakuna)</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="152"/>
        <source>Propose a break after this much distressing work (0: never)</source>
        <translation>Pendekeza mapumziko baada ya muda huu wa kazi inayoweza kuumiza (0: kamwe)</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="161"/>
        <source>Length of the break proposed</source>
        <translation>Urefu wa mapumziko yanayopendekezwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="170"/>
        <source>The first-run welcome was shown</source>
        <translation>Ukaribisho wa mara ya kwanza ulionyeshwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="63"/>
        <source>Settings</source>
        <translation>Mipangilio</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="163"/>
        <source> s</source>
        <translation> sek</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="163"/>
        <source> min</source>
        <translation> dak</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="167"/>
        <source>From {low} to {high} minutes</source>
        <translation>Kuanzia dakika {low} hadi {high}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="169"/>
        <source>From {low} to {high} seconds</source>
        <translation>Kuanzia sekunde {low} hadi {high}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="183"/>
        <source>System</source>
        <translation>Mfumo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="183"/>
        <source>Light</source>
        <translation>Mwanga</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="183"/>
        <source>Dark</source>
        <translation>Giza</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="189"/>
        <source>e.g. 12.50</source>
        <translation>k.m. 12.50</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="190"/>
        <source>Wage floor, amount per hour</source>
        <translation>Kima cha chini, kiasi kwa saa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="193"/>
        <source>EUR</source>
        <translation>KES</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="194"/>
        <source>Wage floor, currency code (ISO 4217)</source>
        <translation>Kima cha chini, msimbo wa sarafu (ISO 4217)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="212"/>
        <source>&amp;Wage floor (per hour)</source>
        <translation>&amp;Kima cha chini (kwa saa)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="251"/>
        <source>Must be from {low} to {high} minutes, not {value}.</source>
        <translation>Lazima iwe kati ya dakika {low} na {high}, si {value}.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="255"/>
        <source>Must be from {low} to {high} seconds, not {value}.</source>
        <translation>Lazima iwe kuanzia sekunde {low} hadi {high}, si {value}.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="261"/>
        <source>“{name}” is not a time zone name, such as Europe/Berlin.</source>
        <translation>“{name}” si jina la saa za eneo, kama Africa/Nairobi.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="262"/>
        <source>“{value}” is not a valid value here.</source>
        <translation>“{value}” si thamani halali hapa.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="272"/>
        <source>“{code}” is not an ISO 4217 currency code, such as EUR.</source>
        <translation>“{code}” si msimbo wa sarafu wa ISO 4217, kama KES.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="278"/>
        <source>The floor can be changed but not removed.</source>
        <translation>Kima cha chini kinaweza kubadilishwa lakini si kuondolewa.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="280"/>
        <source>Enter the floor&apos;s currency code, such as EUR.</source>
        <translation>Andika msimbo wa sarafu wa kima cha chini, kama KES.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="285"/>
        <source>Enter the floor&apos;s amount per hour.</source>
        <translation>Andika kiasi cha kima cha chini kwa saa.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="291"/>
        <source>“{text}” is not an amount, such as 12.50.</source>
        <translation>“{text}” si kiasi, kama 12.50.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="293"/>
        <source>The floor must be more than zero.</source>
        <translation>Kima cha chini lazima kiwe zaidi ya sifuri.</translation>
    </message>
</context>
<context>
    <name>ShareConsentDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="65"/>
        <source>Share with the co-op ledger?</source>
        <translation>Shiriki na daftari la ushirika?</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="74"/>
        <source>&amp;Share</source>
        <translation>&amp;Shiriki</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="75"/>
        <source>&amp;Not now</source>
        <translation>&amp;Si sasa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="100"/>
        <source>No finished day is waiting to be shared yet. If you agree, each day&apos;s figures will be sent to {server} under your pseudonym {pseudonym} once the day is over, in the form shown below.</source>
        <translation>Bado hakuna siku iliyokwisha inayosubiri kushirikiwa. Ukikubali, takwimu za kila siku zitatumwa kwa {server} chini ya jina lako bandia {pseudonym} siku ikishaisha, kwa namna inayoonyeshwa hapa chini.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="104"/>
        <source>If you agree, these %n payload(s) are sent now to {server} under your pseudonym {pseudonym}, each in an entry signed with your key that adds only an entry id, its kind, your public key and, for a correction, the entry it replaces. After that, each day&apos;s figures are sent the same way once the day is over. Select a payload to see exactly the figures that would be sent.</source>
        <translation>
            <numerusform>Ukikubali, kifurushi hiki kinatumwa sasa kwa {server} chini ya jina lako bandia {pseudonym}, katika ingizo lililotiwa sahihi kwa ufunguo wako ambalo linaongeza tu kitambulisho cha ingizo, aina yake, ufunguo wako wa umma na, kwa marekebisho, ingizo linalobadilishwa. Baada ya hapo, takwimu za kila siku zinatumwa kwa njia hiyo hiyo siku ikishaisha. Chagua kifurushi ili kuona hasa takwimu ambazo zingetumwa.</numerusform>
            <numerusform>Ukikubali, vifurushi hivi %n vinatumwa sasa kwa {server} chini ya jina lako bandia {pseudonym}, kila kimoja katika ingizo lililotiwa sahihi kwa ufunguo wako ambalo linaongeza tu kitambulisho cha ingizo, aina yake, ufunguo wako wa umma na, kwa marekebisho, ingizo linalobadilishwa. Baada ya hapo, takwimu za kila siku zinatumwa kwa njia hiyo hiyo siku ikishaisha. Chagua kifurushi ili kuona hasa takwimu ambazo zingetumwa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="114"/>
        <source>Payloads that would be sent</source>
        <translation>Vifurushi ambavyo vingetumwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="126"/>
        <source>Exact text of the selected payload</source>
        <translation>Maandishi kamili ya kifurushi kilichochaguliwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="134"/>
        <source>day: the date (never a time of day)
platform: the type of platform, such as label-studio (never an account or address)
task_kind: the kind of task, such as image or choices
active_s: seconds of active work
unpaid_s: seconds of unpaid work by category (searching, qualification, …)
tasks_done, rejections: counts
earnings: what you earned, by currency</source>
        <translation>day: tarehe (kamwe si saa ya siku)
platform: aina ya jukwaa, kama label-studio (kamwe si akaunti wala anwani)
task_kind: aina ya kazi, kama image au choices
active_s: sekunde za kazi hai
unpaid_s: sekunde za kazi isiyolipwa kwa kundi (kutafuta, kufuzu, …)
tasks_done, rejections: idadi
earnings: ulichopata, kwa sarafu</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="144"/>
        <source>Never sent</source>
        <translation>Havitumwi kamwe</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="149"/>
        <source>your name, e-mail, platform accounts, tokens or worker ids</source>
        <translation>jina lako, barua pepe, akaunti za majukwaa, tokeni au namba za mfanyakazi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="150"/>
        <source>task texts, your answers, task or project ids, addresses (URLs)</source>
        <translation>maandishi ya kazi, majibu yako, vitambulisho vya kazi au mradi, anwani (URL)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="151"/>
        <source>times of day: only the date of a day, once it is over</source>
        <translation>saa za siku: tarehe ya siku tu, ikishaisha</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="152"/>
        <source>fees and payouts: only what you earned</source>
        <translation>ada na malipo uliyopokea: ulichopata tu</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="166"/>
        <source>The ledger is append-only and signed: what is sent stays in it, and a changed day is sent as a correction. You can pause sharing at any time (Co-op → Pause sharing); Co-op → What I share lists everything sent.</source>
        <translation>Daftari linaongezewa tu na limetiwa sahihi: kilichotumwa kinabaki humo, na siku iliyobadilika hutumwa kama marekebisho. Unaweza kusitisha kushiriki wakati wowote (Ushirika → Sitisha kushiriki); Ushirika → Ninachoshiriki huorodhesha kila kilichotumwa.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="179"/>
        <source>&amp;Payloads</source>
        <translation>&amp;Vifurushi</translation>
    </message>
</context>
<context>
    <name>SharedModel</name>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="62"/>
        <source>Day</source>
        <translation>Siku</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="62"/>
        <source>Platform</source>
        <translation>Jukwaa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="62"/>
        <source>Kind of task</source>
        <translation>Aina ya kazi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="62"/>
        <source>State</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="133"/>
        <source>In the ledger, verified (entry {n})</source>
        <translation>Kwenye daftari, kimethibitishwa (ingizo {n})</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="135"/>
        <source>In the ledger, verified</source>
        <translation>Kwenye daftari, kimethibitishwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="137"/>
        <source>Sent, not yet verified</source>
        <translation>Kimetumwa, bado hakijathibitishwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="138"/>
        <source>Queued</source>
        <translation>Kwenye foleni</translation>
    </message>
</context>
<context>
    <name>SharingView</name>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="159"/>
        <source>What I share with the co-op</source>
        <translation>Ninachoshiriki na ushirika</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="161"/>
        <source>Loading…</source>
        <translation>Inapakia…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="166"/>
        <source>Nothing shared yet.</source>
        <translation>Bado hakuna kilichoshirikiwa.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="170"/>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="189"/>
        <source>&amp;Pause sharing</source>
        <translation>&amp;Sitisha kushiriki</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="172"/>
        <source>S&amp;ync now</source>
        <translation>Sa&amp;wazisha sasa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="173"/>
        <source>Sync with the co-op ledger now</source>
        <translation>Sawazisha na daftari la ushirika sasa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="189"/>
        <source>&amp;Resume sharing</source>
        <translation>&amp;Endelea kushiriki</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="196"/>
        <source>You have not joined the co-op ledger: nothing is shared (Co-op → Join the co-op ledger…).</source>
        <translation>Hujajiunga na daftari la ushirika: hakuna kinachoshirikiwa (Ushirika → Jiunge na daftari la ushirika…).</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="198"/>
        <source>Sharing as {pseudonym} with {server}.</source>
        <translation>Unashiriki kama {pseudonym} na {server}.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="201"/>
        <source>{sent} sent, {queued} waiting to be sent.</source>
        <translation>{sent} vimetumwa, {queued} vinasubiri kutumwa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/views/sharing_view.py" line="204"/>
        <source>The ledger was last checked at %Ln entry(ies).</source>
        <translation>
            <numerusform>Daftari lilikaguliwa mara ya mwisho likiwa na ingizo %Ln.</numerusform>
            <numerusform>Daftari lilikaguliwa mara ya mwisho likiwa na maingizo %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="206"/>
        <source>Sharing is paused: nothing is sent until you resume it.</source>
        <translation>Kushiriki kumesitishwa: hakuna kinachotumwa hadi uendelee.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="208"/>
        <source>Nothing is sent until you agree to what would be sent (at the first sync).</source>
        <translation>Hakuna kinachotumwa hadi ukubali kile ambacho kingetumwa (kwenye usawazishaji wa kwanza).</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="210"/>
        <source>Warning: {warning}</source>
        <translation>Onyo: {warning}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="227"/>
        <source>Payloads shared with the co-op ledger</source>
        <translation>Vifurushi vilivyoshirikiwa na daftari la ushirika</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="246"/>
        <source>Exact text sent for the selected payload</source>
        <translation>Maandishi kamili yaliyotumwa kwa kifurushi kilichochaguliwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="247"/>
        <source>Select a payload to see exactly what was sent.</source>
        <translation>Chagua kifurushi ili kuona hasa kilichotumwa.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="263"/>
        <source>&amp;Shared payloads</source>
        <translation>&amp;Vifurushi vilivyoshirikiwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="298"/>
        <source>Entry {id} — {state}</source>
        <translation>Ingizo {id} — {state}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/shortcuts.py" line="64"/>
        <location filename="../../coopclient/ui/dialogs/shortcuts.py" line="119"/>
        <source>Keyboard shortcuts</source>
        <translation>Njia za mkato za kibodi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/shortcuts.py" line="104"/>
        <source>Other</source>
        <translation>Nyingine</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/shortcuts.py" line="109"/>
        <source>Action</source>
        <translation>Kitendo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/shortcuts.py" line="109"/>
        <source>Shortcut</source>
        <translation>Njia ya mkato</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../coopclient/ui/views/sidebar.py" line="31"/>
        <location filename="../../coopclient/ui/views/sidebar.py" line="55"/>
        <source>Accounts, projects and batches</source>
        <translation>Akaunti, miradi na makundi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sidebar.py" line="57"/>
        <source>Batch files</source>
        <translation>Faili za makundi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sidebar.py" line="62"/>
        <source>{label} · {todo} to do</source>
        <translation>{label} · {todo} za kufanya</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sidebar.py" line="65"/>
        <source>{label}: {todo} to do, {done} done, {skipped} skipped</source>
        <translation>{label}: {todo} za kufanya, {done} zimefanywa, {skipped} zimerukwa</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="22"/>
        <source>Time on this task</source>
        <translation>Muda kwenye kazi hii</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="23"/>
        <source>Time this session</source>
        <translation>Muda wa kipindi hiki</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="24"/>
        <source>Activity</source>
        <translation>Shughuli</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="25"/>
        <source>Sync state</source>
        <translation>Hali ya usawazishaji</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="33"/>
        <source>Task {time}</source>
        <translation>Kazi {time}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="34"/>
        <source>Session {time}</source>
        <translation>Kipindi {time}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="44"/>
        <source>Manual timer: {what}</source>
        <translation>Kipima muda cha mkono: {what}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="48"/>
        <source>Idle — not counted</source>
        <translation>Hakuna shughuli — haihesabiwi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="50"/>
        <source>Active</source>
        <translation>Hai</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="52"/>
        <source>Timer stopped</source>
        <translation>Kipima muda kimesimama</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="25"/>
        <source>#</source>
        <translation>Na.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="26"/>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="27"/>
        <source>Task</source>
        <translation>Kazi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="28"/>
        <source>Time</source>
        <translation>Muda</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="29"/>
        <source>Earned</source>
        <translation>Mapato</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="30"/>
        <source>Sync</source>
        <translation>Usawazishaji</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="167"/>
        <source>To do</source>
        <translation>Ya kufanya</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="167"/>
        <source>Done</source>
        <translation>Imefanywa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="167"/>
        <source>Skipped</source>
        <translation>Imerukwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="168"/>
        <source> · unsupported</source>
        <translation> · haitumiki</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="170"/>
        <source>Hidden: may be distressing</source>
        <translation>Yamefichwa: yanaweza kuumiza</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="177"/>
        <source>Local</source>
        <translation>Ya ndani</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="178"/>
        <source>Queued</source>
        <translation>Kwenye foleni</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="179"/>
        <source>Sent</source>
        <translation>Imetumwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="180"/>
        <source>Parked</source>
        <translation>Limewekwa kando</translation>
    </message>
</context>
<context>
    <name>TaskTextView</name>
    <message>
        <location filename="../../coopclient/ui/annotation/text_view.py" line="65"/>
        <source>Task text</source>
        <translation>Maandishi ya kazi</translation>
    </message>
</context>
<context>
    <name>TextAreaEditor</name>
    <message>
        <location filename="../../coopclient/ui/annotation/textarea.py" line="61"/>
        <source>{name} text</source>
        <translation>Maandishi ya {name}</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../coopclient/ui/tray.py" line="30"/>
        <source>coopclient — no timer running</source>
        <translation>coopclient — hakuna kipima muda kinachoendelea</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/tray.py" line="31"/>
        <source>coopclient — {running}</source>
        <translation>coopclient — {running}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/tray.py" line="84"/>
        <source>&amp;Start manual timer…</source>
        <translation>&amp;Anzisha kipima muda cha mkono…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/tray.py" line="85"/>
        <source>S&amp;top manual timer</source>
        <translation>&amp;Simamisha kipima muda cha mkono</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/tray.py" line="86"/>
        <source>Show &amp;window</source>
        <translation>Onyesha &amp;dirisha</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/tray.py" line="87"/>
        <source>&amp;Quit</source>
        <translation>&amp;Funga programu</translation>
    </message>
</context>
<context>
    <name>ViewRefresh</name>
    <message>
        <location filename="../../coopclient/ui/refresh.py" line="94"/>
        <source>Offline: results are kept on this computer</source>
        <translation>Nje ya mtandao: matokeo yanahifadhiwa kwenye kompyuta hii</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/refresh.py" line="96"/>
        <source>Sync: {q} queued, {p} parked (see the outbox)</source>
        <translation>Usawazishaji: {q} kwenye foleni, {p} yamewekwa kando (tazama sanduku la kutuma)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/refresh.py" line="98"/>
        <source>Sync: {q} queued</source>
        <translation>Usawazishaji: {q} kwenye foleni</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/refresh.py" line="100"/>
        <source>Sync: all %n result(s) sent</source>
        <translation>
            <numerusform>Usawazishaji: tokeo %n limetumwa</numerusform>
            <numerusform>Usawazishaji: matokeo yote %n yametumwa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="48"/>
        <source>All-in per hour</source>
        <translation>Yote pamoja kwa saa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="54"/>
        <source>Wage floor</source>
        <translation>Kima cha chini</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="65"/>
        <source>All-in wage per day this week, chart</source>
        <translation>Ujira, yote pamoja, kwa siku wiki hii, chati</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="89"/>
        <source>{day}: no time recorded yet</source>
        <translation>{day}: bado hakuna muda uliorekodiwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="131"/>
        <source>Mon</source>
        <translation>Jtt</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="132"/>
        <source>Tue</source>
        <translation>Jnn</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="133"/>
        <source>Wed</source>
        <translation>Jtn</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="134"/>
        <source>Thu</source>
        <translation>Alh</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="135"/>
        <source>Fri</source>
        <translation>Iju</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="136"/>
        <source>Sat</source>
        <translation>Jmo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="137"/>
        <source>Sun</source>
        <translation>Jpi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="210"/>
        <source>per hour</source>
        <translation>kwa saa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="211"/>
        <source>{currency}/h</source>
        <translation>{currency}/saa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="215"/>
        <source>{day} {date}: all-in {wage}/h</source>
        <translation>{day} {date}: yote pamoja {wage}/saa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="222"/>
        <source>wage floor {floor}/h</source>
        <translation>kima cha chini {floor}/saa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="224"/>
        <source>no wage floor set</source>
        <translation>hakuna kima cha chini kilichowekwa</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="96"/>
        <location filename="../../coopclient/ui/actions.py" line="97"/>
        <location filename="../../coopclient/ui/actions.py" line="98"/>
        <location filename="../../coopclient/ui/actions.py" line="100"/>
        <location filename="../../coopclient/ui/actions.py" line="106"/>
        <location filename="../../coopclient/ui/actions.py" line="107"/>
        <source>&amp;File</source>
        <translation>&amp;Faili</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="96"/>
        <source>&amp;Import a batch file…</source>
        <translation>&amp;Ingiza faili ya kundi…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="97"/>
        <source>Import the &amp;demo batch</source>
        <translation>Ingiza kundi la &amp;mfano</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="98"/>
        <source>&amp;Export results…</source>
        <translation>&amp;Hamisha matokeo…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="101"/>
        <source>&amp;Back up…</source>
        <translation>Hifadhi &amp;nakala…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="104"/>
        <source>Write an encrypted backup of your work, media, tokens and ledger key</source>
        <translation>Andika nakala iliyosimbwa ya kazi yako, faili, tokeni na ufunguo wa daftari</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="106"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Rejesha…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="107"/>
        <source>&amp;Quit</source>
        <translation>&amp;Funga programu</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="109"/>
        <location filename="../../coopclient/ui/actions.py" line="116"/>
        <location filename="../../coopclient/ui/actions.py" line="122"/>
        <location filename="../../coopclient/ui/actions.py" line="123"/>
        <location filename="../../coopclient/ui/actions.py" line="124"/>
        <location filename="../../coopclient/ui/actions.py" line="126"/>
        <location filename="../../coopclient/ui/actions.py" line="133"/>
        <source>&amp;Task</source>
        <translation>&amp;Kazi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="110"/>
        <source>&amp;Submit</source>
        <translation>&amp;Wasilisha</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="113"/>
        <source>Validate and save this task, then go to the next</source>
        <translation>Thibitisha na uhifadhi kazi hii, kisha nenda inayofuata</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="117"/>
        <source>S&amp;kip</source>
        <translation>&amp;Ruka</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="120"/>
        <source>Skip this task (not paid)</source>
        <translation>Ruka kazi hii (hailipwi)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="122"/>
        <source>&amp;Previous task</source>
        <translation>Kazi &amp;iliyotangulia</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="123"/>
        <source>&amp;Next task</source>
        <translation>Kazi i&amp;nayofuata</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="124"/>
        <source>&amp;Undo</source>
        <translation>&amp;Tendua</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="127"/>
        <source>&amp;Evidence pack for this task…</source>
        <translation>&amp;Ushahidi wa kazi hii…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="130"/>
        <source>A zip of this task&apos;s records as received, sent and answered, hashed; nothing is sent</source>
        <translation>Zip ya kumbukumbu za kazi hii kama zilivyopokelewa, kutumwa na kujibiwa, pamoja na alama zake za hash; hakuna kinachotumwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="134"/>
        <source>Mark this batch as &amp;distressing (or unmark it)</source>
        <translation>Weka alama kuwa kundi hili linaweza &amp;kuumiza (au iondoe)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="137"/>
        <source>Its images grey and blurred (hold F2 to see one), its time counted as exposure</source>
        <translation>Picha zake kwa kijivu na zilizofifishwa (shikilia F2 kuona moja), muda wake unahesabiwa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="140"/>
        <location filename="../../coopclient/ui/actions.py" line="147"/>
        <source>T&amp;imer</source>
        <translation>Kipima mu&amp;da</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="141"/>
        <source>&amp;Start a manual timer…</source>
        <translation>&amp;Anzisha kipima muda cha mkono…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="144"/>
        <source>Time work outside the app (a web platform, searching, payment admin)</source>
        <translation>Pima muda wa kazi nje ya programu (jukwaa la wavuti, kutafuta, usimamizi wa malipo)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="148"/>
        <source>S&amp;top the manual timer</source>
        <translation>&amp;Simamisha kipima muda cha mkono</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="152"/>
        <source>&amp;Accounts</source>
        <translation>&amp;Akaunti</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="152"/>
        <source>&amp;Add a platform account…</source>
        <translation>&amp;Ongeza akaunti ya jukwaa…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="154"/>
        <location filename="../../coopclient/ui/actions.py" line="161"/>
        <location filename="../../coopclient/ui/actions.py" line="167"/>
        <source>&amp;Platforms</source>
        <translation>&amp;Majukwaa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="155"/>
        <source>&amp;Pull tasks…</source>
        <translation>&amp;Pakua kazi…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="158"/>
        <source>Lock tasks of a platform project to you and bring them here for offline work</source>
        <translation>Fungia kwako kazi za mradi wa jukwaa na uzilete hapa ili kufanya nje ya mtandao</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="162"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sawazisha sasa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="165"/>
        <source>Send your results to their platforms now</source>
        <translation>Tuma matokeo yako kwa majukwaa yake sasa</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="167"/>
        <source>&amp;Outbox…</source>
        <translation>Sanduku la &amp;kutuma…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="168"/>
        <source>&amp;Settings</source>
        <translation>Mi&amp;pangilio</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="168"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Mapendeleo…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="169"/>
        <location filename="../../coopclient/ui/actions.py" line="170"/>
        <location filename="../../coopclient/ui/actions.py" line="171"/>
        <location filename="../../coopclient/ui/actions.py" line="172"/>
        <source>&amp;View</source>
        <translation>M&amp;wonekano</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="169"/>
        <source>Show the &amp;earnings panel</source>
        <translation>Onyesha paneli ya &amp;mapato</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="170"/>
        <source>Go to the &amp;task list</source>
        <translation>Nenda kwenye orodha ya &amp;kazi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="171"/>
        <source>Go to the &amp;batches</source>
        <translation>Nenda kwenye makun&amp;di</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="172"/>
        <source>Go to the &amp;annotation</source>
        <translation>Nenda kwenye &amp;uwekaji lebo</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="173"/>
        <source>&amp;Help</source>
        <translation>M&amp;saada</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="173"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Njia za mkato za kibodi</translation>
    </message>
</context>
<context>
    <name>WorkController</name>
    <message numerus="yes">
        <location filename="../../coopclient/ui/work.py" line="202"/>
        <source>Not saved: %n problem(s) shown beside the fields</source>
        <translation>
            <numerusform>Haijahifadhiwa: tatizo %n linaonyeshwa kando ya sehemu</numerusform>
            <numerusform>Haijahifadhiwa: matatizo %n yanaonyeshwa kando ya sehemu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/work.py" line="219"/>
        <source>Save with no answer?</source>
        <translation>Hifadhi bila jibu?</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/work.py" line="220"/>
        <source>Task {n} has no answer yet. Save it as done with no answer?</source>
        <translation>Kazi {n} bado haina jibu. Uihifadhi kama imefanywa bila jibu?</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/work.py" line="224"/>
        <source>&amp;Save with no answer</source>
        <translation>&amp;Hifadhi bila jibu</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/work.py" line="225"/>
        <source>&amp;Go back to the task</source>
        <translation>&amp;Rudi kwenye kazi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/work.py" line="267"/>
        <source>Task {n} was not saved: {why}</source>
        <translation>Kazi {n} haikuhifadhiwa: {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/work.py" line="298"/>
        <source>marked by you</source>
        <translation>imewekwa alama na wewe</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/work.py" line="299"/>
        <source>This batch is no longer marked</source>
        <translation>Kundi hili halina alama tena</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/work.py" line="299"/>
        <source>This batch is marked as distressing</source>
        <translation>Kundi hili lina alama ya kuweza kuumiza</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/work.py" line="315"/>
        <source>Nothing to undo</source>
        <translation>Hakuna cha kutendua</translation>
    </message>
</context>
</TS>
