<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="44"/>
        <source>Add a platform account</source>
        <translation>Ajouter un compte de plateforme</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="47"/>
        <source>Server URL</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="48"/>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="48"/>
        <source>user name or e-mail</source>
        <translation>nom d&apos;utilisateur ou e-mail</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="49"/>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="62"/>
        <source>&amp;Add account</source>
        <translation>&amp;Ajouter le compte</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="92"/>
        <source>Enter the account name.</source>
        <translation>Saisissez le nom du compte.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="93"/>
        <source>Paste the API token from the platform&apos;s account page.</source>
        <translation>Collez le jeton d&apos;API affiché sur la page de votre compte de la plateforme.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="110"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="112"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="125"/>
        <source>&amp;Platform</source>
        <translation>&amp;Plateforme</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="126"/>
        <source>&amp;Server URL</source>
        <translation>Adresse du &amp;serveur</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="127"/>
        <source>Account &amp;name</source>
        <translation>&amp;Nom du compte</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="133"/>
        <source>API &amp;token</source>
        <translation>&amp;Jeton d&apos;API</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="149"/>
        <source>Enter the server&apos;s address, such as https://label.example.org.</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple https://label.example.org.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/account.py" line="151"/>
        <source>“{url}” is not a web address starting with http:// or https://.</source>
        <translation>«&#xa0;{url}&#xa0;» n&apos;est pas une adresse web commençant par http:// ou https://.</translation>
    </message>
    <message>
        <location filename="../../coopclient/storage/credentials.py" line="23"/>
        <source>No usable keyring: the token is kept for this session only and never written to disk</source>
        <translation>Aucun trousseau utilisable&#xa0;: le jeton n&apos;est gardé que pour cette session et n&apos;est jamais écrit sur le disque</translation>
    </message>
