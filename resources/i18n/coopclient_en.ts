<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnnotationPane</name>
    <message numerus="yes">
        <location filename="../../coopclient/ui/annotation/pane.py" line="359"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message numerus="yes">
        <location filename="../../coopclient/ui/views/compare_view.py" line="629"/>
        <source>; about %n member(s)</source>
        <translation>
            <numerusform>; about %n member</numerusform>
            <numerusform>; about %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/views/compare_view.py" line="675"/>
        <source>fewer than %n member(s) (counted with noise)</source>
        <translation>
            <numerusform>fewer than %n member (counted with noise)</numerusform>
            <numerusform>fewer than %n members (counted with noise)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/views/compare_view.py" line="692"/>
        <source>{month}: %n platform and kind-of-task pair(s) published. Figures are estimates with random noise added, so that no member&apos;s own figures can be worked out from them.</source>
        <translation>
            <numerusform>{month}: %n platform and kind-of-task pair published. Figures are estimates with random noise added, so that no member&apos;s own figures can be worked out from them.</numerusform>
            <numerusform>{month}: %n platform and kind-of-task pairs published. Figures are estimates with random noise added, so that no member&apos;s own figures can be worked out from them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message numerus="yes">
        <location filename="../../coopclient/ui/file_commands.py" line="62"/>
        <source>Demo batch imported: %n project(s)</source>
        <translation>
            <numerusform>Demo batch imported: %n project</numerusform>
            <numerusform>Demo batch imported: %n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/file_commands.py" line="124"/>
        <source>Imported %n task(s)</source>
        <translation>
            <numerusform>Imported %n task</numerusform>
            <numerusform>Imported %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/file_commands.py" line="136"/>
        <source>Exported %n result(s)</source>
        <translation>
            <numerusform>Exported %n result</numerusform>
            <numerusform>Exported %n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerCommands</name>
    <message numerus="yes">
        <location filename="../../coopclient/ui/ledger_commands.py" line="317"/>
        <source>; ledger checked at %Ln entry(ies)</source>
        <translation>
            <numerusform>; ledger checked at %Ln entry</numerusform>
            <numerusform>; ledger checked at %Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/ledger_commands.py" line="319"/>
        <source>; %n policy update(s) received</source>
        <translation>
            <numerusform>; %n policy update received</numerusform>
            <numerusform>; %n policy updates received</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message numerus="yes">
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="162"/>
        <source>%n result(s) wait to be sent.</source>
        <translation>
            <numerusform>%n result waits to be sent.</numerusform>
            <numerusform>%n results wait to be sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlatformCommands</name>
    <message numerus="yes">
        <location filename="../../coopclient/ui/platform_commands.py" line="141"/>
        <source>Pulled %n task(s) from {project}</source>
        <translation>
            <numerusform>Pulled %n task from {project}</numerusform>
            <numerusform>Pulled %n tasks from {project}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/platform_commands.py" line="146"/>
        <source>%n media file(s) not available offline</source>
        <translation>
            <numerusform>%n media file not available offline</numerusform>
            <numerusform>%n media files not available offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/platform_commands.py" line="210"/>
        <source>%n result(s) were refused by the platform and wait in the outbox, which says why.</source>
        <translation>
            <numerusform>%n result was refused by the platform and waits in the outbox, which says why.</numerusform>
            <numerusform>%n results were refused by the platform and wait in the outbox, which says why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RectangleEditor</name>
    <message numerus="yes">
        <location filename="../../coopclient/ui/annotation/rectangles.py" line="206"/>
        <source>%n rotated box(es) from the platform are kept as they are (they can&apos;t be shown here).</source>
        <translation>
            <numerusform>%n rotated box from the platform is kept as it is (it can&apos;t be shown here).</numerusform>
            <numerusform>%n rotated boxes from the platform are kept as they are (they can&apos;t be shown here).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/annotation/rectangles.py" line="225"/>
        <source>%n box(es); none selected</source>
        <translation>
            <numerusform>%n box; none selected</numerusform>
            <numerusform>%n boxes; none selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareConsentDialog</name>
    <message numerus="yes">
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="104"/>
        <source>If you agree, these %n payload(s) are sent now to {server} under your pseudonym {pseudonym}, each in an entry signed with your key that adds only an entry id, its kind, your public key and, for a correction, the entry it replaces. After that, each day&apos;s figures are sent the same way once the day is over. Select a payload to see exactly the figures that would be sent.</source>
        <translation>
            <numerusform>If you agree, this payload is sent now to {server} under your pseudonym {pseudonym}, in an entry signed with your key that adds only an entry id, its kind, your public key and, for a correction, the entry it replaces. After that, each day&apos;s figures are sent the same way once the day is over. Select a payload to see exactly the figures that would be sent.</numerusform>
            <numerusform>If you agree, these %n payloads are sent now to {server} under your pseudonym {pseudonym}, each in an entry signed with your key that adds only an entry id, its kind, your public key and, for a correction, the entry it replaces. After that, each day&apos;s figures are sent the same way once the day is over. Select a payload to see exactly the figures that would be sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharingView</name>
    <message numerus="yes">
        <location filename="../../coopclient/ui/views/sharing_view.py" line="204"/>
        <source>The ledger was last checked at %Ln entry(ies).</source>
        <translation>
            <numerusform>The ledger was last checked at %Ln entry.</numerusform>
            <numerusform>The ledger was last checked at %Ln entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewRefresh</name>
    <message numerus="yes">
        <location filename="../../coopclient/ui/refresh.py" line="100"/>
        <source>Sync: all %n result(s) sent</source>
        <translation>
            <numerusform>Sync: %n result sent</numerusform>
            <numerusform>Sync: all %n results sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkController</name>
    <message numerus="yes">
        <location filename="../../coopclient/ui/work.py" line="202"/>
        <source>Not saved: %n problem(s) shown beside the fields</source>
        <translation>
            <numerusform>Not saved: %n problem shown beside the field</numerusform>
            <numerusform>Not saved: %n problems shown beside the fields</numerusform>
        </translation>
    </message>
</context>
</TS>
