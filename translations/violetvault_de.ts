<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>vv::ui::AppSyncController</name>
    <message>
        <source>Could not reach the sync server. Your changes are kept and sent later.</source>
        <translation>Der Synchronisierungsserver ist nicht erreichbar. Ihre Änderungen bleiben erhalten und werden später gesendet.</translation>
    </message>
    <message>
        <source>The sync server asked to wait; syncing again shortly.</source>
        <translation>Der Synchronisierungsserver bittet um eine Pause; gleich wird erneut synchronisiert.</translation>
    </message>
    <message>
        <source>The sync server refused this budget&apos;s key. Join the budget again.</source>
        <translation>Der Synchronisierungsserver hat den Schlüssel dieses Budgets abgelehnt. Treten Sie dem Budget erneut bei.</translation>
    </message>
    <message>
        <source>The sync server did not accept some changes; trying again.</source>
        <translation>Der Synchronisierungsserver hat einige Änderungen nicht angenommen; neuer Versuch folgt.</translation>
    </message>
    <message>
        <source>Synced changes could not be saved on this computer.</source>
        <translation>Synchronisierte Änderungen konnten auf diesem Computer nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The sync settings are not valid. Check the server address.</source>
        <translation>Die Synchronisierungseinstellungen sind ungültig. Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>The server address, budget name or currency is not valid.</source>
        <translation>Serveradresse, Budgetname oder Währung sind ungültig.</translation>
    </message>
    <message>
        <source>This computer already has a synced budget.</source>
        <translation>Dieser Computer hat bereits ein synchronisiertes Budget.</translation>
    </message>
    <message>
        <source>This share code is not valid.</source>
        <translation>Dieser Freigabecode ist ungültig.</translation>
    </message>
    <message>
        <source>The key of your synced budget is not in this keychain. Join the budget again with a share code from another device.</source>
        <translation>Der Schlüssel Ihres synchronisierten Budgets ist nicht in diesem Schlüsselbund. Treten Sie dem Budget mit einem Freigabecode von einem anderen Gerät erneut bei.</translation>
    </message>
    <message>
        <source>The synced budget&apos;s settings on this computer are damaged.</source>
        <translation>Die Einstellungen des synchronisierten Budgets auf diesem Computer sind beschädigt.</translation>
    </message>
    <message>
        <source>The budget could not be saved on this computer.</source>
        <translation>Das Budget konnte auf diesem Computer nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The encryption keys could not be made.</source>
        <translation>Die Verschlüsselungsschlüssel konnten nicht erzeugt werden.</translation>
    </message>
    <message>
        <source>Sync could not be set up.</source>
        <translation>Die Synchronisierung konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>The synced budget could not be opened.</source>
        <translation>Das synchronisierte Budget konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Synced Budget</source>
        <translation>Synchronisiertes Budget</translation>
    </message>
</context>
<context>
    <name>vv::ui::KeychainMessage</name>
    <message>
        <source>No Keychain Available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>Keychain Problem</source>
        <translation>Problem mit dem Schlüsselbund</translation>
    </message>
    <message>
        <source>VioletVault keeps the key of a synced budget in your system&apos;s keychain, and no keychain could be reached. Sync was not set up.</source>
        <translation>VioletVault bewahrt den Schlüssel eines synchronisierten Budgets im Schlüsselbund Ihres Systems auf, und es war kein Schlüsselbund erreichbar. Die Synchronisierung wurde nicht eingerichtet.</translation>
    </message>
    <message>
        <source>The keychain is locked or access to it was refused, so the budget key could not be stored or read. Sync was not set up.</source>
        <translation>Der Schlüsselbund ist gesperrt oder der Zugriff wurde verweigert, daher konnte der Budgetschlüssel nicht gespeichert oder gelesen werden. Die Synchronisierung wurde nicht eingerichtet.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. Sync was not set up.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet. Die Synchronisierung wurde nicht eingerichtet.</translation>
    </message>
    <message>
        <source>The keychain could not store or read the budget key. Sync was not set up.</source>
        <translation>Der Schlüsselbund konnte den Budgetschlüssel nicht speichern oder lesen. Die Synchronisierung wurde nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Start or install a keychain (GNOME Keyring or KWallet on Linux; the Keychain on macOS; the Credential Manager on Windows), then try again. VioletVault never writes the key to a file instead.</source>
        <translation>Starten oder installieren Sie einen Schlüsselbund (GNOME Keyring oder KWallet unter Linux, den Schlüsselbund unter macOS, die Anmeldeinformationsverwaltung unter Windows) und versuchen Sie es erneut. VioletVault schreibt den Schlüssel niemals ersatzweise in eine Datei.</translation>
    </message>
    <message>
        <source>Unlock your keychain and try again. VioletVault never writes the key to a file instead.</source>
        <translation>Entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut. VioletVault schreibt den Schlüssel niemals ersatzweise in eine Datei.</translation>
    </message>
