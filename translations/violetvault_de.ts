<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
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
        <source>Sync Settings…</source>
        <translation>Synchronisierung einrichten …</translation>
    </message>
    <message>
        <source>About VioletVault</source>
        <translation>Über VioletVault</translation>
    </message>
    <message>
        <source>&lt;h3&gt;VioletVault %1&lt;/h3&gt;&lt;p&gt;Envelope budgeting that keeps your data private: stored encrypted on your devices, synced end-to-end encrypted.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VioletVault %1&lt;/h3&gt;&lt;p&gt;Haushaltsplanung mit Umschlägen, bei der Ihre Daten privat bleiben: verschlüsselt auf Ihren Geräten gespeichert und Ende-zu-Ende-verschlüsselt abgeglichen.&lt;/p&gt;</translation>
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
</context>
</TS>
