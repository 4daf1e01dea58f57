<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>vv::budget::Budget</name>
    <message>
        <source>The change could not be saved.</source>
        <translation>Die Änderung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>A split needs at least two lines.</source>
        <translation>Eine Aufteilung braucht mindestens zwei Zeilen.</translation>
    </message>
    <message>
        <source>A split line has no amount.</source>
        <translation>Eine Zeile der Aufteilung hat keinen Betrag.</translation>
    </message>
    <message>
        <source>The split lines add up to %1 but the transaction is %2.</source>
        <translation>Die Zeilen der Aufteilung ergeben %1, die Buchung beträgt aber %2.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO 4217 code.</source>
        <translation>Die Währung muss ein dreistelliger Code nach ISO 4217 sein.</translation>
    </message>
    <message>
        <source>Edit budget settings</source>
        <translation>Budgeteinstellungen bearbeiten</translation>
    </message>
    <message>
        <source>An envelope needs a name.</source>
        <translation>Ein Umschlag braucht einen Namen.</translation>
    </message>
    <message>
        <source>Create envelope %1</source>
        <translation>Umschlag %1 anlegen</translation>
    </message>
    <message>
        <source>No such envelope.</source>
        <translation>Diesen Umschlag gibt es nicht.</translation>
    </message>
    <message>
        <source>Edit envelope %1</source>
        <translation>Umschlag %1 bearbeiten</translation>
    </message>
    <message>
        <source>Rename envelope</source>
        <translation>Umschlag umbenennen</translation>
    </message>
    <message>
        <source>Change envelope colour</source>
        <translation>Farbe des Umschlags ändern</translation>
    </message>
    <message>
        <source>Move envelope to group</source>
        <translation>Umschlag in Gruppe verschieben</translation>
    </message>
    <message>
        <source>Archive envelope</source>
        <translation>Umschlag archivieren</translation>
    </message>
    <message>
        <source>Unarchive envelope</source>
        <translation>Archivierung des Umschlags aufheben</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>Ein Ziel kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Set monthly target</source>
        <translation>Monatsziel festlegen</translation>
    </message>
    <message>
        <source>Reorder envelopes</source>
        <translation>Umschläge neu anordnen</translation>
    </message>
    <message>
        <source>A goal needs a positive amount and a date.</source>
        <translation>Ein Sparziel braucht einen positiven Betrag und ein Datum.</translation>
    </message>
    <message>
        <source>Set savings goal</source>
        <translation>Sparziel festlegen</translation>
    </message>
    <message>
        <source>Allocate to envelope</source>
        <translation>Geld einem Umschlag zuweisen</translation>
    </message>
    <message>
        <source>Nothing to move.</source>
        <translation>Nichts zu verschieben.</translation>
    </message>
    <message>
        <source>Choose two different envelopes.</source>
        <translation>Wählen Sie zwei verschiedene Umschläge.</translation>
    </message>
    <message>
        <source>Choose a month.</source>
        <translation>Wählen Sie einen Monat.</translation>
    </message>
    <message>
        <source>Move money</source>
        <translation>Geld verschieben</translation>
    </message>
    <message>
        <source>Fill envelopes to targets</source>
        <translation>Umschläge bis zu den Zielen auffüllen</translation>
    </message>
    <message>
        <source>A transaction needs a date.</source>
        <translation>Eine Buchung braucht ein Datum.</translation>
    </message>
    <message>
        <source>Add income</source>
        <translation>Einnahme hinzufügen</translation>
    </message>
    <message>
        <source>Add expense</source>
        <translation>Ausgabe hinzufügen</translation>
    </message>
    <message>
        <source>No such transaction.</source>
        <translation>Diese Buchung gibt es nicht.</translation>
    </message>
    <message>
        <source>Edit transaction</source>
        <translation>Buchung bearbeiten</translation>
    </message>
    <message>
        <source>Delete transaction</source>
        <translation>Buchung löschen</translation>
    </message>
    <message>
        <source>Mark cleared</source>
        <translation>Als abgeglichen markieren</translation>
    </message>
    <message>
        <source>Mark uncleared</source>
        <translation>Als nicht abgeglichen markieren</translation>
    </message>
    <message>
        <source>Remove split</source>
        <translation>Aufteilung entfernen</translation>
    </message>
    <message>
        <source>Split transaction</source>
        <translation>Buchung aufteilen</translation>
    </message>
    <message>
        <source>A bill needs a name.</source>
        <translation>Eine Rechnung braucht einen Namen.</translation>
    </message>
    <message>
        <source>A bill needs a positive amount.</source>
        <translation>Eine Rechnung braucht einen positiven Betrag.</translation>
    </message>
    <message>
        <source>A bill needs a first due date.</source>
        <translation>Eine Rechnung braucht ein erstes Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>Create bill %1</source>
        <translation>Rechnung %1 anlegen</translation>
    </message>
    <message>
        <source>No such bill.</source>
        <translation>Diese Rechnung gibt es nicht.</translation>
    </message>
    <message>
        <source>Edit bill %1</source>
        <translation>Rechnung %1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete bill</source>
        <translation>Rechnung löschen</translation>
    </message>
    <message>
        <source>The bill has no valid due date.</source>
        <translation>Die Rechnung hat kein gültiges Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>Pay bill %1</source>
        <translation>Rechnung %1 bezahlen</translation>
    </message>
    <message numerus="yes">
        <source>Import %n transaction(s)</source>
        <translation>
            <numerusform>%n Buchung importieren</numerusform>
            <numerusform>%n Buchungen importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty budget.</source>
        <translation>Eine Sicherung kann nur in ein leeres Budget wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>This budget already held the data of this backup once (a restore that was undone): create a new budget to restore it again.</source>
        <translation>Dieses Budget enthielt die Daten dieser Sicherung schon einmal (eine rückgängig gemachte Wiederherstellung): Legen Sie ein neues Budget an, um sie erneut wiederherzustellen.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>vv::budget::Exporter</name>
    <message>
        <source>The backup is not valid JSON.</source>
        <translation>Die Sicherung ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>This is not a VioletVault backup.</source>
        <translation>Das ist keine VioletVault-Sicherung.</translation>
    </message>
    <message>
        <source>The backup has no valid version.</source>
        <translation>Die Sicherung hat keine gültige Version.</translation>
    </message>
    <message>
        <source>The backup was written by a newer VioletVault.</source>
        <translation>Die Sicherung wurde von einer neueren VioletVault-Version geschrieben.</translation>
    </message>
    <message>
        <source>The backup contains unknown data (%1).</source>
        <translation>Die Sicherung enthält unbekannte Daten (%1).</translation>
    </message>
    <message>
        <source>The backup is damaged.</source>
        <translation>Die Sicherung ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>vv::ui::AllocateDialog</name>
    <message>
        <source>Allocate</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>&amp;Allocate</source>
        <translation>&amp;Zuweisen</translation>
    </message>
    <message>
        <source>&amp;Envelope:</source>
        <translation>&amp;Umschlag:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>M&amp;onth:</source>
        <translation>&amp;Monat:</translation>
    </message>
    <message>
        <source>Create an envelope first.</source>
        <translation>Legen Sie zuerst einen Umschlag an.</translation>
    </message>
    <message>
        <source>Enter the amount to allocate.</source>
        <translation>Geben Sie den zuzuweisenden Betrag ein.</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>„%1“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation>Geben Sie einen Betrag größer als null ein.</translation>
    </message>
    <message>
        <source>Unassigned: %1 → %2 after</source>
        <translation>Nicht zugewiesen: %1 → danach %2</translation>
    </message>
    <message>
        <source>Unassigned: %1</source>
        <translation>Nicht zugewiesen: %1</translation>
    </message>
    <message>
        <source>This assigns %1 more than is unassigned; unassigned cash will be negative.</source>
        <translation>Damit werden %1 mehr zugewiesen als verfügbar; das nicht zugewiesene Geld wird negativ.</translation>
    </message>