</context>
<context>
    <name>vv::ui::MainWindow</name>
    <message>
        <source>VioletVault</source>
        <translation>VioletVault</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;About VioletVault</source>
        <translation>Über &amp;VioletVault</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Your budget lives here</source>
        <translation>Hier wohnt Ihr Budget</translation>
    </message>
    <message>
        <source>Envelopes and transactions will appear here. Everything you enter is kept on this computer; syncing with your other devices is optional and end-to-end encrypted.</source>
        <translation>Hier erscheinen bald Ihre Umschläge und Buchungen. Alles, was Sie eingeben, bleibt auf diesem Computer; der Abgleich mit Ihren anderen Geräten ist freiwillig und Ende-zu-Ende-verschlüsselt.</translation>
    </message>
    <message>
        <source>About VioletVault</source>
        <translation>Über VioletVault</translation>
    </message>
    <message>
        <source>&lt;h3&gt;VioletVault %1&lt;/h3&gt;&lt;p&gt;Envelope budgeting that keeps your data private: stored encrypted on your devices, synced end-to-end encrypted.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VioletVault %1&lt;/h3&gt;&lt;p&gt;Haushaltsplanung mit Umschlägen, bei der Ihre Daten privat bleiben: verschlüsselt auf Ihren Geräten gespeichert und Ende-zu-Ende-verschlüsselt abgeglichen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisierung</translation>
    </message>
    <message>
        <source>Set &amp;Up Sync…</source>
        <translation>Synchronisierung &amp;einrichten …</translation>
    </message>
    <message>
        <source>S&amp;hare Budget…</source>
        <translation>Budget &amp;freigeben …</translation>
    </message>
    <message>
        <source>Share Budget…</source>
        <translation>Budget freigeben …</translation>
    </message>
    <message>
        <source>Set Up Sync…</source>
        <translation>Synchronisierung einrichten …</translation>
    </message>