</context>
<context>
    <name>AnnotationPane</name>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="128"/>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="134"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="141"/>
        <source>The task and your answer</source>
        <translation>La tâche et votre réponse</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="189"/>
        <source>Image tasks are not supported in the desktop app yet</source>
        <translation>Les tâches sur image ne sont pas encore prises en charge dans l&apos;application de bureau</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="209"/>
        <source>This task can&apos;t be shown in the desktop app</source>
        <translation>Cette tâche ne peut pas être affichée dans l&apos;application de bureau</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="334"/>
        <source>This task</source>
        <translation>Cette tâche</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="340"/>
        <source>Annotating</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="343"/>
        <source>Choose an option, a rating or a label</source>
        <translation>Choisir une option, une note ou une étiquette</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="343"/>
        <source>its key, or 1–9</source>
        <translation>sa touche, ou 1–9</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="344"/>
        <source>Select text for an entity</source>
        <translation>Sélectionner le texte d&apos;une entité</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="344"/>
        <source>Shift+arrows; Ctrl+Shift+arrows by word</source>
        <translation>Maj+flèches&#xa0;; Ctrl+Maj+flèches par mot</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="345"/>
        <source>Remove the entity at the cursor</source>
        <translation>Retirer l&apos;entité sous le curseur</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="345"/>
        <source>Delete, Backspace</source>
        <translation>Suppr, Retour arrière</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="346"/>
        <source>Go to the next or the previous field</source>
        <translation>Aller au champ suivant ou précédent</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="346"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="347"/>
        <source>Save this task and go to the next</source>
        <translation>Enregistrer cette tâche et passer à la suivante</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="347"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="348"/>
        <source>Choose a box to change</source>
        <translation>Choisir le cadre à modifier</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="348"/>
        <source>Tab to the list of boxes, then arrows</source>
        <translation>Tab jusqu&apos;à la liste des cadres, puis flèches</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="349"/>
        <source>Move the selected box</source>
        <translation>Déplacer le cadre sélectionné</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="349"/>
        <source>Arrows (with Shift: finer)</source>
        <translation>Flèches (avec Maj&#xa0;: plus fin)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="350"/>
        <source>Resize the selected box</source>
        <translation>Redimensionner le cadre sélectionné</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="350"/>
        <source>Alt+arrows</source>
        <translation>Alt+flèches</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="351"/>
        <source>Remove the selected box</source>
        <translation>Retirer le cadre sélectionné</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="351"/>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="352"/>
        <source>Unselect the box</source>
        <translation>Désélectionner le cadre</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="352"/>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="353"/>
        <source>See a blurred image (distressing work) clearly</source>
        <translation>Voir nettement une image floutée (travail éprouvant)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="353"/>
        <source>hold F2, or the mouse</source>
        <translation>maintenir F2, ou le bouton de la souris</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="354"/>
        <source>Show a text hidden behind its warning</source>
        <translation>Afficher un texte masqué derrière son avertissement</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="354"/>
        <source>Tab to Show, then Space</source>
        <translation>Tab jusqu&apos;à Afficher, puis Espace</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/annotation/pane.py" line="359"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n étoile</numerusform>
            <numerusform>%n étoiles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/pane.py" line="405"/>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/problems.py" line="16"/>
        <source>This needs an answer before you submit.</source>
        <translation>Il faut répondre ici avant d&apos;envoyer.</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../../coopclient/ui/backup_commands.py" line="57"/>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/backup_commands.py" line="61"/>
        <source>Backup written to {path} ({size} MB)</source>
        <translation>Sauvegarde écrite dans {path} ({size}&#xa0;Mo)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/backup_commands.py" line="73"/>
        <source>Restoring…</source>
        <translation>Restauration en cours…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/backup_commands.py" line="77"/>
        <source>Backup restored: quit and start coopclient again to work on it</source>
        <translation>Sauvegarde restaurée&#xa0;: quittez coopclient et relancez-le pour y travailler</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="41"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="41"/>
        <source>Back up your work</source>
        <translation>Sauvegarder votre travail</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="43"/>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="109"/>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="111"/>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="44"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="45"/>
        <source>The same passphrase again</source>
        <translation>La même phrase secrète, encore une fois</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="48"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="48"/>
        <source>&amp;Back up</source>
        <translation>&amp;Sauvegarder</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="65"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="66"/>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="73"/>
        <source>Backup &amp;file:</source>
        <translation>&amp;Fichier de sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="75"/>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="77"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="78"/>
        <source>&amp;Again:</source>
        <translation>&amp;Encore&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="90"/>
        <source>Your results, time, earnings, settings, media, platform tokens and ledger key come back when coopclient next starts; the work here now is kept aside in a folder beside it, not deleted. A wrong passphrase or a damaged file changes nothing.</source>
        <translation>Vos résultats, votre temps, vos gains, vos réglages, vos médias, vos jetons de plateforme et votre clé du registre reviennent au prochain démarrage de coopclient&#xa0;; le travail présent ici est mis de côté dans un dossier voisin, pas supprimé. Une phrase secrète erronée ou un fichier abîmé ne change rien.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="95"/>
        <source>The backup holds your results, time, earnings, settings, media, platform tokens and ledger key, encrypted with this passphrase. Keep it safe: without it the backup cannot be opened.</source>
        <translation>La sauvegarde contient vos résultats, votre temps, vos gains, vos réglages, vos médias, vos jetons de plateforme et votre clé du registre, chiffrés avec cette phrase secrète. Gardez-la bien&#xa0;: sans elle, la sauvegarde ne peut pas être ouverte.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="118"/>
        <source>Choose the backup file.</source>
        <translation>Choisissez le fichier de sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="120"/>
        <source>Type the passphrase.</source>
        <translation>Tapez la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/backup.py" line="122"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>CarePrompt</name>
    <message>
        <location filename="../../coopclient/ui/care_prompt.py" line="48"/>
        <source>Today&apos;s limit on distressing work</source>
        <translation>La limite du jour pour le travail éprouvant</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/care_prompt.py" line="50"/>
        <source>You have spent {time} today on work marked as possibly distressing, the limit you set. Consider other work for the rest of the day: a batch that is not marked.</source>
        <translation>Vous avez passé {time} aujourd&apos;hui sur du travail signalé comme pouvant être éprouvant, la limite que vous avez fixée. Pensez à un autre travail pour le reste de la journée&#xa0;: un lot qui n&apos;est pas signalé.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/care_prompt.py" line="53"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/care_prompt.py" line="64"/>
        <source>You have worked {time} on possibly distressing content without a rest. Take a {minutes}-minute break: step away from the screen.</source>
        <translation>Vous avez travaillé {time} sur des contenus pouvant être éprouvants sans vous reposer. Faites une pause de {minutes} minutes&#xa0;: éloignez-vous de l&apos;écran.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/care_prompt.py" line="69"/>
        <source>Take the break now times it as a break, unpaid (Ctrl+Shift+T stops it).</source>
        <translation>Prendre la pause maintenant la chronomètre comme une pause, non payée (Ctrl+Maj+T l&apos;arrête).</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/care_prompt.py" line="70"/>
        <source>&amp;Take the break now</source>
        <translation>&amp;Prendre la pause maintenant</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/care_prompt.py" line="71"/>
        <source>Time for a break</source>
        <translation>C&apos;est le moment d&apos;une pause</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/care_prompt.py" line="71"/>
        <source>&amp;Not now</source>
        <translation>Pas &amp;maintenant</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../../coopclient/core/categories.py" line="51"/>
        <source>Annotating</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/categories.py" line="52"/>
        <source>Searching for work</source>
        <translation>Recherche de travail</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/categories.py" line="53"/>
        <source>Qualification and training</source>
        <translation>Qualification et formation</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/categories.py" line="54"/>
        <source>Returned or abandoned tasks</source>
        <translation>Tâches rendues ou abandonnées</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/categories.py" line="55"/>
        <source>Rejected work</source>
        <translation>Travail rejeté</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/categories.py" line="56"/>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/categories.py" line="57"/>
        <source>Payment admin</source>
        <translation>Gestion des paiements</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/categories.py" line="58"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>ChoicesEditor</name>
    <message>
        <location filename="../../coopclient/ui/annotation/choices.py" line="36"/>
        <source>Choice {value}</source>
        <translation>Choix {value}</translation>
    </message>
</context>
<context>
    <name>CollapsedText</name>
    <message>
        <location filename="../../coopclient/ui/annotation/care_views.py" line="68"/>
        <source>Hidden text</source>
        <translation>Texte masqué</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/care_views.py" line="72"/>
        <source>Hidden: this batch may be distressing ({warning})</source>
        <translation>Masqué&#xa0;: ce lot peut être éprouvant ({warning})</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/care_views.py" line="76"/>
        <source>Sho&amp;w</source>
        <translation>Aff&amp;icher</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/care_views.py" line="77"/>
        <source>Show the text</source>
        <translation>Afficher le texte</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../coopclient/ui/commands.py" line="96"/>
        <source>Settings saved</source>
        <translation>Réglages enregistrés</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/commands.py" line="124"/>
        <source>Checking the token with {url}…</source>
        <translation>Vérification du jeton auprès de {url}…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/commands.py" line="140"/>
        <source>Account {name} added</source>
        <translation>Compte {name} ajouté</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/commands.py" line="152"/>
        <source>the server could not be reached ({why}); check the address and your connection</source>
        <translation>le serveur est injoignable ({why})&#xa0;; vérifiez l&apos;adresse et votre connexion</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/commands.py" line="157"/>
        <source>The account was not added: {why}</source>
        <translation>Le compte n&apos;a pas été ajouté&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/commands.py" line="196"/>
        <source>Manual timer started: {what}</source>
        <translation>Chronomètre manuel démarré&#xa0;: {what}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/commands.py" line="209"/>
        <source>Manual timer stopped: {time} recorded</source>
        <translation>Chronomètre manuel arrêté&#xa0;: {time} enregistré</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="128"/>
        <source>Compare platforms</source>
        <translation>Comparer les plateformes</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="138"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="140"/>
        <location filename="../../coopclient/ui/views/compare_view.py" line="378"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="144"/>
        <source>Not published, and why</source>
        <translation>Non publié, et pourquoi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="152"/>
        <source>&amp;Join the co-op ledger…</source>
        <translation>Re&amp;joindre le registre de la coopérative…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="196"/>
        <source>{rate} {currency} per {unit}</source>
        <translation>{rate} {currency} par {unit}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="210"/>
        <source>No rate cards published yet</source>
        <translation>Aucune grille tarifaire publiée pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="215"/>
        <source>The rate cards could not be loaded: {why}</source>
        <translation>Les grilles tarifaires n&apos;ont pas pu être chargées&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="227"/>
        <source>The published figures could not be loaded: {why}</source>
        <translation>Les chiffres publiés n&apos;ont pas pu être chargés&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="311"/>
        <source>Middle half of members (median across)</source>
        <translation>Moitié centrale des membres (trait&#xa0;: médiane)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="314"/>
        <source>Co-op wage floor</source>
        <translation>Salaire plancher de la coopérative</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="319"/>
        <source>All-in hourly wage</source>
        <translation>Salaire horaire tout compris</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="331"/>
        <source>All-in hourly wage by platform and kind of task, chart</source>
        <translation>Salaire horaire tout compris par plateforme et type de tâche, graphique</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="334"/>
        <source>Unpaid time</source>
        <translation>Temps non payé</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="334"/>
        <source>Rejected tasks</source>
        <translation>Tâches rejetées</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="334"/>
        <source>Hours below the floor</source>
        <translation>Heures sous le plancher</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="343"/>
        <source>share, %</source>
        <translation>part,&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="345"/>
        <source>Unpaid time, rejections and hours below the floor</source>
        <translation>Temps non payé, rejets et heures sous le plancher</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="353"/>
        <source>Shares by platform and kind of task, chart</source>
        <translation>Parts par plateforme et type de tâche, graphique</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="358"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="359"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="360"/>
        <source>Kind of task</source>
        <translation>Type de tâche</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="361"/>
        <source>Rate</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="362"/>
        <source>Effective</source>
        <translation>En vigueur depuis</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="367"/>
        <source>Co-op rate cards</source>
        <translation>Grilles tarifaires de la coopérative</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="406"/>
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="418"/>
        <source>Co-op &amp;rate cards</source>
        <translation>&amp;Grilles tarifaires de la coopérative</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="434"/>
        <source>&amp;Not published, and why</source>
        <translation>&amp;Non publié, et pourquoi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="439"/>
        <source>&lt;b&gt;How these figures were made&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comment ces chiffres ont été établis&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="447"/>
        <source>How these figures were made</source>
        <translation>Comment ces chiffres ont été établis</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="478"/>
        <source>Compare platforms with the co-op&apos;s figures</source>
        <translation>Comparer les plateformes avec les chiffres de la coopérative</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="485"/>
        <source>Once you have joined the co-op ledger, this window shows, month by month, what members earn per hour on each platform and kind of task, against the co-op&apos;s wage floor, with the share of unpaid time, rejections and hours below the floor, and the co-op&apos;s rate cards.

Joining shares, for each finished day: its date, the type of platform, the kind of task, the seconds of active and of unpaid work, counts of tasks done and rejected, and what you earned, signed under a pseudonym. You see each payload before it is sent, and can pause at any time.

Never shared: your name, e-mail, accounts, tokens or worker ids; task texts, your answers or addresses; times of day; fees and payouts. Figures are published only for groups large enough, with noise added, so no one member&apos;s days can be read from them.</source>
        <translation>Une fois que vous avez rejoint le registre de la coopérative, cette fenêtre montre, mois par mois, ce que les membres gagnent par heure sur chaque plateforme et type de tâche, face au salaire plancher de la coopérative, avec la part de temps non payé, les rejets et les heures sous le plancher, ainsi que les barèmes de la coopérative.

Rejoindre partage, pour chaque journée terminée&#xa0;: sa date, le type de plateforme, le type de tâche, les secondes de travail actif et de travail non payé, le nombre de tâches faites et rejetées, et ce que vous avez gagné, signé sous un pseudonyme. Vous voyez chaque envoi avant qu&apos;il parte, et pouvez suspendre le partage à tout moment.

Jamais partagé&#xa0;: votre nom, votre e-mail, vos comptes, jetons ou identifiants de travailleur&#xa0;; les textes des tâches, vos réponses ou des adresses&#xa0;; les heures de la journée&#xa0;; les frais et les versements. Les chiffres ne sont publiés que pour des groupes assez grands, avec du bruit ajouté, de sorte qu&apos;on ne peut y lire les journées d&apos;aucun membre.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="579"/>
        <source>{cell}: median {median} {currency}/h; middle half of members {q1}–{q3} {currency}/h{members}</source>
        <translation>{cell}&#xa0;: médiane {median} {currency}/h&#xa0;; moitié centrale des membres {q1}–{q3} {currency}/h{members}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="592"/>
        <source>{currency} per hour, all-in</source>
        <translation>{currency} par heure, tout compris</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="634"/>
        <source>not published</source>
        <translation>non publié</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="636"/>
        <source>{cell}: unpaid time {u}, rejected tasks {r}, hours below the floor {b}{members}</source>
        <translation>{cell}&#xa0;: temps non payé {u}, tâches rejetées {r}, heures sous le plancher {b}{members}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="655"/>
        <location filename="../../coopclient/ui/views/compare_view.py" line="664"/>
        <source>{cell}: wage not published — {why}</source>
        <translation>{cell}&#xa0;: salaire non publié — {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="657"/>
        <source>{cell}: not published — {why}</source>
        <translation>{cell}&#xa0;: non publié — {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="663"/>
        <location filename="../../coopclient/ui/views/compare_view.py" line="672"/>
        <source>too few members</source>
        <translation>trop peu de membres</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="666"/>
        <source>Every cell with members this month was published.</source>
        <translation>Toutes les paires comptant des membres ce mois-ci ont été publiées.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="671"/>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="682"/>
        <source>No month has been published yet, or none was fetched: each sync with the co-op ledger fetches the months published since. The co-op publishes each month&apos;s figures once, after the month is over.</source>
        <translation>Aucun mois n&apos;a encore été publié, ou aucun n&apos;a été récupéré&#xa0;: chaque synchronisation avec le registre de la coopérative récupère les mois publiés depuis. La coopérative publie les chiffres de chaque mois une seule fois, une fois le mois terminé.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="688"/>
        <source>Could not read: {what}</source>
        <translation>Lecture impossible&#xa0;: {what}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="701"/>
        <source>Some months could not be read: {what}</source>
        <translation>Certains mois n&apos;ont pas pu être lus&#xa0;: {what}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="706"/>
        <source>no wage published</source>
        <translation>aucun salaire publié</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_view.py" line="707"/>
        <source>no cell published</source>
        <translation>aucune paire publiée</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="33"/>
        <source>From there, each quartile is within {tolerance} % of the members of where it belongs, except in {miss} % of releases; below it, the noise would outweigh the wages.</source>
        <translation>À partir de là, chaque quartile est à moins de {tolerance}&#xa0;% des membres de sa place, sauf dans {miss}&#xa0;% des publications&#xa0;; en dessous, le bruit l&apos;emporterait sur les salaires.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="82"/>
        <source>Privacy budget: ε = {total} per {unit} ({parts}); the smaller ε, the more noise.</source>
        <translation>Budget de confidentialité&#xa0;: ε = {total} par {unit} ({parts})&#xa0;; plus ε est petit, plus il y a de bruit.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="153"/>
        <source>Wages count as they are from 0 up, so a platform paying under the floor shows under it; a wage above {high} {currency} an hour counts as {high}.</source>
        <translation>Les salaires comptent tels quels à partir de 0&#xa0;: une plateforme qui paie moins que le plancher apparaît en dessous&#xa0;; un salaire au-dessus de {high} {currency} de l&apos;heure compte pour {high}.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="159"/>
        <source>Wages count between {low} and {high} {currency} an hour; a wage outside counts as the nearer bound.</source>
        <translation>Les salaires comptent entre {low} et {high} {currency} de l&apos;heure&#xa0;; un salaire hors de ces bornes compte pour la borne la plus proche.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="124"/>
        <source>The co-op&apos;s wage floor: {floor} {currency} an hour.</source>
        <translation>Salaire plancher de la coopérative&#xa0;: {floor} {currency} de l&apos;heure.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/views/compare_view.py" line="629"/>
        <source>; about %n member(s)</source>
        <translation>
            <numerusform>&#xa0;; environ %n membre</numerusform>
            <numerusform>&#xa0;; environ %n membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/views/compare_view.py" line="675"/>
        <source>fewer than %n member(s) (counted with noise)</source>
        <translation>
            <numerusform>moins de %n membre (compte bruité)</numerusform>
            <numerusform>moins de %n membres (compte bruité)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/views/compare_view.py" line="692"/>
        <source>{month}: %n platform and kind-of-task pair(s) published. Figures are estimates with random noise added, so that no member&apos;s own figures can be worked out from them.</source>
        <translation>
            <numerusform>{month}&#xa0;: %n paire plateforme et type de tâche publiée. Les chiffres sont des estimations auxquelles on ajoute un bruit aléatoire, pour qu&apos;on ne puisse pas en déduire les chiffres d&apos;un membre en particulier.</numerusform>
            <numerusform>{month}&#xa0;: %n paires plateforme et type de tâche publiées. Les chiffres sont des estimations auxquelles on ajoute un bruit aléatoire, pour qu&apos;on ne puisse pas en déduire les chiffres d&apos;un membre en particulier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="89"/>
        <source>Platform and kind-of-task pairs a member&apos;s month counts in: at most {n}, so each pair gets a share of the budget: {parts}.</source>
        <translation>Paires plateforme et type de tâche dans lesquelles compte le mois d&apos;un membre&#xa0;: au plus {n}, donc chaque paire reçoit une part du budget&#xa0;: {parts}.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="98"/>
        <source>Platform and kind-of-task pairs a member&apos;s month counts in: at most {n}.</source>
        <translation>Paires plateforme et type de tâche dans lesquelles compte le mois d&apos;un membre&#xa0;: au plus {n}.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="104"/>
        <source>A pair is published only when its member count, with noise, is {n} or more.</source>
        <translation>Une paire n&apos;est publiée que si son nombre de membres, bruit compris, est d&apos;au moins {n}.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="110"/>
        <source>Members a pair needs before its wage is published: {n}.</source>
        <translation>Membres qu&apos;il faut à une paire pour que son salaire soit publié&#xa0;: {n}.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="131"/>
        <source>Exchange rates used: {rates}.</source>
        <translation>Taux de change utilisés&#xa0;: {rates}.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="135"/>
        <source>Noise: {what}.</source>
        <translation>Bruit&#xa0;: {what}.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/compare_words.py" line="142"/>
        <source>Also: {settings}.</source>
        <translation>Également&#xa0;: {settings}.</translation>
    </message>
</context>
<context>
    <name>ControlEditor</name>
    <message>
        <location filename="../../coopclient/ui/annotation/editor.py" line="60"/>
        <source>Problem with {name}</source>
        <translation>Problème avec {name}</translation>
    </message>
</context>
<context>
    <name>CrashLogDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/crash_log.py" line="28"/>
        <source>coopclient stopped unexpectedly last time</source>
        <translation>coopclient s&apos;est arrêté de façon inattendue la dernière fois</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/crash_log.py" line="31"/>
        <source>A log of what went wrong was kept on this computer ({path}). It holds no task content and no token. Nothing is sent: copy it into a message to the co-op if you want help.</source>
        <translation>Un journal de ce qui s&apos;est mal passé a été gardé sur cet ordinateur ({path}). Il ne contient aucun contenu de tâche ni aucun jeton. Rien n&apos;est envoyé&#xa0;: copiez-le dans un message à la coopérative si vous voulez de l&apos;aide.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/crash_log.py" line="39"/>
        <source>Crash log</source>
        <translation>Journal de plantage</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/crash_log.py" line="41"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>EarningsPanel</name>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="327"/>
        <source>This batch</source>
        <translation>Ce lot</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="327"/>
        <source>this batch</source>
        <translation>ce lot</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="291"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="328"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="234"/>
        <source>{exposure} (limit {cap})</source>
        <translation>{exposure} (limite {cap})</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="328"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="292"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="329"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="99"/>
        <source>under {amount}</source>
        <translation>moins de {amount}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="156"/>
        <source>Verdict against the floor</source>
        <translation>Verdict par rapport au plancher</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="163"/>
        <source>Exposure to distressing work today</source>
        <translation>Exposition au travail éprouvant aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="211"/>
        <source>Estimated at import: {wage} ({low} to {high}); paid so far: {paid} all-in.</source>
        <translation>Estimé à l’import&#xa0;: {wage} (de {low} à {high})&#xa0;; payé jusqu’ici&#xa0;: {paid} tout compris.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="213"/>
        <source>Estimated at import: {wage} ({low} to {high}); nothing paid or timed yet.</source>
        <translation>Estimé à l’import&#xa0;: {wage} (de {low} à {high})&#xa0;; rien de payé ni de chronométré encore.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="231"/>
        <source>exposure today {time}</source>
        <translation>exposition aujourd&apos;hui {time}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="237"/>
        <source>Time spent today on batches marked as possibly distressing, counted as the clocks count it.</source>
        <translation>Temps passé aujourd&apos;hui sur des lots signalés comme pouvant être éprouvants, compté comme le comptent les horloges.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="262"/>
        <source>Timing today; the wage shows at the next save.</source>
        <translation>Chronométrage du jour en cours&#xa0;; le salaire s&apos;affiche au prochain enregistrement.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="271"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="297"/>
        <source>No work timed yet today or this week.</source>
        <translation>Aucun travail chronométré aujourd&apos;hui ni cette semaine.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="300"/>
        <source>{when} {wage} all-in — set the wage floor to see how it compares</source>
        <translation>{when} {wage} tout compris — indiquez le salaire plancher pour comparer</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="306"/>
        <source>{when} {wage} all-in — {diff} below the floor; {short} short</source>
        <translation>{when} {wage} tout compris — {diff} sous le plancher&#xa0;; manque à gagner {short}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="315"/>
        <source>{when} {wage} all-in — {diff} above the floor</source>
        <translation>{when} {wage} tout compris — {diff} au-dessus du plancher</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="329"/>
        <source>this week</source>
        <translation>cette semaine</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="335"/>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="336"/>
        <source>Money</source>
        <translation>Argent</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="337"/>
        <source>Wage per hour</source>
        <translation>Salaire horaire</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="338"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="415"/>
        <source>Wage floor</source>
        <translation>Salaire plancher</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="345"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="383"/>
        <source>Task time</source>
        <translation>Temps sur les tâches</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="346"/>
        <source>Hours on tasks</source>
        <translation>Heures sur les tâches</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="347"/>
        <source>Active annotating time, plus idle time you kept.</source>
        <translation>Temps d&apos;annotation actif, plus le temps d&apos;inactivité que vous avez gardé.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="350"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="388"/>
        <source>Session time</source>
        <translation>Temps de session</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="351"/>
        <source>Session hours</source>
        <translation>Heures de session</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="353"/>
        <source>Task time + returned and rejected task time + the short gaps between spans that are bridged into one session.</source>
        <translation>Temps sur les tâches + temps des tâches rendues et rejetées + les courtes pauses entre les plages de travail, regroupées en une seule session.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="358"/>
        <source>All-in time</source>
        <translation>Temps tout compris</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="359"/>
        <source>All-in hours</source>
        <translation>Heures tout compris</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="360"/>
        <source>Session time + logged unpaid work: searching, qualification, communication, payment admin.</source>
        <translation>Temps de session + travail non payé enregistré&#xa0;: recherche, qualification, communication, gestion des paiements.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="363"/>
        <source>Idle awaiting your decision</source>
        <translation>Inactivité en attente de votre décision</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="364"/>
        <source>Idle time awaiting your decision</source>
        <translation>Temps d&apos;inactivité en attente de votre décision</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="365"/>
        <source>Idle time you have not yet kept or discarded: not counted until you decide.</source>
        <translation>Temps d&apos;inactivité que vous n&apos;avez encore ni gardé ni supprimé&#xa0;: il n&apos;est pas compté tant que vous n&apos;avez pas décidé.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="368"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="369"/>
        <source>Earned</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="370"/>
        <source>Piece rates + bonuses + adjustments − rejection reversals.</source>
        <translation>Tarifs à la tâche + primes + ajustements − montants repris après un rejet.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="373"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="374"/>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="375"/>
        <source>Worker-side fees (payment, transfer, exchange), as a negative amount.</source>
        <translation>Frais à votre charge (paiement, virement, change), en montant négatif.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="378"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="379"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="404"/>
        <source>Money received</source>
        <translation>Argent reçu</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="380"/>
        <source>Payouts that reached you, in the report currency.</source>
        <translation>Versements qui vous sont parvenus, dans la devise du rapport.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="384"/>
        <source>Task-time wage</source>
        <translation>Salaire horaire sur le temps de tâche</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="385"/>
        <source>Task time wage = earned ÷ time on tasks (active annotating time, plus idle time you kept).</source>
        <translation>Salaire horaire sur le temps de tâche = gagné ÷ temps sur les tâches (temps d&apos;annotation actif, plus le temps d&apos;inactivité gardé).</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="389"/>
        <source>Session-time wage</source>
        <translation>Salaire horaire sur le temps de session</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="391"/>
        <source>Session time wage = earned ÷ session time (task time + returned and rejected task time + the short gaps between spans, up to the session gap, that Hara et al.&apos;s cluster method bridges).</source>
        <translation>Salaire horaire sur le temps de session = gagné ÷ temps de session (temps sur les tâches + temps des tâches rendues et rejetées + les courtes pauses entre les plages de travail, jusqu&apos;à l&apos;écart de session, que comble la méthode de regroupement de Hara et al.).</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="396"/>
        <source>All-in</source>
        <translation>Tout compris</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="397"/>
        <source>All-in wage</source>
        <translation>Salaire horaire tout compris</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="399"/>
        <source>All-in wage = (earned − worker-side fees) ÷ (session time + unpaid work: searching, qualification, communication, payment admin). The wage floor is checked on this wage.</source>
        <translation>Salaire horaire tout compris = (gagné − frais à votre charge) ÷ (temps de session + travail non payé&#xa0;: recherche, qualification, communication, gestion des paiements). C&apos;est ce salaire qui est comparé au salaire plancher.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="405"/>
        <source>Money-received wage</source>
        <translation>Salaire horaire sur l&apos;argent reçu</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="406"/>
        <source>Money received wage = payouts that reached you, in the report currency ÷ all-in time.</source>
        <translation>Salaire horaire sur l&apos;argent reçu = versements qui vous sont parvenus, dans la devise du rapport ÷ temps tout compris.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="409"/>
        <source>All-in vs floor</source>
        <translation>Tout compris face au plancher</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="410"/>
        <source>All-in wage against the floor</source>
        <translation>Salaire horaire tout compris par rapport au plancher</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="411"/>
        <source>Below the floor, near it (at most 10 % above it) or above it.</source>
        <translation>Sous le plancher, proche (au plus 10&#xa0;% au-dessus) ou au-dessus.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="414"/>
        <source>Floor per hour</source>
        <translation>Plancher par heure</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="416"/>
        <source>The co-op&apos;s hourly wage floor in force.</source>
        <translation>Le salaire plancher horaire de la coopérative en vigueur.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="419"/>
        <source>Hours below floor</source>
        <translation>Heures sous le plancher</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="420"/>
        <source>Hours below the floor</source>
        <translation>Heures sous le plancher</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="421"/>
        <source>All-in hours of the days whose all-in wage was below the floor in force that day.</source>
        <translation>Heures tout compris des jours où le salaire horaire tout compris était sous le plancher en vigueur ce jour-là.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="424"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="425"/>
        <source>Shortfall</source>
        <translation>Manque à gagner</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="426"/>
        <source>The money that would bring those days up to the floor: floor × hours − (earned − fees).</source>
        <translation>La somme qui amènerait ces jours au plancher&#xa0;: plancher × heures − (gagné − frais).</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="468"/>
        <source>{figure} {period}</source>
        <translation>{figure} {period}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="482"/>
        <source>Earnings in detail</source>
        <translation>Les gains en détail</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="511"/>
        <source>no time recorded yet</source>
        <translation>aucun temps enregistré pour le moment</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="517"/>
        <source>no wage floor set</source>
        <translation>aucun salaire plancher défini</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/estimate_words.py" line="18"/>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="532"/>
        <source>{amount}/h</source>
        <translation>{amount}/h</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/estimate_words.py" line="25"/>
        <source>— set the wage floor to see how it compares</source>
        <translation>— fixez le salaire plancher pour comparer</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/estimate_words.py" line="27"/>
        <source>— {diff} below the floor</source>
        <translation>— {diff} sous le plancher</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/estimate_words.py" line="30"/>
        <source>— {diff} above the floor</source>
        <translation>— {diff} au-dessus du plancher</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/estimate_words.py" line="38"/>
        <source>No estimate: not enough history yet ({have} of {need} tasks of this kind finished).</source>
        <translation>Pas d’estimation&#xa0;: pas encore assez d’historique ({have} tâches de ce type terminées sur {need}).</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/estimate_words.py" line="43"/>
        <source>About {wage} ({low} to {high} for half your tasks, from your pace on {count} tasks) {verdict}</source>
        <translation>Environ {wage} (de {low} à {high} pour la moitié de vos tâches, d’après votre rythme sur {count} tâches) {verdict}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/estimate_words.py" line="61"/>
        <source>About {wage} as announced {verdict}</source>
        <translation>Environ {wage} d’après l’annonce {verdict}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="539"/>
        <source>below the floor</source>
        <translation>sous le plancher</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="540"/>
        <source>near the floor</source>
        <translation>proche du plancher</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/earnings_panel.py" line="541"/>
        <source>above the floor</source>
        <translation>au-dessus du plancher</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/enroll.py" line="40"/>
        <source>Join the co-op ledger</source>
        <translation>Rejoindre le registre de la coopérative</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/enroll.py" line="43"/>
        <source>Invite code</source>
        <translation>Code d&apos;invitation</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/enroll.py" line="52"/>
        <source>Sho&amp;w the code</source>
        <translation>&amp;Afficher le code</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/enroll.py" line="55"/>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/enroll.py" line="74"/>
        <source>Paste the invite code the co-op&apos;s treasurer gave you.</source>
        <translation>Collez le code d&apos;invitation que vous a donné le trésorier de la coopérative.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/enroll.py" line="76"/>
        <source>An invite code has no spaces inside: check that it was pasted whole.</source>
        <translation>Un code d&apos;invitation ne contient pas d&apos;espace&#xa0;: vérifiez qu&apos;il a été collé en entier.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/enroll.py" line="96"/>
        <source>You cannot join yet: this computer has no usable keyring, so the key joining makes would be lost when the app closes, and you could never read your own shared figures again. Unlock or install a keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager), restart the app, then join with your invite code; it stays valid until then.</source>
        <translation>Vous ne pouvez pas encore rejoindre le registre&#xa0;: cet ordinateur n&apos;a pas de trousseau utilisable, donc la clé créée en rejoignant serait perdue à la fermeture de l&apos;application, et vous ne pourriez plus jamais relire vos propres chiffres partagés. Déverrouillez ou installez un trousseau (GNOME Keyring, KWallet, Trousseau d&apos;accès de macOS, Gestionnaire d&apos;identification de Windows), redémarrez l&apos;application, puis rejoignez le registre avec votre code d&apos;invitation&#xa0;; il reste valable jusque-là.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/enroll.py" line="110"/>
        <source>Joining lets you compare what each platform really pays co-op members, from figures members share. Your app makes a key on this computer (kept in your system&apos;s keyring); the co-op&apos;s ledger knows you only by a pseudonym made from it, never by your name, e-mail or platform accounts.</source>
        <translation>Rejoindre le registre vous permet de comparer ce que chaque plateforme paie réellement aux membres de la coopérative, à partir des chiffres que les membres partagent. L&apos;application crée une clé sur cet ordinateur (conservée dans le trousseau de votre système)&#xa0;; le registre de la coopérative ne vous connaît que par un pseudonyme tiré de cette clé, jamais par votre nom, votre e-mail ou vos comptes de plateforme.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/enroll.py" line="119"/>
        <source>Nothing is shared when you join: first you will see exactly what would be sent, and decide.</source>
        <translation>Rien n&apos;est partagé quand vous rejoignez le registre&#xa0;: vous verrez d&apos;abord exactement ce qui serait envoyé, puis vous déciderez.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/enroll.py" line="125"/>
        <source>&amp;Invite code</source>
        <translation>Code d&apos;&amp;invitation</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message numerus="yes">
        <location filename="../../coopclient/ui/file_commands.py" line="62"/>
        <source>Demo batch imported: %n project(s)</source>
        <translation>
            <numerusform>Lot de démonstration importé&#xa0;: %n projet</numerusform>
            <numerusform>Lot de démonstration importé&#xa0;: %n projets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/file_commands.py" line="100"/>
        <source>This batch may be distressing</source>
        <translation>Ce lot peut être éprouvant</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/file_commands.py" line="102"/>
        <source>{name} warns: {warning}

Its images will be shown grey and blurred (hold F2 to see one clearly) and time on it counts as exposure. Import it?</source>
        <translation>{name} avertit&#xa0;: {warning}

Ses images seront affichées en gris et floutées (maintenez F2 pour en voir une nettement) et le temps passé dessus compte comme exposition. L&apos;importer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/file_commands.py" line="108"/>
        <source>&amp;Import it</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/file_commands.py" line="109"/>
        <source>&amp;Don&apos;t import</source>
        <translation>&amp;Ne pas importer</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/file_commands.py" line="118"/>
        <source>Not imported: {name}</source>
        <translation>Non importé&#xa0;: {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/file_commands.py" line="124"/>
        <source>Imported %n task(s)</source>
        <translation>
            <numerusform>%n tâche importée</numerusform>
            <numerusform>%n tâches importées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/file_commands.py" line="130"/>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/file_commands.py" line="136"/>
        <source>Exported %n result(s)</source>
        <translation>
            <numerusform>%n résultat exporté</numerusform>
            <numerusform>%n résultats exportés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/file_commands.py" line="142"/>
        <source>No task is shown</source>
        <translation>Aucune tâche n&apos;est affichée</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/file_commands.py" line="144"/>
        <source>Evidence pack for task {id}</source>
        <translation>Dossier de preuves de la tâche {id}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/file_commands.py" line="147"/>
        <source>Evidence pack (*.zip)</source>
        <translation>Dossier de preuves (*.zip)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/file_commands.py" line="158"/>
        <source>Evidence pack written: {path} ({n} files, nothing sent)</source>
        <translation>Dossier de preuves écrit&#xa0;: {path} ({n} fichiers, rien n&apos;a été envoyé)</translation>
    </message>
</context>
<context>
    <name>FirstRunBanner</name>
    <message>
        <location filename="../../coopclient/ui/banners.py" line="29"/>
        <source>No tasks yet. Try the demo batch — 44 short tasks, no account or network needed.</source>
        <translation>Aucune tâche pour le moment. Essayez le lot de démonstration — 44 tâches courtes, sans compte ni réseau.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/banners.py" line="30"/>
        <source>Try the &amp;demo batch</source>
        <translation>Essayer le lot de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/banners.py" line="31"/>
        <source>Try the demo batch</source>
        <translation>Essayer le lot de démonstration</translation>
    </message>
</context>
<context>
    <name>FloorBanner</name>
    <message>
        <location filename="../../coopclient/ui/banners.py" line="47"/>
        <source>No wage floor set yet: set the co-op&apos;s floor to see which hours fall below it.</source>
        <translation>Aucun salaire plancher défini&#xa0;: indiquez celui de la coopérative pour voir quelles heures sont en dessous.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/banners.py" line="48"/>
        <source>Set the &amp;floor…</source>
        <translation>Définir le pla&amp;ncher…</translation>
    </message>
</context>
<context>
    <name>IdleDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="67"/>
        <source>Welcome back</source>
        <translation>Vous revoilà</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="69"/>
        <source>&amp;Keep: it was work</source>
        <translation>&amp;Garder&#xa0;: c&apos;était du travail</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="69"/>
        <source>Keep the time as work</source>
        <translation>Garder ce temps comme du travail</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="70"/>
        <source>&amp;Discard: it was not work</source>
        <translation>&amp;Supprimer&#xa0;: ce n&apos;était pas du travail</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="70"/>
        <source>Discard the time</source>
        <translation>Supprimer ce temps</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="71"/>
        <source>&amp;Move to:</source>
        <translation>&amp;Déplacer vers&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="71"/>
        <source>Move the time to the chosen category</source>
        <translation>Déplacer ce temps vers la catégorie choisie</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="73"/>
        <source>Decide &amp;later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="73"/>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="91"/>
        <source>You were away for {duration} ({times}).</source>
        <translation>Aucune activité pendant {duration} ({times}).</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="106"/>
        <source>{seconds} s</source>
        <translation>{seconds}&#xa0;s</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="109"/>
        <source>{minutes} min</source>
        <translation>{minutes}&#xa0;min</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="110"/>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours}&#xa0;h {minutes:02d}&#xa0;min</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="121"/>
        <source>Category to move the time to</source>
        <translation>Catégorie vers laquelle déplacer ce temps</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/idle.py" line="125"/>
        <source>This time is not counted until you decide what it was.</source>
        <translation>Ce temps n&apos;est pas compté tant que vous n&apos;avez pas dit ce que c&apos;était.</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location filename="../../coopclient/ui/annotation/image_view.py" line="109"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="49"/>
        <source>Import a batch file</source>
        <translation>Importer un fichier de lot</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="52"/>
        <source>&amp;Batch file (JSONL or CSV)</source>
        <translation>&amp;Fichier du lot (JSONL ou CSV)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="52"/>
        <source>Batch file</source>
        <translation>Fichier du lot</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="55"/>
        <source>Labeling &amp;config (XML)</source>
        <translation>Configuration d&apos;a&amp;nnotation (XML)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="55"/>
        <source>Labeling config</source>
        <translation>Configuration d&apos;annotation</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="58"/>
        <source>Project name</source>
        <translation>Nom du projet</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="59"/>
        <source>default: the file&apos;s name</source>
        <translation>par défaut&#xa0;: le nom du fichier</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="60"/>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="62"/>
        <source>Piece rate</source>
        <translation>Tarif à la tâche</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="63"/>
        <source>e.g. {amount} EUR</source>
        <translation>p. ex. {amount}&#xa0;EUR</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="64"/>
        <source>Piece &amp;rate</source>
        <translation>&amp;Tarif à la tâche</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="68"/>
        <source>Estimated pay</source>
        <translation>Rémunération estimée</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="87"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="88"/>
        <source>Browse for {what}</source>
        <translation>Parcourir ({what})</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="148"/>
        <source>Choose the batch file.</source>
        <translation>Choisissez le fichier du lot.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="150"/>
        <source>Choose the labeling config (XML) that goes with the batch.</source>
        <translation>Choisissez la configuration d&apos;annotation (XML) qui accompagne le lot.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="158"/>
        <source>“{text}” is not a piece rate, such as {example} EUR.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un tarif à la tâche, comme {example}&#xa0;EUR.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="183"/>
        <source>Importing {name}…</source>
        <translation>Importation de {name}…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="184"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="189"/>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/import_batch.py" line="214"/>
        <source>The batch was not imported</source>
        <translation>Le lot n&apos;a pas été importé</translation>
    </message>
</context>
<context>
    <name>LabelLegend</name>
    <message>
        <location filename="../../coopclient/ui/annotation/legend.py" line="83"/>
        <source>Label {value}</source>
        <translation>Étiquette {value}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/legend.py" line="62"/>
        <source>Mark the selected text as {value}</source>
        <translation>Marquer le texte sélectionné comme {value}</translation>
    </message>
</context>
<context>
    <name>LedgerBanner</name>
    <message>
        <location filename="../../coopclient/ui/banners.py" line="70"/>
        <source>Co-op ledger warning</source>
        <translation>Avertissement du registre de la coopérative</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/banners.py" line="71"/>
        <source>What I sha&amp;re…</source>
        <translation>Ce que je parta&amp;ge…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/banners.py" line="73"/>
        <source>Hide &amp;warning</source>
        <translation>Masquer l&apos;a&amp;vertissement</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/banners.py" line="74"/>
        <source>Hide the co-op ledger warning</source>
        <translation>Masquer l&apos;avertissement du registre de la coopérative</translation>
    </message>
</context>
<context>
    <name>LedgerCommands</name>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="97"/>
        <source>&amp;Co-op</source>
        <translation>C&amp;oopérative</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="101"/>
        <source>&amp;Join the co-op ledger…</source>
        <translation>Re&amp;joindre le registre de la coopérative…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="103"/>
        <source>Join with an invite from the treasurer</source>
        <translation>Rejoindre avec une invitation du trésorier</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="105"/>
        <source>&amp;What I share</source>
        <translation>Ce que je &amp;partage</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="105"/>
        <source>Everything sent to the co-op ledger</source>
        <translation>Tout ce qui a été envoyé au registre de la coopérative</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="106"/>
        <source>&amp;Pause sharing</source>
        <translation>&amp;Suspendre le partage</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="106"/>
        <source>Send nothing until you resume</source>
        <translation>Ne plus rien envoyer jusqu&apos;à la reprise</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="107"/>
        <source>&amp;Resume sharing</source>
        <translation>&amp;Reprendre le partage</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="107"/>
        <source>Send your finished days again</source>
        <translation>Recommencer à envoyer vos journées terminées</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="108"/>
        <source>&amp;Compare platforms</source>
        <translation>&amp;Comparer les plateformes</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="108"/>
        <source>The co-op&apos;s published monthly figures</source>
        <translation>Les chiffres mensuels publiés par la coopérative</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="111"/>
        <source>&amp;Sync with the co-op ledger</source>
        <translation>S&amp;ynchroniser avec le registre de la coopérative</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="113"/>
        <source>Send finished days and check the ledger</source>
        <translation>Envoyer les journées terminées et vérifier le registre</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="130"/>
        <source>Co-op sharing</source>
        <translation>Partage avec la coopérative</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="158"/>
        <source>Co-op: sharing paused</source>
        <translation>Coopérative&#xa0;: partage suspendu</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="160"/>
        <source>Co-op: joined, nothing shared yet</source>
        <translation>Coopérative&#xa0;: registre rejoint, rien de partagé pour le moment</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="162"/>
        <source>Co-op: {n} waiting to be shared</source>
        <translation>Coopérative&#xa0;: {n} en attente de partage</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="163"/>
        <source>Co-op: sharing</source>
        <translation>Coopérative&#xa0;: partage actif</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="173"/>
        <source>Warning — the co-op ledger failed a check: {warning}. The server may have changed or hidden entries it had already shown. Your own figures stay on this computer; tell the co-op&apos;s treasurer.</source>
        <translation>Avertissement — le registre de la coopérative n&apos;a pas passé une vérification&#xa0;: {warning}. Le serveur a peut-être modifié ou masqué des entrées qu&apos;il avait déjà montrées. Vos propres chiffres restent sur cet ordinateur&#xa0;; prévenez le trésorier de la coopérative.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="180"/>
        <source>The co-op ledger failed a check</source>
        <translation>Le registre de la coopérative a échoué à une vérification</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="200"/>
        <source>You have already joined the co-op ledger as {p}</source>
        <translation>Vous avez déjà rejoint le registre de la coopérative en tant que {p}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="210"/>
        <source>Joining the co-op ledger…</source>
        <translation>Inscription au registre de la coopérative…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="222"/>
        <source>Joined the co-op ledger as {p}</source>
        <translation>Registre de la coopérative rejoint en tant que {p}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="228"/>
        <source>You did not join the co-op ledger: {why}</source>
        <translation>Vous n&apos;avez pas rejoint le registre de la coopérative&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="247"/>
        <source>Nothing was shared. Co-op → Sync with the co-op ledger asks again.</source>
        <translation>Rien n&apos;a été partagé. Coopérative → Synchroniser avec le registre de la coopérative vous le redemandera.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="257"/>
        <source>A sync with the co-op ledger is already running</source>
        <translation>Une synchronisation avec le registre de la coopérative est déjà en cours</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="264"/>
        <source>Join the co-op ledger first: Co-op → Join the co-op ledger…</source>
        <translation>Rejoignez d&apos;abord le registre de la coopérative&#xa0;: Coopérative → Rejoindre le registre de la coopérative…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="266"/>
        <source>Sharing is paused: Co-op → Resume sharing to send again</source>
        <translation>Le partage est suspendu&#xa0;: Coopérative → Reprendre le partage pour envoyer à nouveau</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="289"/>
        <source>Syncing with the co-op ledger…</source>
        <translation>Synchronisation avec le registre de la coopérative…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="308"/>
        <source>Sync with the co-op ledger failed: {why}</source>
        <translation>La synchronisation avec le registre de la coopérative a échoué&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="313"/>
        <source>Co-op ledger: {n} shared</source>
        <translation>Registre de la coopérative&#xa0;: {n} partagé(s)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="315"/>
        <source>Co-op ledger: nothing new to share</source>
        <translation>Registre de la coopérative&#xa0;: rien de nouveau à partager</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/ledger_commands.py" line="317"/>
        <source>; ledger checked at %Ln entry(ies)</source>
        <translation>
            <numerusform>&#xa0;; registre vérifié sur %Ln entrée</numerusform>
            <numerusform>&#xa0;; registre vérifié sur %Ln entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/ledger_commands.py" line="319"/>
        <source>; %n policy update(s) received</source>
        <translation>
            <numerusform>&#xa0;; %n mise à jour des règles reçue</numerusform>
            <numerusform>&#xa0;; %n mises à jour des règles reçues</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="321"/>
        <source>; warning: {w}</source>
        <translation>&#xa0;; avertissement&#xa0;: {w}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="336"/>
        <source>Sharing paused: nothing is sent to the co-op ledger until you resume it</source>
        <translation>Partage suspendu&#xa0;: rien n&apos;est envoyé au registre de la coopérative tant que vous ne l&apos;avez pas repris</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="338"/>
        <source>Sharing resumed</source>
        <translation>Partage repris</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="383"/>
        <source>What you shared could not be read: {why}</source>
        <translation>Impossible de lire ce que vous avez partagé&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/ledger_commands.py" line="409"/>
        <source>join the co-op ledger first (Co-op → Join the co-op ledger…)</source>
        <translation>rejoignez d&apos;abord le registre de la coopérative (Coopérative → Rejoindre le registre de la coopérative…)</translation>
    </message>
</context>
<context>
    <name>LoadingImage</name>
    <message>
        <location filename="../../coopclient/ui/annotation/object_views.py" line="66"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/object_views.py" line="68"/>
        <source>Opening the image…</source>
        <translation>Ouverture de l&apos;image…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="35"/>
        <source>All tasks</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="36"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="37"/>
        <source>Done</source>
        <translation>Faites</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="38"/>
        <source>Skipped</source>
        <translation>Passées</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="39"/>
        <source>Not yet synced</source>
        <translation>Pas encore synchronisées</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="65"/>
        <source>coopclient — fair pay for annotation work</source>
        <translation>coopclient — une juste rémunération du travail d&apos;annotation</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="79"/>
        <location filename="../../coopclient/ui/window_layout.py" line="62"/>
        <source>Opening your work…</source>
        <translation>Ouverture de votre travail…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/window_layout.py" line="58"/>
        <source>Show tasks</source>
        <translation>Tâches à afficher</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/window_layout.py" line="71"/>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/window_layout.py" line="85"/>
        <source>Earnings against the floor</source>
        <translation>Gains par rapport au plancher</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/window_layout.py" line="87"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="205"/>
        <source>Timing paused</source>
        <translation>Chronométrage en pause</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/main_window.py" line="207"/>
        <source>No input for a while: that time is set aside. When you come back, you decide whether it counts.</source>
        <translation>Aucune saisie depuis un moment&#xa0;: ce temps est mis de côté. À votre retour, vous déciderez s’il compte.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/window_layout.py" line="61"/>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/port.py" line="45"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
</context>
<context>
    <name>ManualTimerDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="47"/>
        <source>Start a manual timer</source>
        <translation>Démarrer un chronomètre manuel</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="52"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="53"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="57"/>
        <source>optional, e.g. {amount} GBP</source>
        <translation>facultatif, par ex. {amount} GBP</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="59"/>
        <source>Announced reward</source>
        <translation>Rémunération annoncée</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="62"/>
        <source>not announced</source>
        <translation>non annoncé</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="63"/>
        <source>Expected minutes</source>
        <translation>Minutes prévues</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="67"/>
        <source>Estimated pay</source>
        <translation>Rémunération estimée</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="72"/>
        <source>&amp;Start timer</source>
        <translation>&amp;Démarrer le chronomètre</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="115"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="126"/>
        <source>optional, e.g. prolific</source>
        <translation>facultatif, par ex. prolific</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="127"/>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="128"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="135"/>
        <source>C&amp;ategory</source>
        <translation>Ca&amp;tégorie</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="136"/>
        <source>&amp;Platform</source>
        <translation>&amp;Plateforme</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="137"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="138"/>
        <source>Announced &amp;reward</source>
        <translation>&amp;Rémunération annoncée</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/manual_timer.py" line="139"/>
        <source>E&amp;xpected minutes</source>
        <translation>Minutes pré&amp;vues</translation>
    </message>
</context>
<context>
    <name>MissingImage</name>
    <message>
        <location filename="../../coopclient/ui/annotation/object_views.py" line="45"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/object_views.py" line="48"/>
        <source>This image is not available offline</source>
        <translation>Cette image n&apos;est pas disponible hors ligne</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/object_views.py" line="51"/>
        <source>This image can&apos;t be opened: {name} is missing or is not an image file</source>
        <translation>Impossible d&apos;ouvrir cette image&#xa0;: {name} est introuvable ou n&apos;est pas un fichier image</translation>
    </message>
</context>
<context>
    <name>NerEditor</name>
    <message>
        <location filename="../../coopclient/ui/annotation/ner.py" line="62"/>
        <source>Select text (mouse or Shift+arrows), then press a label key. Click a highlight to remove it.</source>
        <translation>Sélectionnez du texte (souris ou Shift+flèches), puis appuyez sur la touche d&apos;une étiquette. Cliquez sur un surlignage pour le retirer.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/ner.py" line="66"/>
        <source>Marked spans</source>
        <translation>Passages marqués</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/ner.py" line="181"/>
        <source>No spans marked yet.</source>
        <translation>Aucun passage marqué pour le moment.</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="53"/>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="54"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="58"/>
        <source>Show &amp;sent results</source>
        <translation>Afficher les résultats &amp;envoyés</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="60"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="61"/>
        <source>Retry the selected result</source>
        <translation>Réessayer d&apos;envoyer le résultat sélectionné</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="103"/>
        <source>Parked: {reason}</source>
        <translation>Bloqué&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="103"/>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="106"/>
        <source>Waiting: next try at {time}</source>
        <translation>En attente&#xa0;: nouvel essai à {time}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="109"/>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="110"/>
        <source>Sending</source>
        <translation>En cours d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="111"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="112"/>
        <source>Replaced by a newer version</source>
        <translation>Remplacé par une version plus récente</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="119"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="119"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="119"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="131"/>
        <source>Results waiting to be sent</source>
        <translation>Résultats en attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="151"/>
        <source>(task missing)</source>
        <translation>(tâche introuvable)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="152"/>
        <source>Task {id}</source>
        <translation>Tâche {id}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="155"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="155"/>
        <source>Skip</source>
        <translation>Tâche passée</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="161"/>
        <source>Nothing waits to be sent.</source>
        <translation>Rien n&apos;attend d&apos;être envoyé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="162"/>
        <source>%n result(s) wait to be sent.</source>
        <translation>
            <numerusform>%n résultat en attente d&apos;envoi.</numerusform>
            <numerusform>%n résultats en attente d&apos;envoi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/outbox.py" line="165"/>
        <source>{p} parked: the server refused them. Fix the result and save it again, or select one and Retry.</source>
        <translation>{p} bloqué(s)&#xa0;: le serveur les a refusés. Corrigez le résultat et enregistrez-le à nouveau, ou sélectionnez-en un et cliquez sur Réessayer.</translation>
    </message>
</context>
<context>
    <name>PlatformCommands</name>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="108"/>
        <source>Add a Label Studio account first (Accounts → Add a platform account…)</source>
        <translation>Ajoutez d&apos;abord un compte Label Studio (Comptes → Ajouter un compte de plateforme…)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="119"/>
        <source>Pulling tasks…</source>
        <translation>Récupération des tâches…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="139"/>
        <source>No new tasks from {project}</source>
        <translation>Pas de nouvelle tâche dans {project}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="144"/>
        <source>{n} cannot be shown here</source>
        <translation>{n} non affichable(s) ici</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/platform_commands.py" line="141"/>
        <source>Pulled %n task(s) from {project}</source>
        <translation>
            <numerusform>%n tâche récupérée depuis {project}</numerusform>
            <numerusform>%n tâches récupérées depuis {project}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/platform_commands.py" line="146"/>
        <source>%n media file(s) not available offline</source>
        <translation>
            <numerusform>%n fichier média non disponible hors ligne</numerusform>
            <numerusform>%n fichiers média non disponibles hors ligne</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="151"/>
        <source>No tasks were pulled: {why}</source>
        <translation>Aucune tâche n&apos;a été récupérée&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="159"/>
        <source>Sending results…</source>
        <translation>Envoi des résultats…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="208"/>
        <source>Results parked</source>
        <translation>Résultats bloqués</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/platform_commands.py" line="210"/>
        <source>%n result(s) were refused by the platform and wait in the outbox, which says why.</source>
        <translation>
            <numerusform>%n résultat refusé par la plateforme attend dans la boîte d’envoi, qui dit pourquoi.</numerusform>
            <numerusform>%n résultats refusés par la plateforme attendent dans la boîte d’envoi, qui dit pourquoi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="225"/>
        <source>Sync failed: {why}</source>
        <translation>La synchronisation a échoué&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="230"/>
        <source>Label Studio refused the token: add the account again</source>
        <translation>Label Studio a refusé le jeton&#xa0;: ajoutez à nouveau le compte</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="232"/>
        <source>Server unreachable: working offline, will retry</source>
        <translation>Serveur injoignable&#xa0;: travail hors ligne, nouvel essai plus tard</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="233"/>
        <source>{n} sent</source>
        <translation>{n} envoyé(s)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="236"/>
        <source>Nothing to send now</source>
        <translation>Rien à envoyer pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="237"/>
        <source>Sync: {d} sent, {r} to retry later, {p} parked</source>
        <translation>Synchro&#xa0;: {d} envoyé(s), {r} à réessayer plus tard, {p} bloqué(s)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/platform_commands.py" line="240"/>
        <source> (see the outbox)</source>
        <translation> (voir la boîte d&apos;envoi)</translation>
    </message>
</context>
<context>
    <name>PullDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="54"/>
        <source>Pull tasks for offline work</source>
        <translation>Récupérer des tâches pour travailler hors ligne</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="56"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="60"/>
        <source>Project number</source>
        <translation>Numéro du projet</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="61"/>
        <source>e.g. 3, or the project&apos;s address</source>
        <translation>par ex. 3, ou l&apos;adresse du projet</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="67"/>
        <source>Number of tasks</source>
        <translation>Nombre de tâches</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="68"/>
        <source>From 1 to {n}</source>
        <translation>De 1 à {n}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="70"/>
        <source>&amp;Pull tasks</source>
        <translation>&amp;Récupérer les tâches</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="87"/>
        <source>Enter the project&apos;s number, shown in its address on the platform.</source>
        <translation>Saisissez le numéro du projet, visible dans son adresse sur la plateforme.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="89"/>
        <source>“{text}” is not a project number or a project&apos;s address.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est ni un numéro de projet ni l&apos;adresse d&apos;un projet.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="104"/>
        <source>&amp;Account</source>
        <translation>Co&amp;mpte</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="105"/>
        <source>P&amp;roject</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="106"/>
        <source>&amp;Number of tasks</source>
        <translation>&amp;Nombre de tâches</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/pull.py" line="112"/>
        <source>The tasks are locked to you on the platform until you submit or skip them.</source>
        <translation>Les tâches vous sont réservées sur la plateforme jusqu&apos;à ce que vous les validiez ou les passiez.</translation>
    </message>
</context>
<context>
    <name>RatingEditor</name>
    <message>
        <location filename="../../coopclient/ui/annotation/rating.py" line="92"/>
        <source>Rating {n} of {max}</source>
        <translation>Note {n} sur {max}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rating.py" line="94"/>
        <location filename="../../coopclient/ui/annotation/rating.py" line="135"/>
        <source>{n} of {max}</source>
        <translation>{n} sur {max}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rating.py" line="95"/>
        <source>{tip} (key {key})</source>
        <translation>{tip} (touche {key})</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rating.py" line="135"/>
        <source>Not rated</source>
        <translation>Pas de note</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rating.py" line="141"/>
        <source>{state}   ·   keys {keys}</source>
        <translation>{state}   ·   touches {keys}</translation>
    </message>
</context>
<context>
    <name>RecoveredDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="57"/>
        <source>Time recovered after a crash</source>
        <translation>Temps récupéré après un plantage</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="60"/>
        <source>&amp;OK, keep them</source>
        <translation>&amp;OK, les garder</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="61"/>
        <source>&amp;Discard them</source>
        <translation>Les &amp;supprimer</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="84"/>
        <source>coopclient stopped while the timer was running. This time was saved up to the last heartbeat before the stop. Keep it as recorded, or discard it?</source>
        <translation>coopclient s&apos;est arrêté pendant que le chronomètre tournait. Ce temps a été enregistré jusqu&apos;au dernier relevé avant l&apos;arrêt. Le garder tel quel, ou le supprimer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="100"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="100"/>
        <source>Time</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="100"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="100"/>
        <source>Task or category</source>
        <translation>Tâche ou catégorie</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="110"/>
        <source>Recovered time</source>
        <translation>Temps récupéré</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="123"/>
        <source>Task {id}</source>
        <translation>Tâche {id}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="124"/>
        <source>{task} ({category})</source>
        <translation>{task} ({category})</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/recovered.py" line="126"/>
        <source>{what}, idle (pending)</source>
        <translation>{what}, inactif (en attente)</translation>
    </message>
</context>
<context>
    <name>RectangleEditor</name>
    <message>
        <location filename="../../coopclient/ui/annotation/rectangles.py" line="66"/>
        <source>Give the selected box, and the boxes you draw next, the label {value}</source>
        <translation>Donner l&apos;étiquette {value} au cadre sélectionné et aux cadres que vous tracerez ensuite</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rectangles.py" line="72"/>
        <source>Drag on the image to draw a box. Click a box to select it, then drag it or its corners, or use the arrow keys (Shift: finer, Alt: resize). A label key relabels it; Delete removes it.</source>
        <translation>Faites glisser sur l&apos;image pour tracer un cadre. Cliquez sur un cadre pour le sélectionner, puis faites glisser le cadre ou ses coins, ou utilisez les flèches (Shift&#xa0;: plus fin, Alt&#xa0;: redimensionner). La touche d&apos;une étiquette change son étiquette&#xa0;; Delete le supprime.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rectangles.py" line="77"/>
        <source>No boxes drawn yet.</source>
        <translation>Aucun cadre tracé pour le moment.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rectangles.py" line="92"/>
        <source>Boxes</source>
        <translation>Cadres</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rectangles.py" line="184"/>
        <source>Box {n}: {label} at {x} %, {y} %</source>
        <translation>Cadre {n}&#xa0;: {label} à {x}&#xa0;%, {y}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rectangles.py" line="196"/>
        <source>{width} % wide, {height} % high</source>
        <translation>{width}&#xa0;% de large, {height}&#xa0;% de haut</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/annotation/rectangles.py" line="206"/>
        <source>%n rotated box(es) from the platform are kept as they are (they can&apos;t be shown here).</source>
        <translation>
            <numerusform>%n cadre pivoté venant de la plateforme est conservé tel quel (il ne peut pas être affiché ici).</numerusform>
            <numerusform>%n cadres pivotés venant de la plateforme sont conservés tels quels (ils ne peuvent pas être affichés ici).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/annotation/rectangles.py" line="222"/>
        <source>Selected: {box}</source>
        <translation>Sélectionné&#xa0;: {box}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/annotation/rectangles.py" line="225"/>
        <source>%n box(es); none selected</source>
        <translation>
            <numerusform>%n cadre&#xa0;; aucun sélectionné</numerusform>
            <numerusform>%n cadres&#xa0;; aucun sélectionné</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="63"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="163"/>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="163"/>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="167"/>
        <source>From {low} to {high} minutes</source>
        <translation>De {low} à {high} minutes</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="169"/>
        <source>From {low} to {high} seconds</source>
        <translation>De {low} à {high} secondes</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="183"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="183"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="183"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="189"/>
        <source>e.g. 12.50</source>
        <translation>par ex. 12.50</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="190"/>
        <source>Wage floor, amount per hour</source>
        <translation>Salaire plancher, montant par heure</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="193"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="194"/>
        <source>Wage floor, currency code (ISO 4217)</source>
        <translation>Salaire plancher, code de devise (ISO 4217)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="212"/>
        <source>&amp;Wage floor (per hour)</source>
        <translation>Salaire &amp;plancher (par heure)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="251"/>
        <source>Must be from {low} to {high} minutes, not {value}.</source>
        <translation>Doit être entre {low} et {high} minutes, et non {value}.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="255"/>
        <source>Must be from {low} to {high} seconds, not {value}.</source>
        <translation>Doit être entre {low} et {high} secondes, et non {value}.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="262"/>
        <source>“{value}” is not a valid value here.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une valeur valable ici.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="272"/>
        <source>“{code}” is not an ISO 4217 currency code, such as EUR.</source>
        <translation>«&#xa0;{code}&#xa0;» n&apos;est pas un code de devise ISO 4217, comme EUR.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="261"/>
        <source>“{name}” is not a time zone name, such as Europe/Berlin.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;est pas un nom de fuseau horaire, comme Europe/Paris.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="278"/>
        <source>The floor can be changed but not removed.</source>
        <translation>Le plancher peut être modifié, mais pas supprimé.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="280"/>
        <source>Enter the floor&apos;s currency code, such as EUR.</source>
        <translation>Saisissez le code de devise du plancher, par exemple EUR.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="285"/>
        <source>Enter the floor&apos;s amount per hour.</source>
        <translation>Saisissez le montant horaire du plancher.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="291"/>
        <source>“{text}” is not an amount, such as 12.50.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un montant, comme 12.50.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/settings.py" line="293"/>
        <source>The floor must be more than zero.</source>
        <translation>Le plancher doit être supérieur à zéro.</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="73"/>
        <source>Pause the clock after this long without keyboard or mouse</source>
        <translation>Arrêter le chronomètre après ce temps sans clavier ni souris</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="82"/>
        <source>Save the running clock every</source>
        <translation>Enregistrer le chronomètre toutes les</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="91"/>
        <source>Count short pauses between tasks as work, up to</source>
        <translation>Compter comme travail les courtes pauses entre deux tâches, jusqu&apos;à</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="100"/>
        <source>Currency of reports (empty: the wage floor&apos;s)</source>
        <translation>Devise des rapports (vide&#xa0;: celle du salaire plancher)</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="104"/>
        <source>Region, for the floor&apos;s regional factor (empty: none)</source>
        <translation>Région, pour le facteur régional du plancher (vide&#xa0;: aucune)</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="110"/>
        <source>Time zone of your days (empty: this computer&apos;s)</source>
        <translation>Fuseau horaire de vos journées (vide&#xa0;: celui de cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="117"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="124"/>
        <source>Language (from the next start)</source>
        <translation>Langue (à partir du prochain démarrage)</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="131"/>
        <source>Show images of distressing work in grey and blurred (hold F2 to see)</source>
        <translation>Afficher en gris et floutées les images du travail éprouvant (maintenir F2 pour voir)</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="137"/>
        <source>Hide the text of distressing work behind a warning</source>
        <translation>Masquer le texte du travail éprouvant derrière un avertissement</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="143"/>
        <source>Soft daily limit on distressing work (0: none)</source>
        <translation>Limite quotidienne indicative du travail éprouvant (0&#xa0;: aucune)</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="152"/>
        <source>Propose a break after this much distressing work (0: never)</source>
        <translation>Proposer une pause après autant de travail éprouvant (0&#xa0;: jamais)</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="161"/>
        <source>Length of the break proposed</source>
        <translation>Durée de la pause proposée</translation>
    </message>
    <message>
        <location filename="../../coopclient/core/settings.py" line="170"/>
        <source>The first-run welcome was shown</source>
        <translation>L’accueil du premier lancement a été montré</translation>
    </message>
</context>
<context>
    <name>ShareConsentDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="65"/>
        <source>Share with the co-op ledger?</source>
        <translation>Partager avec le registre de la coopérative&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="74"/>
        <source>&amp;Share</source>
        <translation>&amp;Partager</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="75"/>
        <source>&amp;Not now</source>
        <translation>Pas &amp;maintenant</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="100"/>
        <source>No finished day is waiting to be shared yet. If you agree, each day&apos;s figures will be sent to {server} under your pseudonym {pseudonym} once the day is over, in the form shown below.</source>
        <translation>Aucune journée terminée n&apos;attend encore d&apos;être partagée. Si vous acceptez, les chiffres de chaque journée seront envoyés à {server} sous votre pseudonyme {pseudonym} une fois la journée finie, sous la forme ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="104"/>
        <source>If you agree, these %n payload(s) are sent now to {server} under your pseudonym {pseudonym}, each in an entry signed with your key that adds only an entry id, its kind, your public key and, for a correction, the entry it replaces. After that, each day&apos;s figures are sent the same way once the day is over. Select a payload to see exactly the figures that would be sent.</source>
        <translation>
            <numerusform>Si vous acceptez, cet envoi part maintenant vers {server} sous votre pseudonyme {pseudonym}, dans une entrée signée avec votre clé qui n&apos;ajoute qu&apos;un identifiant d&apos;entrée, son type, votre clé publique et, pour une correction, l&apos;entrée qu&apos;elle remplace. Ensuite, les chiffres de chaque journée sont envoyés de la même façon une fois la journée finie. Sélectionnez un envoi pour voir exactement les chiffres qui seraient envoyés.</numerusform>
            <numerusform>Si vous acceptez, ces %n envois partent maintenant vers {server} sous votre pseudonyme {pseudonym}, chacun dans une entrée signée avec votre clé qui n&apos;ajoute qu&apos;un identifiant d&apos;entrée, son type, votre clé publique et, pour une correction, l&apos;entrée qu&apos;elle remplace. Ensuite, les chiffres de chaque journée sont envoyés de la même façon une fois la journée finie. Sélectionnez un envoi pour voir exactement les chiffres qui seraient envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="114"/>
        <source>Payloads that would be sent</source>
        <translation>Envois qui seraient effectués</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="126"/>
        <source>Exact text of the selected payload</source>
        <translation>Texte exact de l&apos;envoi sélectionné</translation>
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
        <translation>day&#xa0;: la date (jamais l&apos;heure)
platform&#xa0;: le type de plateforme, par exemple label-studio (jamais un compte ni une adresse)
task_kind&#xa0;: le type de tâche, par exemple image ou choices
active_s&#xa0;: secondes de travail actif
unpaid_s&#xa0;: secondes de travail non payé par catégorie (recherche, qualification, …)
tasks_done, rejections&#xa0;: nombres de tâches faites et de rejets
earnings&#xa0;: ce que vous avez gagné, par devise</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="144"/>
        <source>Never sent</source>
        <translation>Jamais envoyé</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="149"/>
        <source>your name, e-mail, platform accounts, tokens or worker ids</source>
        <translation>votre nom, votre e-mail, vos comptes de plateforme, vos jetons ou vos identifiants de travailleur</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="150"/>
        <source>task texts, your answers, task or project ids, addresses (URLs)</source>
        <translation>les textes des tâches, vos réponses, les identifiants de tâche ou de projet, les adresses (URL)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="151"/>
        <source>times of day: only the date of a day, once it is over</source>
        <translation>les heures de la journée&#xa0;: seulement la date d&apos;une journée, une fois celle-ci terminée</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="152"/>
        <source>fees and payouts: only what you earned</source>
        <translation>les frais et les versements&#xa0;: seulement ce que vous avez gagné</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="166"/>
        <source>The ledger is append-only and signed: what is sent stays in it, and a changed day is sent as a correction. You can pause sharing at any time (Co-op → Pause sharing); Co-op → What I share lists everything sent.</source>
        <translation>Le registre est signé et on ne peut qu&apos;y ajouter&#xa0;: ce qui est envoyé y reste, et une journée modifiée est envoyée comme correction. Vous pouvez suspendre le partage à tout moment (Coopérative → Suspendre le partage)&#xa0;; Coopérative → Ce que je partage liste tout ce qui a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/share_consent.py" line="179"/>
        <source>&amp;Payloads</source>
        <translation>&amp;Envois</translation>
    </message>
</context>
<context>
    <name>SharedModel</name>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="62"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="62"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="62"/>
        <source>Kind of task</source>
        <translation>Type de tâche</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="62"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="133"/>
        <source>In the ledger, verified (entry {n})</source>
        <translation>Dans le registre, vérifié (entrée {n})</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="135"/>
        <source>In the ledger, verified</source>
        <translation>Dans le registre, vérifié</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="137"/>
        <source>Sent, not yet verified</source>
        <translation>Envoyé, pas encore vérifié</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="138"/>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
</context>
<context>
    <name>SharingView</name>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="159"/>
        <source>What I share with the co-op</source>
        <translation>Ce que je partage avec la coopérative</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="161"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="166"/>
        <source>Nothing shared yet.</source>
        <translation>Rien n&apos;a encore été partagé.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="170"/>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="189"/>
        <source>&amp;Pause sharing</source>
        <translation>&amp;Suspendre le partage</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="172"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="173"/>
        <source>Sync with the co-op ledger now</source>
        <translation>Synchroniser maintenant avec le registre de la coopérative</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="189"/>
        <source>&amp;Resume sharing</source>
        <translation>&amp;Reprendre le partage</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="196"/>
        <source>You have not joined the co-op ledger: nothing is shared (Co-op → Join the co-op ledger…).</source>
        <translation>Vous n&apos;avez pas rejoint le registre de la coopérative&#xa0;: rien n&apos;est partagé (Coopérative → Rejoindre le registre de la coopérative…).</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="198"/>
        <source>Sharing as {pseudonym} with {server}.</source>
        <translation>Partage en tant que {pseudonym} avec {server}.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="201"/>
        <source>{sent} sent, {queued} waiting to be sent.</source>
        <translation>{sent} envoyé(s), {queued} en attente d&apos;envoi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/views/sharing_view.py" line="204"/>
        <source>The ledger was last checked at %Ln entry(ies).</source>
        <translation>
            <numerusform>Dernière vérification du registre&#xa0;: %Ln entrée.</numerusform>
            <numerusform>Dernière vérification du registre&#xa0;: %Ln entrées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="206"/>
        <source>Sharing is paused: nothing is sent until you resume it.</source>
        <translation>Le partage est suspendu&#xa0;: rien n&apos;est envoyé tant que vous ne l&apos;avez pas repris.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="208"/>
        <source>Nothing is sent until you agree to what would be sent (at the first sync).</source>
        <translation>Rien n&apos;est envoyé tant que vous n&apos;avez pas accepté ce qui serait envoyé (à la première synchronisation).</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="210"/>
        <source>Warning: {warning}</source>
        <translation>Avertissement&#xa0;: {warning}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="227"/>
        <source>Payloads shared with the co-op ledger</source>
        <translation>Envois partagés avec le registre de la coopérative</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="246"/>
        <source>Exact text sent for the selected payload</source>
        <translation>Texte exact envoyé pour l&apos;envoi sélectionné</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="247"/>
        <source>Select a payload to see exactly what was sent.</source>
        <translation>Sélectionnez un envoi pour voir exactement ce qui a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="263"/>
        <source>&amp;Shared payloads</source>
        <translation>&amp;Envois partagés</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sharing_view.py" line="298"/>
        <source>Entry {id} — {state}</source>
        <translation>Entrée {id} — {state}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../coopclient/ui/dialogs/shortcuts.py" line="64"/>
        <location filename="../../coopclient/ui/dialogs/shortcuts.py" line="119"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/shortcuts.py" line="104"/>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/shortcuts.py" line="109"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/dialogs/shortcuts.py" line="109"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../coopclient/ui/views/sidebar.py" line="31"/>
        <location filename="../../coopclient/ui/views/sidebar.py" line="55"/>
        <source>Accounts, projects and batches</source>
        <translation>Comptes, projets et lots</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sidebar.py" line="57"/>
        <source>Batch files</source>
        <translation>Fichiers de lot</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sidebar.py" line="62"/>
        <source>{label} · {todo} to do</source>
        <translation>{label} · {todo} à faire</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/sidebar.py" line="65"/>
        <source>{label}: {todo} to do, {done} done, {skipped} skipped</source>
        <translation>{label}&#xa0;: {todo} à faire, {done} faite(s), {skipped} passée(s)</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="22"/>
        <source>Time on this task</source>
        <translation>Temps sur cette tâche</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="23"/>
        <source>Time this session</source>
        <translation>Temps de cette session</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="24"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="25"/>
        <source>Sync state</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="33"/>
        <source>Task {time}</source>
        <translation>Tâche {time}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="34"/>
        <source>Session {time}</source>
        <translation>Session {time}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="44"/>
        <source>Manual timer: {what}</source>
        <translation>Chronomètre manuel&#xa0;: {what}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="48"/>
        <source>Idle — not counted</source>
        <translation>Inactif — non compté</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="50"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/status.py" line="52"/>
        <source>Timer stopped</source>
        <translation>Chronomètre arrêté</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="25"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="26"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="27"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="28"/>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="29"/>
        <source>Earned</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="30"/>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="167"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="167"/>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="167"/>
        <source>Skipped</source>
        <translation>Passée</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="168"/>
        <source> · unsupported</source>
        <translation> · non prise en charge</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="170"/>
        <source>Hidden: may be distressing</source>
        <translation>Masqué&#xa0;: peut être éprouvant</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="177"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="178"/>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="179"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/models/task_table.py" line="180"/>
        <source>Parked</source>
        <translation>Bloqué</translation>
    </message>
</context>
<context>
    <name>TaskTextView</name>
    <message>
        <location filename="../../coopclient/ui/annotation/text_view.py" line="65"/>
        <source>Task text</source>
        <translation>Texte de la tâche</translation>
    </message>
</context>
<context>
    <name>TextAreaEditor</name>
    <message>
        <location filename="../../coopclient/ui/annotation/textarea.py" line="61"/>
        <source>{name} text</source>
        <translation>Texte ({name})</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../coopclient/ui/tray.py" line="30"/>
        <source>coopclient — no timer running</source>
        <translation>coopclient — aucun chronomètre en cours</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/tray.py" line="31"/>
        <source>coopclient — {running}</source>
        <translation>coopclient — {running}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/tray.py" line="84"/>
        <source>&amp;Start manual timer…</source>
        <translation>&amp;Démarrer un chronomètre manuel…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/tray.py" line="85"/>
        <source>S&amp;top manual timer</source>
        <translation>&amp;Arrêter le chronomètre manuel</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/tray.py" line="86"/>
        <source>Show &amp;window</source>
        <translation>Afficher la &amp;fenêtre</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/tray.py" line="87"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>ViewRefresh</name>
    <message>
        <location filename="../../coopclient/ui/refresh.py" line="94"/>
        <source>Offline: results are kept on this computer</source>
        <translation>Hors ligne&#xa0;: les résultats sont conservés sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/refresh.py" line="96"/>
        <source>Sync: {q} queued, {p} parked (see the outbox)</source>
        <translation>Synchro&#xa0;: {q} en file d&apos;attente, {p} bloqué(s) (voir la boîte d&apos;envoi)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/refresh.py" line="98"/>
        <source>Sync: {q} queued</source>
        <translation>Synchro&#xa0;: {q} en file d&apos;attente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopclient/ui/refresh.py" line="100"/>
        <source>Sync: all %n result(s) sent</source>
        <translation>
            <numerusform>Synchro&#xa0;: %n résultat envoyé</numerusform>
            <numerusform>Synchro&#xa0;: les %n résultats ont tous été envoyés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="48"/>
        <source>All-in per hour</source>
        <translation>Tout compris, par heure</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="54"/>
        <source>Wage floor</source>
        <translation>Salaire plancher</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="65"/>
        <source>All-in wage per day this week, chart</source>
        <translation>Salaire horaire tout compris par jour cette semaine, graphique</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="89"/>
        <source>{day}: no time recorded yet</source>
        <translation>{day}&#xa0;: aucun temps enregistré pour le moment</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="131"/>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="132"/>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="133"/>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="134"/>
        <source>Thu</source>
        <translation>Jeu</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="135"/>
        <source>Fri</source>
        <translation>Ven</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="136"/>
        <source>Sat</source>
        <translation>Sam</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="137"/>
        <source>Sun</source>
        <translation>Dim</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="210"/>
        <source>per hour</source>
        <translation>par heure</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="211"/>
        <source>{currency}/h</source>
        <translation>{currency}/h</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="215"/>
        <source>{day} {date}: all-in {wage}/h</source>
        <translation>{day} {date}&#xa0;: tout compris {wage}/h</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="222"/>
        <source>wage floor {floor}/h</source>
        <translation>salaire plancher {floor}/h</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/views/week_chart.py" line="224"/>
        <source>no wage floor set</source>
        <translation>aucun salaire plancher défini</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="96"/>
        <source>&amp;Import a batch file…</source>
        <translation>&amp;Importer un fichier de lot…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="97"/>
        <source>Import the &amp;demo batch</source>
        <translation>Importer le lot de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="98"/>
        <source>&amp;Export results…</source>
        <translation>&amp;Exporter les résultats…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="101"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="104"/>
        <source>Write an encrypted backup of your work, media, tokens and ledger key</source>
        <translation>Écrire une sauvegarde chiffrée de votre travail, de vos médias, de vos jetons et de votre clé du registre</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="106"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="107"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
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
        <translation>&amp;Tâche</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="110"/>
        <source>&amp;Submit</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="113"/>
        <source>Validate and save this task, then go to the next</source>
        <translation>Vérifier et enregistrer cette tâche, puis passer à la suivante</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="117"/>
        <source>S&amp;kip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="120"/>
        <source>Skip this task (not paid)</source>
        <translation>Passer cette tâche (non payée)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="122"/>
        <source>&amp;Previous task</source>
        <translation>Tâche p&amp;récédente</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="123"/>
        <source>&amp;Next task</source>
        <translation>Tâche &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="124"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="127"/>
        <source>&amp;Evidence pack for this task…</source>
        <translation>&amp;Dossier de preuves pour cette tâche…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="130"/>
        <source>A zip of this task&apos;s records as received, sent and answered, hashed; nothing is sent</source>
        <translation>Un zip des données de cette tâche telles que reçues, envoyées et répondues, avec leurs empreintes&#xa0;; rien n&apos;est envoyé</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="134"/>
        <source>Mark this batch as &amp;distressing (or unmark it)</source>
        <translation>Signaler ce &amp;lot comme éprouvant (ou retirer le signalement)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="137"/>
        <source>Its images grey and blurred (hold F2 to see one), its time counted as exposure</source>
        <translation>Ses images en gris et floutées (maintenir F2 pour en voir une), son temps compté comme exposition</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="140"/>
        <location filename="../../coopclient/ui/actions.py" line="147"/>
        <source>T&amp;imer</source>
        <translation>C&amp;hronomètre</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="141"/>
        <source>&amp;Start a manual timer…</source>
        <translation>&amp;Démarrer un chronomètre manuel…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="144"/>
        <source>Time work outside the app (a web platform, searching, payment admin)</source>
        <translation>Chronométrer du travail fait hors de l&apos;application (une plateforme web, de la recherche, la gestion des paiements)</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="148"/>
        <source>S&amp;top the manual timer</source>
        <translation>&amp;Arrêter le chronomètre manuel</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="152"/>
        <source>&amp;Accounts</source>
        <translation>&amp;Comptes</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="152"/>
        <source>&amp;Add a platform account…</source>
        <translation>&amp;Ajouter un compte de plateforme…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="154"/>
        <location filename="../../coopclient/ui/actions.py" line="161"/>
        <location filename="../../coopclient/ui/actions.py" line="167"/>
        <source>&amp;Platforms</source>
        <translation>&amp;Plateformes</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="155"/>
        <source>&amp;Pull tasks…</source>
        <translation>&amp;Récupérer des tâches…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="158"/>
        <source>Lock tasks of a platform project to you and bring them here for offline work</source>
        <translation>Réserver à votre nom des tâches d&apos;un projet de plateforme et les rapatrier ici pour travailler hors ligne</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="162"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="165"/>
        <source>Send your results to their platforms now</source>
        <translation>Envoyer dès maintenant vos résultats à leurs plateformes</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="167"/>
        <source>&amp;Outbox…</source>
        <translation>&amp;Boîte d&apos;envoi…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="168"/>
        <source>&amp;Settings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="168"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="169"/>
        <location filename="../../coopclient/ui/actions.py" line="170"/>
        <location filename="../../coopclient/ui/actions.py" line="171"/>
        <location filename="../../coopclient/ui/actions.py" line="172"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="169"/>
        <source>Show the &amp;earnings panel</source>
        <translation>Afficher le panneau des &amp;gains</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="170"/>
        <source>Go to the &amp;task list</source>
        <translation>Aller à la liste des &amp;tâches</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="171"/>
        <source>Go to the &amp;batches</source>
        <translation>Aller aux &amp;lots</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="172"/>
        <source>Go to the &amp;annotation</source>
        <translation>Aller à l&apos;&amp;annotation</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="173"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/actions.py" line="173"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>WorkController</name>
    <message numerus="yes">
        <location filename="../../coopclient/ui/work.py" line="202"/>
        <source>Not saved: %n problem(s) shown beside the fields</source>
        <translation>
            <numerusform>Non enregistré&#xa0;: %n problème indiqué à côté des champs</numerusform>
            <numerusform>Non enregistré&#xa0;: %n problèmes indiqués à côté des champs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/work.py" line="219"/>
        <source>Save with no answer?</source>
        <translation>Enregistrer sans réponse&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/work.py" line="220"/>
        <source>Task {n} has no answer yet. Save it as done with no answer?</source>
        <translation>La tâche {n} n&apos;a pas encore de réponse. L&apos;enregistrer comme faite, sans réponse&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/work.py" line="224"/>
        <source>&amp;Save with no answer</source>
        <translation>&amp;Enregistrer sans réponse</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/work.py" line="225"/>
        <source>&amp;Go back to the task</source>
        <translation>&amp;Revenir à la tâche</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/work.py" line="267"/>
        <source>Task {n} was not saved: {why}</source>
        <translation>La tâche {n} n&apos;a pas été enregistrée&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/work.py" line="298"/>
        <source>marked by you</source>
        <translation>signalé par vous</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/work.py" line="299"/>
        <source>This batch is no longer marked</source>
        <translation>Ce lot n&apos;est plus signalé</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/work.py" line="299"/>
        <source>This batch is marked as distressing</source>
        <translation>Ce lot est signalé comme éprouvant</translation>
    </message>
    <message>
        <location filename="../../coopclient/ui/work.py" line="315"/>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
</context>
</TS>