</context>
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
    <message>
        <source>New Budget</source>
        <translation>Neues Budget</translation>
    </message>
    <message>
        <source>This computer already has a budget open. VioletVault keeps one budget per user account.</source>
        <translation>Auf diesem Computer ist bereits ein Budget geöffnet. VioletVault führt ein Budget pro Benutzerkonto.</translation>
    </message>
    <message>
        <source>The budget could not be connected to this server.</source>
        <translation>Das Budget konnte nicht mit diesem Server verbunden werden.</translation>
    </message>
</context>
<context>
    <name>vv::ui::BankImportDialog</name>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message>
        <source>1 duplicate (skipped)</source>
        <translation>1 Duplikat (übersprungen)</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates (skipped)</source>
        <translation>
            <numerusform>%n Duplikat (übersprungen)</numerusform>
            <numerusform>%n Duplikate (übersprungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>1 error (skipped)</source>
        <translation>1 Fehler (übersprungen)</translation>
    </message>
    <message numerus="yes">
        <source>%n errors (skipped)</source>
        <translation>
            <numerusform>%n Fehler (übersprungen)</numerusform>
            <numerusform>%n Fehler (übersprungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>everything in this file is already in the budget</source>
        <translation>alles in dieser Datei ist bereits im Budget</translation>
    </message>
    <message>
        <source>&amp;Import 1 Transaction</source>
        <translation>1 Buchung &amp;importieren</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Transactions</source>
        <translation>
            <numerusform>%n Buchung &amp;importieren</numerusform>
            <numerusform>%n Buchungen &amp;importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Import 1 transaction</source>
        <translation>1 Buchung importieren</translation>
    </message>
    <message numerus="yes">
        <source>Import %n transactions</source>
        <translation>
            <numerusform>%n Buchung importieren</numerusform>
            <numerusform>%n Buchungen importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Put the new transactions in &amp;envelope:</source>
        <translation>Neue Buchungen in &amp;Umschlag legen:</translation>
    </message>
    <message>
        <source>Imported transactions go here; you can move them later.</source>
        <translation>Importierte Buchungen landen hier; Sie können sie später verschieben.</translation>
    </message>
    <message>
        <source>Greyed rows are already in the budget; red rows cannot be read. Both are skipped.</source>
        <translation>Graue Zeilen sind bereits im Budget; rote Zeilen sind nicht lesbar. Beide werden übersprungen.</translation>
    </message>
</context>
<context>
    <name>vv::ui::BarChartWidget</name>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
</context>
<context>
    <name>vv::ui::BillDialog</name>
    <message>
        <source>Give the bill a name.</source>
        <translation>Geben Sie der Rechnung einen Namen.</translation>
    </message>
    <message>
        <source>Enter the amount you pay each time.</source>
        <translation>Geben Sie den Betrag ein, den Sie jedes Mal zahlen.</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>„%1“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <source>Create an envelope first: a bill is paid from an envelope.</source>
        <translation>Legen Sie zuerst einen Umschlag an: Eine Rechnung wird aus einem Umschlag bezahlt.</translation>
    </message>
    <message>
        <source>Choose the envelope the bill is paid from.</source>
        <translation>Wählen Sie den Umschlag, aus dem die Rechnung bezahlt wird.</translation>
    </message>
    <message>
        <source>Choose the first due date.</source>
        <translation>Wählen Sie das erste Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>The next due date cannot be before the first due date.</source>
        <translation>Die nächste Fälligkeit kann nicht vor der ersten liegen.</translation>
    </message>
    <message>
        <source>In years without February 29 the bill is due on February 28.</source>
        <translation>In Jahren ohne 29. Februar ist die Rechnung am 28. Februar fällig.</translation>
    </message>
    <message>
        <source>In months without day %1 the bill is due on the last day of the month.</source>
        <translation>In Monaten ohne %1. Tag ist die Rechnung am letzten Tag des Monats fällig.</translation>
    </message>
    <message>
        <source>Edit Bill</source>
        <translation>Rechnung bearbeiten</translation>
    </message>
    <message>
        <source>New Bill</source>
        <translation>Neue Rechnung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Payee:</source>
        <translation>E&amp;mpfänger:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>&amp;Envelope:</source>
        <translation>&amp;Umschlag:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Häufigkeit:</translation>
    </message>
    <message>
        <source>F&amp;irst due date:</source>
        <translation>&amp;Erste Fälligkeit:</translation>
    </message>
    <message>
        <source>Ne&amp;xt due date:</source>
        <translation>Nä&amp;chste Fälligkeit:</translation>
    </message>
    <message>
        <source>Rent, phone, streaming…</source>
        <translation>Miete, Telefon, Streaming …</translation>
    </message>
    <message>
        <source>Choose an envelope…</source>
        <translation>Umschlag wählen …</translation>
    </message>
    <message>
        <source>The day the schedule is counted from. A bill on the 31st is due on the last day of shorter months (February 28 or 29), and on the 31st again when the month has one.</source>
        <translation>Der Tag, ab dem der Zeitplan zählt. Eine Rechnung zum 31. ist in kürzeren Monaten am letzten Tag fällig (28. oder 29. Februar) und wieder am 31., wenn der Monat einen hat.</translation>
    </message>
    <message>
        <source>When the next payment is due; paying the bill moves it to the following date.</source>
        <translation>Wann die nächste Zahlung fällig ist; das Bezahlen der Rechnung verschiebt sie auf den folgenden Termin.</translation>
    </message>
    <message>
        <source>Who is paid; the bill&apos;s name when left empty.</source>
        <translation>Wer bezahlt wird; leer gelassen der Name der Rechnung.</translation>
    </message>
</context>
<context>
    <name>vv::ui::BillModel</name>
    <message>
        <source>No due date</source>
        <translation>Keine Fälligkeit</translation>
    </message>
    <message>
        <source>Missed %1 payments</source>
        <translation>%1 Zahlungen versäumt</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>Seit 1 Tag überfällig</translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation>Seit %1 Tagen überfällig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>Morgen fällig</translation>
    </message>
    <message>
        <source>Due in %1 days</source>
        <translation>In %1 Tagen fällig</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Alle zwei Wochen</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>(no envelope)</source>
        <translation>(kein Umschlag)</translation>
    </message>
    <message>
        <source>Next due %1</source>
        <translation>Nächste Fälligkeit %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Umschlag</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Nächste Fälligkeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>vv::ui::BillsPage</name>
    <message>
        <source>Nothing is due in the next %1 days.</source>
        <translation>In den nächsten %1 Tagen ist nichts fällig.</translation>
    </message>
    <message>
        <source>1 bill, %1 in all.</source>
        <translation>1 Rechnung, insgesamt %1.</translation>
    </message>
    <message>
        <source>%1 bills, %2 in all.</source>
        <translation>%1 Rechnungen, insgesamt %2.</translation>
    </message>
    <message>
        <source>1 is overdue.</source>
        <translation>1 ist überfällig.</translation>
    </message>
    <message>
        <source>%1 are overdue.</source>
        <translation>%1 sind überfällig.</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>&amp;New Bill…</source>
        <translation>&amp;Neue Rechnung …</translation>
    </message>
    <message>
        <source>Add a regular payment: rent, a subscription, insurance</source>
        <translation>Eine regelmäßige Zahlung hinzufügen: Miete, Abo, Versicherung</translation>
    </message>
    <message>
        <source>&amp;Edit Bill…</source>
        <translation>Rechnung &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Change the selected bill (F2)</source>
        <translation>Die ausgewählte Rechnung ändern (F2)</translation>
    </message>
    <message>
        <source>&amp;Pay Bill…</source>
        <translation>Rechnung be&amp;zahlen …</translation>
    </message>
    <message>
        <source>Record a payment of the selected bill and move its next due date</source>
        <translation>Eine Zahlung der ausgewählten Rechnung erfassen und ihre nächste Fälligkeit verschieben</translation>
    </message>
    <message>
        <source>&amp;Delete Bill</source>
        <translation>Rechnung &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected bill (Undo brings it back)</source>
        <translation>Die ausgewählte Rechnung löschen (Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>No bills yet</source>
        <translation>Noch keine Rechnungen</translation>
    </message>
    <message>
        <source>No bills yet — add your rent, subscriptions and other regular payments, and see what is due before it is due.</source>
        <translation>Noch keine Rechnungen – fügen Sie Miete, Abos und andere regelmäßige Zahlungen hinzu und sehen Sie, was fällig wird, bevor es fällig ist.</translation>
    </message>
    <message>
        <source>New Bill…</source>
        <translation>Neue Rechnung …</translation>
    </message>
    <message>
        <source>Upcoming and overdue</source>
        <translation>Anstehend und überfällig</translation>
    </message>
    <message>
        <source>All bills</source>
        <translation>Alle Rechnungen</translation>
    </message>
    <message>
        <source>Press Enter or double-click to pay</source>
        <translation>Zum Bezahlen Eingabetaste drücken oder doppelklicken</translation>
    </message>
</context>
<context>
    <name>vv::ui::BudgetEditor</name>
    <message>
        <source>The change could not be saved on this computer.</source>
        <translation>Die Änderung konnte auf diesem Computer nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>(deleted envelope)</source>
        <translation>(gelöschter Umschlag)</translation>
    </message>
    <message>
        <source>VioletVault</source>
        <translation>VioletVault</translation>
    </message>
</context>
<context>
    <name>vv::ui::BudgetWorkspace</name>
    <message>
        <source>Unassigned cash:</source>
        <translation>Nicht zugewiesenes Geld:</translation>
    </message>
    <message>
        <source>More is assigned to envelopes than you have. Move money back to cover it.</source>
        <translation>Den Umschlägen ist mehr zugewiesen, als Sie haben. Verschieben Sie Geld zurück, um das auszugleichen.</translation>
    </message>
    <message>
        <source>Ready to assign to envelopes.</source>
        <translation>Bereit zur Zuweisung an Umschläge.</translation>
    </message>
    <message>
        <source>Every unit of money has a job.</source>
        <translation>Jeder Cent hat eine Aufgabe.</translation>
    </message>
</context>
<context>
    <name>vv::ui::CsvImportDialog</name>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>(None)</source>
        <translation>(Keine)</translation>
    </message>
    <message>
        <source>Could not recognise the dates: choose or type their format.</source>
        <translation>Die Datumsangaben wurden nicht erkannt: Wählen oder tippen Sie ihr Format.</translation>
    </message>
    <message>
        <source>Several formats fit these dates: check them in the preview.</source>
        <translation>Mehrere Formate passen zu diesen Datumsangaben: Prüfen Sie sie in der Vorschau.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>This is not a CSV file: it contains binary data.</source>
        <translation>Das ist keine CSV-Datei: Sie enthält Binärdaten.</translation>
    </message>
    <message>
        <source>Only one column was found: check the delimiter.</source>
        <translation>Es wurde nur eine Spalte gefunden: Prüfen Sie das Trennzeichen.</translation>
    </message>
    <message>
        <source>Choose the column that holds the date.</source>
        <translation>Wählen Sie die Spalte mit dem Datum.</translation>
    </message>
    <message>
        <source>Choose the debit or the credit column.</source>
        <translation>Wählen Sie die Soll- oder die Haben-Spalte.</translation>
    </message>
    <message>
        <source>Choose the column that holds the amount.</source>
        <translation>Wählen Sie die Spalte mit dem Betrag.</translation>
    </message>
    <message>
        <source>Enter the date format, e.g. dd.MM.yyyy.</source>
        <translation>Geben Sie das Datumsformat ein, z. B. dd.MM.yyyy.</translation>
    </message>
    <message>
        <source>The decimal and thousands separators must differ.</source>
        <translation>Dezimal- und Tausendertrennzeichen müssen sich unterscheiden.</translation>
    </message>
    <message>
        <source>No transactions were found below the header.</source>
        <translation>Unter der Kopfzeile wurden keine Buchungen gefunden.</translation>
    </message>
    <message>
        <source>Import Bank CSV</source>
        <translation>Bank-CSV importieren</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation>Erkennen (%1)</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>First row is a &amp;header</source>
        <translation>Erste Zeile ist Kopf&amp;zeile</translation>
    </message>
    <message>
        <source>S&amp;kip lines at the start:</source>
        <translation>Zeilen am Anfang über&amp;springen:</translation>
    </message>
    <message>
        <source>Banks often put account details above the table.</source>
        <translation>Banken setzen oft Kontodaten über die Tabelle.</translation>
    </message>
    <message>
        <source>Date &amp;format:</source>
        <translation>Datums&amp;format:</translation>
    </message>
    <message>
        <source>dd = day, MM = month, yyyy = year (yy = two digits); type your own if needed.</source>
        <translation>dd = Tag, MM = Monat, yyyy = Jahr (yy = zweistellig); bei Bedarf eigenes Format eingeben.</translation>
    </message>
    <message>
        <source>Decimal &amp;comma (1.234,56)</source>
        <translation>Dezimal&amp;komma (1.234,56)</translation>
    </message>
    <message>
        <source>&amp;Thousands separator:</source>
        <translation>Ta&amp;usendertrennzeichen:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keins</translation>
    </message>
    <message>
        <source>Period .</source>
        <translation>Punkt .</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>Apostrophe &apos;</source>
        <translation>Apostroph &apos;</translation>
    </message>
    <message>
        <source>This file is not UTF-8: it is read as Western European (Latin-1) text.</source>
        <translation>Diese Datei ist nicht UTF-8: Sie wird als westeuropäischer Text (Latin-1) gelesen.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>&amp;One amount column</source>
        <translation>&amp;Eine Betragsspalte</translation>
    </message>
    <message>
        <source>&amp;Separate debit and credit columns</source>
        <translation>&amp;Getrennte Soll- und Haben-Spalten</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Amou&amp;nt:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>De&amp;bit (money out):</source>
        <translation>So&amp;ll (Geld hinaus):</translation>
    </message>
    <message>
        <source>C&amp;redit (money in):</source>
        <translation>&amp;Haben (Geld herein):</translation>
    </message>
    <message>
        <source>&amp;Payee:</source>
        <translation>E&amp;mpfänger:</translation>
    </message>
    <message>
        <source>Me&amp;mo (optional):</source>
        <translation>&amp;Verwendungszweck (optional):</translation>
    </message>
</context>
<context>
    <name>vv::ui::EnvelopeDialog</name>
    <message>
        <source>Edit Envelope</source>
        <translation>Umschlag bearbeiten</translation>
    </message>
    <message>
        <source>New Envelope</source>
        <translation>Neuer Umschlag</translation>
    </message>
    <message>
        <source>e.g. Groceries</source>
        <translation>z. B. Lebensmittel</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen …</translation>
    </message>
    <message>
        <source>Pick any colour</source>
        <translation>Beliebige Farbe wählen</translation>
    </message>
    <message>
        <source>Use this colour</source>
        <translation>Diese Farbe verwenden</translation>
    </message>
    <message>
        <source>Uncategorized</source>
        <translation>Ohne Kategorie</translation>
    </message>
    <message>
        <source>Envelopes are grouped by category; type a new one to create it</source>
        <translation>Umschläge werden nach Kategorie gruppiert; geben Sie eine neue ein, um sie anzulegen</translation>
    </message>
    <message>
        <source>How much this envelope should get every month (0 for none)</source>
        <translation>Wie viel dieser Umschlag jeden Monat bekommen soll (0 für nichts)</translation>
    </message>
    <message>
        <source>Fill to Targets funds envelopes with a lower number first; envelopes with the same number are filled in name order</source>
        <translation>„Bis zu den Zielen auffüllen“ füllt Umschläge mit niedrigerer Zahl zuerst; Umschläge mit gleicher Zahl werden nach Namen aufgefüllt</translation>
    </message>
    <message>
        <source>&amp;Savings goal</source>
        <translation>&amp;Sparziel</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <source>A&amp;rchived (hidden from the budget)</source>
        <translation>A&amp;rchiviert (im Budget ausgeblendet)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Colo&amp;ur:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Monthly &amp;target:</source>
        <translation>Monats&amp;ziel:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>Enter a name for the envelope.</source>
        <translation>Geben Sie einen Namen für den Umschlag ein.</translation>
    </message>
    <message>
        <source>There is already an envelope called “%1”.</source>
        <translation>Es gibt bereits einen Umschlag namens „%1“.</translation>
    </message>
    <message>
        <source>The monthly target is not an amount.</source>
        <translation>Das Monatsziel ist kein Betrag.</translation>
    </message>
    <message>
        <source>The monthly target cannot be negative.</source>
        <translation>Das Monatsziel kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Enter the amount to save (more than zero), or turn the savings goal off.</source>
        <translation>Geben Sie den zu sparenden Betrag ein (größer als null) oder schalten Sie das Sparziel aus.</translation>
    </message>
    <message>
        <source>Choose the date to reach the goal by.</source>
        <translation>Wählen Sie das Datum, bis zu dem das Ziel erreicht sein soll.</translation>
    </message>
    <message>
        <source>Already reached: the envelope holds %1.</source>
        <translation>Bereits erreicht: Der Umschlag enthält %1.</translation>
    </message>
    <message>
        <source>The date has passed: %1 is needed now.</source>
        <translation>Das Datum ist vorbei: Jetzt werden %1 benötigt.</translation>
    </message>
    <message>
        <source>%1 per month needed until %2</source>
        <translation>%1 pro Monat bis %2 nötig</translation>
    </message>
</context>
<context>
    <name>vv::ui::EnvelopeModel</name>
    <message>
        <source>Uncategorized</source>
        <translation>Ohne Kategorie</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>No monthly target: this is what the savings goal needs this month.</source>
        <translation>Kein Monatsziel: So viel braucht das Sparziel in diesem Monat.</translation>
    </message>
    <message>
        <source>Overspent: move money here to cover it.</source>
        <translation>Überzogen: Verschieben Sie Geld hierher, um das auszugleichen.</translation>
    </message>
    <message>
        <source>Funded %1 of %2, spent %3</source>
        <translation>%1 von %2 zugewiesen, %3 ausgegeben</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Overdue · %1 needed now</source>
        <translation>Überfällig · jetzt %1 nötig</translation>
    </message>
    <message>
        <source>%1 by %2 · %3/month</source>
        <translation>%1 bis %2 · %3/Monat</translation>
    </message>
    <message>
        <source>What this month asks for: the monthly target, or what the savings goal needs</source>
        <translation>Was dieser Monat verlangt: das Monatsziel oder was das Sparziel braucht</translation>
    </message>
    <message>
        <source>Money assigned to the envelope this month</source>
        <translation>Diesen Monat dem Umschlag zugewiesenes Geld</translation>
    </message>
    <message>
        <source>Spending from the envelope this month</source>
        <translation>Diesen Monat aus dem Umschlag ausgegeben</translation>
    </message>
    <message>
        <source>Balance at the end of the month (negative when overspent)</source>
        <translation>Saldo am Monatsende (negativ bei Überziehung)</translation>
    </message>
    <message>
        <source>How much of this month&apos;s target is funded, and how much of it is spent</source>
        <translation>Wie viel vom Ziel dieses Monats zugewiesen und wie viel davon ausgegeben ist</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Umschlag</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Sparziel</translation>
    </message>
</context>
<context>
    <name>vv::ui::EnvelopesPage</name>
    <message>
        <source>Envelopes</source>
        <translation>Umschläge</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Show the current month</source>
        <translation>Den aktuellen Monat anzeigen</translation>
    </message>
    <message>
        <source>No envelopes yet — create your first one</source>
        <translation>Noch keine Umschläge – legen Sie Ihren ersten an</translation>
    </message>
    <message>
        <source>Envelopes hold the money you set aside: groceries, rent, a holiday. Give each one a monthly target and fund it from your income.</source>
        <translation>Umschläge enthalten das Geld, das Sie zurücklegen: Lebensmittel, Miete, Urlaub. Geben Sie jedem ein Monatsziel und füllen Sie es aus Ihren Einnahmen.</translation>
    </message>
    <message>
        <source>New Envelope…</source>
        <translation>Neuer Umschlag …</translation>
    </message>
    <message>
        <source>&amp;New Envelope…</source>
        <translation>&amp;Neuer Umschlag …</translation>
    </message>
    <message>
        <source>Create an envelope (%1)</source>
        <translation>Einen Umschlag anlegen (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit Envelope…</source>
        <translation>Umschlag &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Change the selected envelope&apos;s name, colour, target or goal (F2 or Enter)</source>
        <translation>Name, Farbe, Ziel oder Sparziel des ausgewählten Umschlags ändern (F2 oder Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Allocate…</source>
        <translation>&amp;Zuweisen …</translation>
    </message>
    <message>
        <source>Assign unassigned cash to the selected envelope (%1)</source>
        <translation>Nicht zugewiesenes Geld dem ausgewählten Umschlag zuweisen (%1)</translation>
    </message>
    <message>
        <source>&amp;Move Money…</source>
        <translation>Geld &amp;verschieben …</translation>
    </message>
    <message>
        <source>Move money between envelopes (%1)</source>
        <translation>Geld zwischen Umschlägen verschieben (%1)</translation>
    </message>
    <message>
        <source>&amp;Fill to Targets</source>
        <translation>Bis zu den Zielen auf&amp;füllen</translation>
    </message>
    <message>
        <source>Fund every envelope up to this month&apos;s target from unassigned cash, in priority order</source>
        <translation>Jeden Umschlag aus nicht zugewiesenem Geld bis zum Ziel dieses Monats auffüllen, nach Priorität</translation>
    </message>
    <message>
        <source>Show A&amp;rchived Envelopes</source>
        <translation>A&amp;rchivierte Umschläge anzeigen</translation>
    </message>
    <message>
        <source>List archived envelopes too (greyed)</source>
        <translation>Auch archivierte Umschläge auflisten (ausgegraut)</translation>
    </message>
    <message>
        <source>Un&amp;archive Envelope</source>
        <translation>Archivierung des Umschlags &amp;aufheben</translation>
    </message>
    <message>
        <source>&amp;Archive Envelope</source>
        <translation>Umschlag &amp;archivieren</translation>
    </message>
    <message>
        <source>Bring the selected envelope back into the budget</source>
        <translation>Den ausgewählten Umschlag zurück ins Budget holen</translation>
    </message>
    <message>
        <source>Hide the selected envelope; its history stays</source>
        <translation>Den ausgewählten Umschlag ausblenden; sein Verlauf bleibt erhalten</translation>
    </message>
    <message>
        <source>Envelope created.</source>
        <translation>Umschlag angelegt.</translation>
    </message>
    <message>
        <source>Nothing to fill with: there is no unassigned cash.</source>
        <translation>Nichts zum Auffüllen: Es gibt kein nicht zugewiesenes Geld.</translation>
    </message>
    <message>
        <source>Every envelope already has its target for %1.</source>
        <translation>Jeder Umschlag hat bereits sein Ziel für %1.</translation>
    </message>
    <message>
        <source>Assigned %1 to envelopes for %2.</source>
        <translation>%1 den Umschlägen für %2 zugewiesen.</translation>
    </message>
    <message>
        <source>Envelope archived. Show archived envelopes to see it again.</source>
        <translation>Umschlag archiviert. Lassen Sie archivierte Umschläge anzeigen, um ihn wieder zu sehen.</translation>
    </message>
</context>
<context>
    <name>vv::ui::ImportExportController</name>
    <message>
        <source>Import Transactions</source>
        <translation>Buchungen importieren</translation>
    </message>
    <message>
        <source>Bank exports (*.csv *.txt *.ofx *.qfx);;All files (*)</source>
        <translation>Bankexporte (*.csv *.txt *.ofx *.qfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Transactions as CSV</source>
        <translation>Buchungen als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Back Up Budget</source>
        <translation>Budget sichern</translation>
    </message>
    <message>
        <source>VioletVault backups (*.json)</source>
        <translation>VioletVault-Sicherungen (*.json)</translation>
    </message>
    <message>
        <source>Restore Budget from Backup</source>
        <translation>Budget aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>VioletVault backups (*.json);;All files (*)</source>
        <translation>VioletVault-Sicherungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Back Up</source>
        <translation>&amp;Sichern</translation>
    </message>
    <message>
        <source>The backup file is NOT encrypted: it contains all budget data (envelopes, transactions, payees, notes) in plain text. Keep it somewhere safe and delete it when you no longer need it.</source>
        <translation>Die Sicherungsdatei ist NICHT verschlüsselt: Sie enthält alle Budgetdaten (Umschläge, Buchungen, Empfänger, Notizen) im Klartext. Bewahren Sie sie an einem sicheren Ort auf und löschen Sie sie, wenn Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>Restore needs an empty budget: create a new budget first.</source>
        <translation>Zum Wiederherstellen ist ein leeres Budget nötig: Legen Sie zuerst ein neues Budget an.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for a bank statement.</source>
        <translation>„%1“ ist zu groß für einen Kontoauszug.</translation>
    </message>
    <message>
        <source>Imported 1 transaction.</source>
        <translation>1 Buchung importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n transactions.</source>
        <translation>
            <numerusform>%n Buchung importiert.</numerusform>
            <numerusform>%n Buchungen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported 1 transaction to &quot;%1&quot;.</source>
        <translation>1 Buchung nach „%1“ exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n transactions to &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n Buchung nach „%1“ exportiert.</numerusform>
            <numerusform>%n Buchungen nach „%1“ exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup written to &quot;%1&quot; (readable only by you). Remember: it is not encrypted.</source>
        <translation>Sicherung nach „%1“ geschrieben (nur für Sie lesbar). Denken Sie daran: Sie ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to be a VioletVault backup.</source>
        <translation>„%1“ ist zu groß für eine VioletVault-Sicherung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored: %2</source>
        <translation>„%1“ kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains no budget data.</source>
        <translation>„%1“ enthält keine Budgetdaten.</translation>
    </message>
    <message>
        <source>Restored from &quot;%1&quot;: %2 envelopes, %3 transactions, %4 bills.</source>
        <translation>Aus „%1“ wiederhergestellt: %2 Umschläge, %3 Buchungen, %4 Rechnungen.</translation>
    </message>
    <message>
        <source>VioletVault</source>
        <translation>VioletVault</translation>
    </message>
</context>
<context>
    <name>vv::ui::ImportPreviewModel</name>
    <message>
        <source>The bank&apos;s transaction id (FITID) is already there.</source>
        <translation>Die Buchungs-ID der Bank (FITID) ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Same date, amount and payee.</source>
        <translation>Gleiches Datum, gleicher Betrag und Empfänger.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; does not match the date format.</source>
        <translation>Das Datum „%1“ passt nicht zum Datumsformat.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount with these separators.</source>
        <translation>„%1“ ist mit diesen Trennzeichen kein Betrag.</translation>
    </message>
    <message>
        <source>Neither a debit nor a credit amount.</source>
        <translation>Weder ein Soll- noch ein Haben-Betrag.</translation>
    </message>
    <message>
        <source>A quoted field is not closed: the rest of the file cannot be read.</source>
        <translation>Ein Feld in Anführungszeichen ist nicht geschlossen: Der Rest der Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not an OFX date.</source>
        <translation>Das Datum „%1“ ist kein OFX-Datum.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is not a number.</source>
        <translation>Der Betrag „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Duplicate of line %1</source>
        <translation>Duplikat von Zeile %1</translation>
    </message>
    <message>
        <source>Duplicate of an existing transaction</source>
        <translation>Duplikat einer vorhandenen Buchung</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1 — skipped. %2</source>
        <translation>%1 – übersprungen. %2</translation>
    </message>
    <message>
        <source>Line %1 is skipped: %2</source>
        <translation>Zeile %1 wird übersprungen: %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
    <name>vv::ui::LedgerFilterBar</name>
    <message>
        <source>All envelopes</source>
        <translation>Alle Umschläge</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>&amp;Envelope:</source>
        <translation>&amp;Umschlag:</translation>
    </message>
    <message>
        <source>Show only the transactions of one envelope</source>
        <translation>Nur die Buchungen eines Umschlags anzeigen</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Alle Daten</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>Only transactions on or after this date</source>
        <translation>Nur Buchungen ab diesem Datum</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Only transactions on or before this date</source>
        <translation>Nur Buchungen bis zu diesem Datum</translation>
    </message>
    <message>
        <source>Cleared or not</source>
        <translation>Abgeglichen oder nicht</translation>
    </message>
    <message>
        <source>Cleared only</source>
        <translation>Nur abgeglichene</translation>
    </message>
    <message>
        <source>Not cleared only</source>
        <translation>Nur nicht abgeglichene</translation>
    </message>
    <message>
        <source>Filter by cleared status</source>
        <translation>Nach Abgleichstatus filtern</translation>
    </message>
    <message>
        <source>Search payee or note</source>
        <translation>Empfänger oder Notiz suchen</translation>
    </message>
    <message>
        <source>Show transactions whose payee or note contains this text</source>
        <translation>Buchungen anzeigen, deren Empfänger oder Notiz diesen Text enthält</translation>
    </message>
</context>
<context>
    <name>vv::ui::LedgerModel</name>
    <message>
        <source>Split (%1)</source>
        <translation>Aufteilung (%1)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>(deleted envelope)</source>
        <translation>(gelöschter Umschlag)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Income waiting to be assigned to envelopes</source>
        <translation>Einnahmen, die auf die Zuweisung an Umschläge warten</translation>
    </message>
    <message>
        <source>Cleared: the bank has it</source>
        <translation>Abgeglichen: Die Bank hat sie</translation>
    </message>
    <message>
        <source>Not cleared yet</source>
        <translation>Noch nicht abgeglichen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Umschlag</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Abgeglichen</translation>
    </message>
</context>
<context>
    <name>vv::ui::LedgerPage</name>
    <message>
        <source>Mark %1 transactions cleared</source>
        <translation>%1 Buchungen als abgeglichen markieren</translation>
    </message>
    <message>
        <source>Mark %1 transactions not cleared</source>
        <translation>%1 Buchungen als nicht abgeglichen markieren</translation>
    </message>
    <message>
        <source>Delete %1 transactions</source>
        <translation>%1 Buchungen löschen</translation>
    </message>
    <message>
        <source>1 transaction</source>
        <translation>1 Buchung</translation>
    </message>
    <message>
        <source>%1 transactions</source>
        <translation>%1 Buchungen</translation>
    </message>
    <message>
        <source>%1 of %2 transactions</source>
        <translation>%1 von %2 Buchungen</translation>
    </message>
    <message>
        <source>%1 · total %2</source>
        <translation>%1 · Summe %2</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>&amp;New Transaction…</source>
        <translation>&amp;Neue Buchung …</translation>
    </message>
    <message>
        <source>Record an expense or income (Ctrl+N)</source>
        <translation>Eine Ausgabe oder Einnahme erfassen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Edit Transaction…</source>
        <translation>Buchung &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Change the selected transaction (F2 or Enter)</source>
        <translation>Die ausgewählte Buchung ändern (F2 oder Eingabetaste)</translation>
    </message>
    <message>
        <source>D&amp;uplicate Transaction…</source>
        <translation>Buchung &amp;duplizieren …</translation>
    </message>
    <message>
        <source>Start a new transaction from the selected one</source>
        <translation>Eine neue Buchung aus der ausgewählten beginnen</translation>
    </message>
    <message>
        <source>Toggle &amp;Cleared</source>
        <translation>&amp;Abgeglichen umschalten</translation>
    </message>
    <message>
        <source>Mark the selected transactions cleared or not cleared (Ctrl+K)</source>
        <translation>Die ausgewählten Buchungen als abgeglichen oder nicht abgeglichen markieren (Strg+K)</translation>
    </message>
    <message>
        <source>&amp;Delete Transaction</source>
        <translation>Buchung &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected transactions (Del); Undo brings them back</source>
        <translation>Die ausgewählten Buchungen löschen (Entf); Rückgängig holt sie zurück</translation>
    </message>
    <message>
        <source>No transactions yet</source>
        <translation>Noch keine Buchungen</translation>
    </message>
    <message>
        <source>No transactions yet — add one or import from your bank.</source>
        <translation>Noch keine Buchungen – fügen Sie eine hinzu oder importieren Sie sie von Ihrer Bank.</translation>
    </message>
    <message>
        <source>New Transaction…</source>
        <translation>Neue Buchung …</translation>
    </message>
    <message>
        <source>Import from Bank…</source>
        <translation>Von der Bank importieren …</translation>
    </message>
    <message>
        <source>No matching transactions</source>
        <translation>Keine passenden Buchungen</translation>
    </message>
    <message>
        <source>No transaction matches these filters.</source>
        <translation>Keine Buchung passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
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
        <source>&amp;Budget</source>
        <translation>Bud&amp;get</translation>
    </message>
    <message>
        <source>&amp;New Budget…</source>
        <translation>&amp;Neues Budget …</translation>
    </message>
    <message>
        <source>&amp;Import Transactions…</source>
        <translation>Buchungen &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Export Transactions as CSV…</source>
        <translation>Buchungen als CSV &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Back Up Budget…</source>
        <translation>Budget &amp;sichern …</translation>
    </message>
    <message>
        <source>&amp;Restore Budget from Backup…</source>
        <translation>Budget aus Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>Create a budget to give every unit of your money a job. Everything you enter is stored encrypted on this computer; syncing with your other devices is optional and end-to-end encrypted.</source>
        <translation>Legen Sie ein Budget an, um jedem Cent Ihres Geldes eine Aufgabe zu geben. Alles, was Sie eingeben, wird verschlüsselt auf diesem Computer gespeichert; die Synchronisierung mit Ihren anderen Geräten ist optional und Ende-zu-Ende-verschlüsselt.</translation>
    </message>
    <message>
        <source>Create Budget…</source>
        <translation>Budget anlegen …</translation>
    </message>
    <message>
        <source>Join a Budget from Another Device…</source>
        <translation>Einem Budget von einem anderen Gerät beitreten …</translation>
    </message>
</context>
<context>
    <name>vv::ui::MoveMoneyDialog</name>
    <message>
        <source>Move Money</source>
        <translation>Geld verschieben</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>V&amp;on:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>M&amp;onth:</source>
        <translation>&amp;Monat:</translation>
    </message>
    <message>
        <source>Choose where the money comes from and where it goes.</source>
        <translation>Wählen Sie, woher das Geld kommt und wohin es geht.</translation>
    </message>
    <message>
        <source>Choose two different envelopes.</source>
        <translation>Wählen Sie zwei verschiedene Umschläge.</translation>
    </message>
    <message>
        <source>Enter the amount to move.</source>
        <translation>Geben Sie den zu verschiebenden Betrag ein.</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>„%1“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation>Geben Sie einen Betrag größer als null ein.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>vv::ui::OfxImportDialog</name>
    <message>
        <source>This file cannot be read as OFX: export the statement from your bank again, as OFX/QFX or CSV.</source>
        <translation>Diese Datei kann nicht als OFX gelesen werden: Exportieren Sie den Kontoauszug erneut bei Ihrer Bank, als OFX/QFX oder CSV.</translation>
    </message>
    <message>
        <source>This OFX file contains no transactions.</source>
        <translation>Diese OFX-Datei enthält keine Buchungen.</translation>
    </message>
    <message>
        <source>Import Bank Statement (OFX)</source>
        <translation>Kontoauszug importieren (OFX)</translation>
    </message>
</context>
<context>
    <name>vv::ui::PayBillDialog</name>
    <message>
        <source>Enter the amount paid.</source>
        <translation>Geben Sie den gezahlten Betrag ein.</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>„%1“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <source>Choose the date paid.</source>
        <translation>Wählen Sie das Zahlungsdatum.</translation>
    </message>
    <message>
        <source>Pay Bill</source>
        <translation>Rechnung bezahlen</translation>
    </message>
    <message>
        <source>%1 from %2, due %3.</source>
        <translation>%1 aus %2, fällig am %3.</translation>
    </message>
    <message>
        <source>%1 to %2 from %3, due %4.</source>
        <translation>%1 an %2 aus %3, fällig am %4.</translation>
    </message>
    <message>
        <source>&amp;Date paid:</source>
        <translation>&amp;Datum der Zahlung:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>Change it when this payment differs from the usual amount.</source>
        <translation>Ändern Sie ihn, wenn diese Zahlung vom üblichen Betrag abweicht.</translation>
    </message>
    <message>
        <source>The expense is recorded in %1 and the next due date moves to %2.</source>
        <translation>Die Ausgabe wird in %1 erfasst und die nächste Fälligkeit auf %2 verschoben.</translation>
    </message>
    <message>
        <source>&amp;Pay</source>
        <translation>Be&amp;zahlen</translation>
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
    <message>
        <source>Enter the server certificate&apos;s SHA-256 fingerprint: 64 hexadecimal digits, colons allowed.</source>
        <translation>Geben Sie den SHA-256-Fingerabdruck des Serverzertifikats ein: 64 Hexadezimalziffern, Doppelpunkte erlaubt.</translation>
    </message>
    <message>
        <source>&amp;Pinned certificate:</source>
        <translation>Angeheftetes &amp;Zertifikat:</translation>
    </message>
    <message>
        <source>optional: SHA-256 of a self-hosted server&apos;s certificate</source>
        <translation>optional: SHA-256 des Zertifikats eines selbst betriebenen Servers</translation>
    </message>
    <message>
        <source>Pinned server certificate, SHA-256 fingerprint</source>
        <translation>Angeheftetes Serverzertifikat, SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>When set, the app trusts exactly the server certificate with this fingerprint (for a server with a self-signed certificate) and refuses any other.</source>
        <translation>Wenn gesetzt, vertraut die App genau dem Serverzertifikat mit diesem Fingerabdruck (für einen Server mit selbstsigniertem Zertifikat) und lehnt jedes andere ab.</translation>
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
    <name>vv::ui::ReportsPage</name>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Show &amp;Charts</source>
        <translation>&amp;Diagramme anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;Numbers</source>
        <translation>&amp;Zahlen anzeigen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Zei&amp;traum:</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Switch between the charts and the figures behind them (Ctrl+T)</source>
        <translation>Zwischen den Diagrammen und den Zahlen dahinter wechseln (Strg+T)</translation>
    </message>
    <message>
        <source>&amp;Copy Numbers</source>
        <translation>Zahlen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the table of the current report as tab-separated text, for a spreadsheet</source>
        <translation>Die Tabelle des aktuellen Berichts als tabulatorgetrennten Text kopieren, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>&amp;Spending by Envelope</source>
        <translation>&amp;Ausgaben nach Umschlag</translation>
    </message>
    <message>
        <source>&amp;Income and Spending</source>
        <translation>&amp;Einnahmen und Ausgaben</translation>
    </message>
    <message>
        <source>No spending in this period yet. Expenses you record show up here by envelope.</source>
        <translation>Noch keine Ausgaben in diesem Zeitraum. Erfasste Ausgaben erscheinen hier nach Umschlag.</translation>
    </message>
    <message>
        <source>No income or spending in this period yet.</source>
        <translation>Noch keine Einnahmen oder Ausgaben in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Spending by envelope per month</source>
        <translation>Ausgaben nach Umschlag pro Monat</translation>
    </message>
    <message>
        <source>Income versus spending per month</source>
        <translation>Einnahmen und Ausgaben pro Monat</translation>
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
    <name>vv::ui::SplitLinesEditor</name>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Line %1 has no amount.</source>
        <translation>Zeile %1 hat keinen Betrag.</translation>
    </message>
    <message>
        <source>Line %1: enter the amount as a positive number, e.g. 12.50.</source>
        <translation>Zeile %1: Geben Sie den Betrag als positive Zahl ein, z. B. 12.50.</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Umschlag</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Add Line</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add another envelope to this split</source>
        <translation>Einen weiteren Umschlag zu dieser Aufteilung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Line</source>
        <translation>Zeile &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>Die ausgewählte Zeile entfernen</translation>
    </message>
</context>
<context>
    <name>vv::ui::SyncSetupDialog</name>
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
    <message>
        <source>This computer already has a budget. Sync it, then share it with your other devices.</source>
        <translation>Dieser Computer hat bereits ein Budget. Synchronisieren Sie es und geben Sie es dann für Ihre anderen Geräte frei.</translation>
    </message>
    <message>
        <source>Connecting the budget to the server…</source>
        <translation>Budget wird mit dem Server verbunden …</translation>
    </message>
    <message>
        <source>Creating the budget…</source>
        <translation>Budget wird angelegt …</translation>
    </message>
    <message>
        <source>New Budget</source>
        <translation>Neues Budget</translation>
    </message>
    <message>
        <source>Leave the server empty to keep this budget on this computer only; you can set up sync later. Or join a budget you already use on another device.</source>
        <translation>Lassen Sie den Server leer, um dieses Budget nur auf diesem Computer zu führen; die Synchronisierung können Sie später einrichten. Oder treten Sie einem Budget bei, das Sie bereits auf einem anderen Gerät nutzen.</translation>
    </message>
    <message>
        <source>&amp;Sync this budget</source>
        <translation>Dieses Budget s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>&amp;Create a new budget</source>
        <translation>Neues Budget anl&amp;egen</translation>
    </message>
    <message>
        <source>optional, e.g. wss://sync.example.org</source>
        <translation>optional, z. B. wss://sync.example.org</translation>
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
<context>
    <name>vv::ui::TransactionDialog</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <source>Enter the amount as a number, e.g. %1.</source>
        <translation>Geben Sie den Betrag als Zahl ein, z. B. %1.</translation>
    </message>
    <message>
        <source>The amount must be more than zero; choose Expense or Income for its direction.</source>
        <translation>Der Betrag muss größer als null sein; wählen Sie Ausgabe oder Einnahme für die Richtung.</translation>
    </message>
    <message>
        <source>Remaining to assign: %1</source>
        <translation>Noch zuzuweisen: %1</translation>
    </message>
    <message>
        <source>Assign the remaining %1 to a line.</source>
        <translation>Weisen Sie die restlichen %1 einer Zeile zu.</translation>
    </message>
    <message>
        <source>The lines are %1 more than the amount.</source>
        <translation>Die Zeilen ergeben %1 mehr als der Betrag.</translation>
    </message>
    <message>
        <source>Choose the envelope this expense is paid from.</source>
        <translation>Wählen Sie den Umschlag, aus dem diese Ausgabe bezahlt wird.</translation>
    </message>
    <message>
        <source>New Transaction</source>
        <translation>Neue Buchung</translation>
    </message>
    <message>
        <source>Edit Transaction</source>
        <translation>Buchung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Payee:</source>
        <translation>E&amp;mpfänger:</translation>
    </message>
    <message>
        <source>Who was paid, or who paid you</source>
        <translation>Wer bezahlt wurde oder wer Sie bezahlt hat</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>E&amp;xpense</source>
        <translation>A&amp;usgabe</translation>
    </message>
    <message>
        <source>Money going out</source>
        <translation>Ausgehendes Geld</translation>
    </message>
    <message>
        <source>&amp;Income</source>
        <translation>&amp;Einnahme</translation>
    </message>
    <message>
        <source>Money coming in</source>
        <translation>Eingehendes Geld</translation>
    </message>
    <message>
        <source>&amp;Envelope:</source>
        <translation>&amp;Umschlag:</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Income can stay unassigned until you allocate it</source>
        <translation>Einnahmen können nicht zugewiesen bleiben, bis Sie sie zuweisen</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>C&amp;leared (the bank has it)</source>
        <translation>Abge&amp;glichen (die Bank hat sie)</translation>
    </message>
    <message>
        <source>&amp;Split across envelopes</source>
        <translation>Auf mehrere Umschläge au&amp;fteilen</translation>
    </message>
    <message>
        <source>Divide this transaction between several envelopes</source>
        <translation>Diese Buchung auf mehrere Umschläge aufteilen</translation>
    </message>
</context>
</TS>