</context>
<context>
    <name>vv::ui::PreferencesDialog</name>
    <message>
        <source>Enter the address of the sync server, for example wss://sync.example.org.</source>
        <translation>Geben Sie die Adresse des Synchronisierungsservers ein, zum Beispiel wss://sync.example.org.</translation>
    </message>
    <message>
        <source>This is not a valid address.</source>
        <translation>Das ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>The address must start with wss:// (encrypted) or ws://.</source>
        <translation>Die Adresse muss mit wss:// (verschlüsselt) oder ws:// beginnen.</translation>
    </message>
    <message>
        <source>The address needs a server name, for example wss://sync.example.org.</source>
        <translation>Die Adresse braucht einen Servernamen, zum Beispiel wss://sync.example.org.</translation>
    </message>
    <message>
        <source>Do not put a user name or password in the address; it would be stored unprotected.</source>
        <translation>Bitte keinen Benutzernamen und kein Passwort in die Adresse schreiben; sie würden ungeschützt gespeichert.</translation>
    </message>
    <message>
        <source>Warning: ws:// is not encrypted. Anyone on the network path can see when your devices sync. Use wss:// for servers other than this computer.</source>
        <translation>Achtung: ws:// ist nicht verschlüsselt. Jeder auf dem Netzwerkweg kann sehen, wann Ihre Geräte synchronisieren. Verwenden Sie wss:// für Server außerhalb dieses Computers.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Real-time sync</source>
        <translation>Echtzeit-Synchronisierung</translation>
    </message>
    <message>
        <source>Real-time signaling only tells your other devices that something changed. Your budget data never travels over it.</source>
        <translation>Die Echtzeit-Signalisierung teilt Ihren anderen Geräten nur mit, dass sich etwas geändert hat. Ihre Budgetdaten werden darüber nie übertragen.</translation>
    </message>
    <message>
        <source>&amp;Use real-time signaling</source>
        <translation>Echtzeit-Signalisierung &amp;verwenden</translation>
    </message>
    <message>
        <source>Connect to the sync server to hear about changes at once</source>
        <translation>Mit dem Synchronisierungsserver verbinden, um Änderungen sofort zu erfahren</translation>
    </message>
    <message>
        <source>Set by the environment variable %1.</source>
        <translation>Durch die Umgebungsvariable %1 festgelegt.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>wss://sync.example.org</source>
        <translation>wss://sync.example.org</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>&amp;Heartbeat every:</source>
        <translation>&amp;Heartbeat alle:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Heartbeat interval in seconds</source>
        <translation>Heartbeat-Intervall in Sekunden</translation>
    </message>
    <message>
        <source>&amp;First retry after:</source>
        <translation>&amp;Erster Neuversuch nach:</translation>
    </message>
    <message>
        <source>Reconnect interval in seconds</source>
        <translation>Wiederverbindungsintervall in Sekunden</translation>
    </message>
    <message>
        <source>Later retries wait longer, up to a minute.</source>
        <translation>Spätere Versuche warten länger, bis zu einer Minute.</translation>
    </message>
    <message>
        <source>&amp;Give up after:</source>
        <translation>Auf&amp;geben nach:</translation>
    </message>
    <message>
        <source> attempts</source>
        <translation> Versuchen</translation>
    </message>
    <message>
        <source>Never (keep trying)</source>
        <translation>Nie (weiter versuchen)</translation>
    </message>
    <message>
        <source>Maximum reconnect attempts, 0 for no limit</source>
        <translation>Höchstzahl der Verbindungsversuche, 0 für unbegrenzt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>The language changes at once.</source>
        <translation>Die Sprache wechselt sofort.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
</context>
<context>
    <name>vv::ui::QrCodeWidget</name>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>A QR code of the share code shown as text next to it. Scan it with VioletVault on your other device.</source>
        <translation>Ein QR-Code des daneben als Text angezeigten Freigabecodes. Scannen Sie ihn mit VioletVault auf Ihrem anderen Gerät.</translation>
    </message>
