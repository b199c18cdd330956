<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="187"/>
        <source>Hours on tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="188"/>
        <source>Active annotating time, plus idle time you kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="191"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="221"/>
        <source>Session time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="192"/>
        <source>Session hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="194"/>
        <source>Task time + returned and rejected task time + the short gaps between spans that are bridged into one session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="199"/>
        <source>All-in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="200"/>
        <source>All-in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="201"/>
        <source>Session time + logged unpaid work: searching, qualification, communication, payment admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="204"/>
        <source>Idle awaiting your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="205"/>
        <source>Idle time awaiting your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="206"/>
        <source>Idle time you have not yet kept or discarded: not counted until you decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="208"/>
        <source>Earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="208"/>
        <source>Piece rates + bonuses + adjustments − rejection reversals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="210"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="211"/>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="212"/>
        <source>Worker-side fees (payment, transfer, exchange), as a negative amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="214"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="214"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="237"/>
        <source>Money received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="214"/>
        <source>Payouts that reached you, in the report currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="216"/>
        <source>Task time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="217"/>
        <source>Task-time wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="218"/>
        <source>Task time wage = earned ÷ time on tasks (active annotating time, plus idle time you kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="222"/>
        <source>Session-time wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="224"/>
        <source>Session time wage = earned ÷ session time (task time + returned and rejected task time + the short gaps between spans, up to the session gap, that Hara et al.&apos;s cluster method bridges).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="229"/>
        <source>All-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="230"/>
        <source>All-in wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="232"/>
        <source>All-in wage = (earned − worker-side fees) ÷ (session time + unpaid work: searching, qualification, communication, payment admin). The wage floor is checked on this wage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="238"/>
        <source>Money-received wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="239"/>
        <source>Money received wage = payouts that reached you, in the report currency ÷ all-in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="242"/>
        <source>All-in vs floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="243"/>
        <source>All-in wage against the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="244"/>
        <source>Below the floor, near it (at most 10 % above it) or above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="246"/>
        <source>Floor per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="246"/>
        <source>Wage floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="246"/>
        <source>The co-op&apos;s hourly wage floor in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="248"/>
        <source>Hours below floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="249"/>
        <source>Hours below the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="250"/>
        <source>All-in hours of the days whose all-in wage was below the floor in force that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="253"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="254"/>
        <source>Shortfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="255"/>
        <source>The money that would bring those days up to the floor: floor × hours − (earned − fees).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="25"/>
        <source>Task {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="27"/>
        <source>Session {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="33"/>
        <source>Idle — not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="33"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="33"/>
        <source>Timer stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="43"/>
        <source>Add a platform account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="46"/>
        <source>Server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="47"/>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="47"/>
        <source>user name or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="48"/>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="61"/>
        <source>&amp;Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="83"/>
        <source>Enter the account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="84"/>
        <source>Paste the API token from the platform&apos;s account page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="101"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="103"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="116"/>
        <source>&amp;Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="117"/>
        <source>&amp;Server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="118"/>
        <source>Account &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="124"/>
        <source>API &amp;token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="140"/>
        <source>Enter the server&apos;s address, such as https://label.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="142"/>
        <source>“{url}” is not a web address starting with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationPane</name>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="79"/>
        <source>Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="85"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="118"/>
        <source>Image tasks are not supported in the desktop app yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="136"/>
        <source>This task can&apos;t be shown in the desktop app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="263"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoicesEditor</name>
    <message>
        <location filename="../../coopclient/ui/annotation/choices.py" line="36"/>
        <source>Choice {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlEditor</name>
    <message>
        <location filename="../../coopclient/ui/annotation/editor.py" line="60"/>
        <source>Problem with {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EarningsPanel</name>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="167"/>
        <source>This batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="167"/>
        <source>this batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="168"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="168"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="169"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="169"/>
        <source>this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="175"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="176"/>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="177"/>
        <source>Wage per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="178"/>
        <source>Wage floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="186"/>
        <source>Task time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="297"/>
        <source>{figure} {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="339"/>
        <source>no time recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="345"/>
        <source>no wage floor set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="355"/>
        <source>{amount}/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="357"/>
        <source>{hours} h {minutes:02d} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="362"/>
        <source>below the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="363"/>
        <source>near the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="364"/>
        <source>above the floor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="66"/>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="68"/>
        <source>&amp;Keep: it was work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="68"/>
        <source>Keep the time as work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="69"/>
        <source>&amp;Discard: it was not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="69"/>
        <source>Discard the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="70"/>
        <source>&amp;Move to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="70"/>
        <source>Move the time to the chosen category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="72"/>
        <source>Decide &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="72"/>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="90"/>
        <source>You were away for {duration} ({times}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="105"/>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="108"/>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="109"/>
        <source>{hours} h {minutes:02d} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="120"/>
        <source>Category to move the time to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="124"/>
        <source>This time is not counted until you decide what it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="32"/>
        <source>Import a batch file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="35"/>
        <source>&amp;Batch file (JSONL or CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="35"/>
        <source>Batch file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="38"/>
        <source>Labeling &amp;config (XML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="38"/>
        <source>Labeling config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="41"/>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="42"/>
        <source>default: the file&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="43"/>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="45"/>
        <source>Piece rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="47"/>
        <source>Piece &amp;rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="62"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="63"/>
        <source>Browse for {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="84"/>
        <source>Choose the batch file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="86"/>
        <source>Choose the labeling config (XML) that goes with the batch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelLegend</name>
    <message>
        <location filename="../../coopclient/ui/annotation/legend.py" line="65"/>
        <source>Label {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/legend.py" line="66"/>
        <source>Mark the selected text as {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="79"/>
        <source>coopclient — fair pay for annotation work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="89"/>
        <location filename="../../coopclient/ui/main_window.py" line="128"/>
        <source>Opening your work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="124"/>
        <source>Show tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="138"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="153"/>
        <source>Earnings against the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="155"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="165"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="189"/>
        <source>No tasks yet. Try the demo batch — 44 short tasks, no account or network needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="192"/>
        <source>Try the &amp;demo batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="193"/>
        <source>Try the demo batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="204"/>
        <source>No wage floor set yet: set the co-op&apos;s floor to see which hours fall below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="206"/>
        <source>Set the &amp;floor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="229"/>
        <location filename="../../coopclient/ui/main_window.py" line="230"/>
        <location filename="../../coopclient/ui/main_window.py" line="231"/>
        <location filename="../../coopclient/ui/main_window.py" line="232"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="229"/>
        <source>&amp;Import a batch file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="230"/>
        <source>Import the &amp;demo batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="231"/>
        <source>&amp;Export results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="232"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="234"/>
        <location filename="../../coopclient/ui/main_window.py" line="241"/>
        <location filename="../../coopclient/ui/main_window.py" line="247"/>
        <location filename="../../coopclient/ui/main_window.py" line="248"/>
        <location filename="../../coopclient/ui/main_window.py" line="249"/>
        <source>&amp;Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="235"/>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="238"/>
        <source>Validate and save this task, then go to the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="242"/>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="245"/>
        <source>Skip this task (not paid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="247"/>
        <source>&amp;Previous task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="248"/>
        <source>&amp;Next task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="249"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="251"/>
        <location filename="../../coopclient/ui/main_window.py" line="258"/>
        <source>T&amp;imer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="252"/>
        <source>&amp;Start a manual timer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="255"/>
        <source>Time work outside the app (a web platform, searching, payment admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="258"/>
        <source>S&amp;top the manual timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="260"/>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="260"/>
        <source>&amp;Add a platform account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="261"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="261"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="262"/>
        <location filename="../../coopclient/ui/main_window.py" line="263"/>
        <location filename="../../coopclient/ui/main_window.py" line="264"/>
        <location filename="../../coopclient/ui/main_window.py" line="265"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="262"/>
        <source>Show the &amp;earnings panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="263"/>
        <source>Go to the &amp;task list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="264"/>
        <source>Go to the &amp;batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="265"/>
        <source>Go to the &amp;annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="266"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="266"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="358"/>
        <source>Offline: results are kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="370"/>
        <source>Demo batch imported: {n} projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="392"/>
        <source>Imported {n} tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="399"/>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="405"/>
        <source>Exported {n} results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="441"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualTimerDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="35"/>
        <source>Start a manual timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="40"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="41"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="43"/>
        <source>&amp;Start timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="62"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="73"/>
        <source>optional, e.g. prolific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="74"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="81"/>
        <source>C&amp;ategory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="82"/>
        <source>&amp;Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="83"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NerEditor</name>
    <message>
        <location filename="../../coopclient/ui/annotation/ner.py" line="62"/>
        <source>Select text (mouse or Shift+arrows), then press a label key. Click a highlight to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/ner.py" line="66"/>
        <source>Marked spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/ner.py" line="181"/>
        <source>No spans marked yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingEditor</name>
    <message>
        <location filename="../../coopclient/ui/annotation/rating.py" line="92"/>
        <source>Rating {n} of {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rating.py" line="94"/>
        <location filename="../../coopclient/ui/annotation/rating.py" line="135"/>
        <source>{n} of {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rating.py" line="95"/>
        <source>{tip} (key {key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rating.py" line="135"/>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rating.py" line="141"/>
        <source>{state}   ·   keys {keys}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveredDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="56"/>
        <source>Time recovered after a crash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="59"/>
        <source>&amp;OK, keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="60"/>
        <source>&amp;Discard them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="83"/>
        <source>coopclient stopped while the timer was running. This time was saved up to the last heartbeat before the stop. Keep it as recorded, or discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="99"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="99"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="99"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="99"/>
        <source>Task or category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="108"/>
        <source>Recovered time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="120"/>
        <source>Task {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="121"/>
        <source>{task} ({category})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="123"/>
        <source>{what}, idle (pending)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="66"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="164"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="167"/>
        <source>From {low} to {high} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="173"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="173"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="173"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="181"/>
        <source>e.g. 12.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="182"/>
        <source>Wage floor, amount per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="185"/>
        <source>EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="186"/>
        <source>Wage floor, currency code (ISO 4217)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="198"/>
        <source>&amp;Wage floor (per hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="221"/>
        <source>Must be from {low} to {high} seconds, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="234"/>
        <source>“{code}” is not an ISO 4217 currency code, such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="241"/>
        <source>“{name}” is not a time zone name, such as Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="248"/>
        <source>The floor can be changed but not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="250"/>
        <source>Enter the floor&apos;s currency code, such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="255"/>
        <source>Enter the floor&apos;s amount per hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="261"/>
        <source>“{text}” is not an amount, such as 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="263"/>
        <source>The floor must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/shortcuts.py" line="53"/>
        <location filename="../../coopclient/ui/dialogs/shortcuts.py" line="87"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/shortcuts.py" line="76"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/shortcuts.py" line="81"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/shortcuts.py" line="81"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../coopclient/ui/views/sidebar.py" line="31"/>
        <source>Accounts, projects and batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sidebar.py" line="55"/>
        <source>Batch files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sidebar.py" line="60"/>
        <source>{label} · {todo} to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sidebar.py" line="63"/>
        <source>{label}: {todo} to do, {done} done, {skipped} skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="136"/>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="136"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="136"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="137"/>
        <source> · unsupported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="145"/>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="146"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="147"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="148"/>
        <source>Parked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTextView</name>
    <message>
        <location filename="../../coopclient/ui/annotation/text_view.py" line="65"/>
        <source>Task text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextAreaEditor</name>
    <message>
        <location filename="../../coopclient/ui/annotation/textarea.py" line="61"/>
        <source>{name} text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../coopclient/ui/tray.py" line="28"/>
        <source>coopclient — no timer running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/tray.py" line="29"/>
        <source>coopclient — {running}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/tray.py" line="80"/>
        <source>&amp;Start manual timer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/tray.py" line="81"/>
        <source>S&amp;top manual timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/tray.py" line="82"/>
        <source>Show &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/tray.py" line="83"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="46"/>
        <source>All-in per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="52"/>
        <source>Wage floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="63"/>
        <source>All-in wage per day this week, chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="87"/>
        <source>{day}: no time recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="129"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="130"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="131"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="132"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="133"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="134"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="135"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="205"/>
        <source>per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="206"/>
        <source>{currency} per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="210"/>
        <source>{day} {date}: all-in {wage}/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="217"/>
        <source>wage floor {floor}/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="219"/>
        <source>no wage floor set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkController</name>
    <message>
        <location filename="../../coopclient/ui/work.py" line="172"/>
        <source>Not saved: {n} problem(s) shown beside the fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/work.py" line="203"/>
        <source>Task {n} was not saved: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/work.py" line="230"/>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="114"/>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="114"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="115"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="139"/>
        <source>The batch was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="14"/>
        <source>Time on this task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="15"/>
        <source>Time this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="16"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="17"/>
        <source>Sync state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.w</name>
    <message>
        <location filename="../../coopclient/ui/commands.py" line="72"/>
        <source>Settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/commands.py" line="105"/>
        <source>Account {name} added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/commands.py" line="132"/>
        <source>Manual timer started: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/commands.py" line="147"/>
        <source>Manual timer stopped: {time} recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
