<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>vv::ui::MainWindow</name>
    <message>
        <source>VioletVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About VioletVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your budget lives here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelopes and transactions will appear here. Everything you enter is kept on this computer; syncing with your other devices is optional and end-to-end encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About VioletVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;VioletVault %1&lt;/h3&gt;&lt;p&gt;Envelope budgeting that keeps your data private: stored encrypted on your devices, synced end-to-end encrypted.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vv::ui::PreferencesDialog</name>
    <message>
        <source>Enter the address of the sync server, for example wss://sync.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with wss:// (encrypted) or ws://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address needs a server name, for example wss://sync.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put a user name or password in the address; it would be stored unprotected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: ws:// is not encrypted. Anyone on the network path can see when your devices sync. Use wss:// for servers other than this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-time sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-time signaling only tells your other devices that something changed. Your budget data never travels over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use real-time signaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the sync server to hear about changes at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the environment variable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wss://sync.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heartbeat every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat interval in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First retry after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect interval in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later retries wait longer, up to a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give up after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never (keep trying)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum reconnect attempts, 0 for no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vv::ui::SyncStatusWidget</name>
    <message>
        <source>Could not send the sync request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No heartbeat yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-time sync off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting in %1 s (attempt %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting in %1 s (attempt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline, gave up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the sync server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the sync server was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server stopped answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this device&apos;s access. Join the budget again to renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked this device to slow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server is restarting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave up after %1 attempts. Press Reconnect to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync settings are not valid. Check the server address in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server closed the connection (protocol error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-time sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This budget is stored on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts: %1 (no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last heartbeat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the sync server again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the sync server again now and reset the attempt count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask all devices of this budget to sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync state icon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