</context>
<context>
    <name>vv::ui::ShareBudgetDialog</name>
    <message>
        <source>Copied. The clipboard is cleared in %1 seconds unless you copy something else.</source>
        <translation>Kopiert. Die Zwischenablage wird in %1 Sekunden geleert, sofern Sie nichts anderes kopieren.</translation>
    </message>
    <message>
        <source>Share Budget</source>
        <translation>Budget freigeben</translation>
    </message>
    <message>
        <source>Share this budget</source>
        <translation>Dieses Budget freigeben</translation>
    </message>
    <message>
        <source>Share “%1”</source>
        <translation>„%1“ freigeben</translation>
    </message>
    <message>
        <source>Anyone who has this code can read and change this budget. Share it only with your own devices or people you trust, and never by email or chat you do not control.</source>
        <translation>Jeder, der diesen Code hat, kann dieses Budget lesen und ändern. Geben Sie ihn nur an Ihre eigenen Geräte oder an Menschen weiter, denen Sie vertrauen, und niemals per E-Mail oder Chat, den Sie nicht kontrollieren.</translation>
    </message>
    <message>
        <source>On your other device choose Sync → Set Up Sync… → Join a budget with a share code, then scan the QR code or type the code.</source>
        <translation>Wählen Sie auf Ihrem anderen Gerät Synchronisierung → Synchronisierung einrichten … → Einem Budget mit einem Freigabecode beitreten, und scannen Sie dann den QR-Code oder tippen Sie den Code ein.</translation>
    </message>
    <message>
        <source>Share code</source>
        <translation>Freigabecode</translation>
    </message>
    <message>
        <source>&amp;Copy Code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>vv::ui::ShareCodeValidation</name>
    <message>
        <source>The code is valid.</source>
        <translation>Der Code ist gültig.</translation>
    </message>
    <message>
        <source>This is not a VioletVault share code, or it comes from a newer version of VioletVault. A share code starts with VV1.</source>
        <translation>Das ist kein VioletVault-Freigabecode, oder er stammt von einer neueren VioletVault-Version. Ein Freigabecode beginnt mit VV1.</translation>
    </message>
    <message>
        <source>The code contains a character that never appears in a share code. Use letters and digits only; dashes and spaces are optional.</source>
        <translation>Der Code enthält ein Zeichen, das in Freigabecodes nie vorkommt. Verwenden Sie nur Buchstaben und Ziffern; Bindestriche und Leerzeichen sind freiwillig.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
    <message>
        <source>The code is too long: a share code has %1 characters after VV1.</source>
        <translation>Der Code ist zu lang: Ein Freigabecode hat %1 Zeichen nach VV1.</translation>
    </message>
    <message>
        <source>The code has a typo: a character is wrong or two are swapped. Compare it with the code on your other device.</source>
        <translation>Der Code enthält einen Tippfehler: Ein Zeichen ist falsch oder zwei sind vertauscht. Vergleichen Sie ihn mit dem Code auf Ihrem anderen Gerät.</translation>
    </message>
    <message>
        <source>This share code is not valid.</source>
        <translation>Dieser Freigabecode ist ungültig.</translation>
    </message>
</context>
<context>
    <name>vv::ui::SyncSetupDialog</name>
    <message>
        <source>Creating the synced budget…</source>
        <translation>Synchronisiertes Budget wird angelegt …</translation>
    </message>
    <message>
        <source>Joining the budget…</source>
        <translation>Budget wird beigetreten …</translation>
    </message>
    <message>
        <source>Enter the sync server&apos;s address, for example wss://sync.example.org.</source>
        <translation>Geben Sie die Adresse des Synchronisierungsservers ein, zum Beispiel wss://sync.example.org.</translation>
    </message>
    <message>
        <source>Set Up Sync</source>
        <translation>Synchronisierung einrichten</translation>
    </message>
    <message>
        <source>Sync keeps this budget up to date on all your devices.</source>
        <translation>Die Synchronisierung hält dieses Budget auf all Ihren Geräten aktuell.</translation>
    </message>
    <message>
        <source>&amp;Create a new synced budget</source>
        <translation>Neues synchronisiertes Budget &amp;anlegen</translation>
    </message>
    <message>
        <source>&amp;Join a budget with a share code</source>
        <translation>Einem Budget mit einem Freigabecode &amp;beitreten</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>wss://sync.example.org</source>
        <translation>wss://sync.example.org</translation>
    </message>
    <message>
        <source>Budget &amp;name:</source>
        <translation>Budget&amp;name:</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Haushalt</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Share co&amp;de:</source>
        <translation>Frei&amp;gabecode:</translation>
    </message>
    <message>
        <source>VV1-…</source>
        <translation>VV1-…</translation>
    </message>
    <message>
        <source>Share code</source>
        <translation>Freigabecode</translation>
    </message>
    <message>
        <source>S&amp;how code</source>
        <translation>Code an&amp;zeigen</translation>
    </message>
    <message>
        <source>Your budget is encrypted on this computer before it leaves it. The server never sees its contents, its name or its key. The key is kept in your system&apos;s keychain.</source>
        <translation>Ihr Budget wird auf diesem Computer verschlüsselt, bevor es ihn verlässt. Der Server sieht nie seinen Inhalt, seinen Namen oder seinen Schlüssel. Der Schlüssel wird im Schlüsselbund Ihres Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>An&amp;legen</translation>
    </message>
    <message>
        <source>J&amp;oin</source>
        <translation>Bei&amp;treten</translation>
    </message>
</context>
<context>
    <name>vv::ui::SyncStatusWidget</name>
    <message>
        <source>Could not send the sync request.</source>
        <translation>Die Synchronisierungsanfrage konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <source>Heartbeat %1</source>
        <translation>Heartbeat %1</translation>
    </message>
    <message>
        <source>No heartbeat yet</source>
        <translation>Noch kein Heartbeat</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Zuletzt synchronisiert %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>Nur lokal</translation>
    </message>
    <message>
        <source>Real-time sync off</source>
        <translation>Echtzeit-Synchronisierung aus</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s (attempt %2 of %3)</source>
        <translation>Neuer Versuch in %1 s (Versuch %2 von %3)</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s (attempt %2)</source>
        <translation>Neuer Versuch in %1 s (Versuch %2)</translation>
    </message>
    <message>
        <source>Offline, gave up</source>
        <translation>Offline, aufgegeben</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Token refused</source>
        <translation>Token abgelehnt</translation>
    </message>
    <message>
        <source>Could not reach the sync server.</source>
        <translation>Der Synchronisierungsserver ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The connection to the sync server was lost.</source>
        <translation>Die Verbindung zum Synchronisierungsserver ist abgebrochen.</translation>
    </message>
    <message>
        <source>The sync server stopped answering.</source>
        <translation>Der Synchronisierungsserver antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>The server refused this device&apos;s access. Join the budget again to renew it.</source>
        <translation>Der Server hat den Zugang dieses Geräts abgelehnt. Treten Sie dem Budget erneut bei, um ihn zu erneuern.</translation>
    </message>
    <message>
        <source>The server asked this device to slow down.</source>
        <translation>Der Server hat dieses Gerät gebeten, langsamer zu senden.</translation>
    </message>
    <message>
        <source>The sync server is restarting.</source>
        <translation>Der Synchronisierungsserver startet neu.</translation>
    </message>
    <message>
        <source>Gave up after %1 attempts. Press Reconnect to try again.</source>
        <translation>Nach %1 Versuchen aufgegeben. Klicken Sie auf „Neu verbinden“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>The sync settings are not valid. Check the server address in Preferences.</source>
        <translation>Die Synchronisierungseinstellungen sind ungültig. Prüfen Sie die Serveradresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>The sync server closed the connection (protocol error).</source>
        <translation>Der Synchronisierungsserver hat die Verbindung beendet (Protokollfehler).</translation>
    </message>
    <message>
        <source>Real-time sync: %1</source>
        <translation>Echtzeit-Synchronisierung: %1</translation>
    </message>
    <message>
        <source>This budget is stored on this computer only.</source>
        <translation>Dieses Budget ist nur auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Raum: %1</translation>
    </message>
    <message>
        <source>Attempts: %1 of %2</source>
        <translation>Versuche: %1 von %2</translation>
    </message>
    <message>
        <source>Attempts: %1 (no limit)</source>
        <translation>Versuche: %1 (unbegrenzt)</translation>
    </message>
    <message>
        <source>Last heartbeat: %1</source>
        <translation>Letzter Heartbeat: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <source>Connect to the sync server again now</source>
        <translation>Jetzt erneut mit dem Synchronisierungsserver verbinden</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Connect to the sync server again now and reset the attempt count</source>
        <translation>Jetzt erneut mit dem Synchronisierungsserver verbinden und die Versuche zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Ask all devices of this budget to sync now</source>
        <translation>Alle Geräte dieses Budgets bitten, jetzt zu synchronisieren</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Sync state icon</source>
        <translation>Symbol des Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 Änderung wartet</translation>
    </message>
    <message>
        <source>%1 changes waiting</source>
        <translation>%1 Änderungen warten</translation>
    </message>
    <message>
        <source>Waiting to upload: %1</source>
        <translation>Wartet auf das Hochladen: %1</translation>
    </message>
</context>
</TS>
