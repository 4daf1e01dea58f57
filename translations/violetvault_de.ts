<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>vv::budget::Budget</name>
    <message>
        <source>The change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A split needs at least two lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A split line has no amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The split lines add up to %1 but the transaction is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO 4217 code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit budget settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An envelope needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create envelope %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such envelope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit envelope %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change envelope colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move envelope to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set monthly target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder envelopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal needs a positive amount and a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set savings goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate to envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different envelopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill envelopes to targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transaction needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark uncleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bill needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bill needs a positive amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bill needs a first due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create bill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit bill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill has no valid due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay bill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n transaction(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This budget already held the data of this backup once (a restore that was undone): create a new budget to restore it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vv::budget::Exporter</name>
    <message>
        <source>The backup is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a VioletVault backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup has no valid version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written by a newer VioletVault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup contains unknown data (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vv::ui::AllocateDialog</name>
    <message>
        <source>Allocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Envelope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;onth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an envelope first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount to allocate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned: %1 → %2 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assigns %1 more than is unassigned; unassigned cash will be negative.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer already has a budget open. VioletVault keeps one budget per user account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget could not be connected to this server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vv::ui::BankImportDialog</name>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 duplicate (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates (skipped)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 error (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n errors (skipped)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>everything in this file is already in the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import 1 Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Transactions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import 1 transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n transactions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the new transactions in &amp;envelope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported transactions go here; you can move them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greyed rows are already in the budget; red rows cannot be read. Both are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vv::ui::BarChartWidget</name>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vv::ui::BillDialog</name>
    <message>
        <source>Give the bill a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount you pay each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an envelope first: a bill is paid from an envelope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the envelope the bill is paid from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the first due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next due date cannot be before the first due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In years without February 29 the bill is due on February 28.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In months without day %1 the bill is due on the last day of the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Envelope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;irst due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent, phone, streaming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an envelope…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the schedule is counted from. A bill on the 31st is due on the last day of shorter months (February 28 or 29), and on the 31st again when the month has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the next payment is due; paying the bill moves it to the following date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is paid; the bill&apos;s name when left empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vv::ui::BillModel</name>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed %1 payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no envelope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vv::ui::BillsPage</name>
    <message>
        <source>Nothing is due in the next %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 bill, %1 in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bills, %2 in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Bill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a regular payment: rent, a subscription, insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Bill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected bill (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay Bill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a payment of the selected bill and move its next due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected bill (Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bills yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bills yet — add your rent, subscriptions and other regular payments, and see what is due before it is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Bill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click to pay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vv::ui::BudgetEditor</name>
    <message>
        <source>The change could not be saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted envelope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VioletVault</source>
        <translation type="unfinished">VioletVault</translation>
    </message>
</context>
<context>
    <name>vv::ui::BudgetWorkspace</name>
    <message>
        <source>Unassigned cash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More is assigned to envelopes than you have. Move money back to cover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to assign to envelopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every unit of money has a job.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vv::ui::CsvImportDialog</name>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(None)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not recognise the dates: choose or type their format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several formats fit these dates: check them in the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a CSV file: it contains binary data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one column was found: check the delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the debit or the credit column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date format, e.g. dd.MM.yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decimal and thousands separators must differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transactions were found below the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Bank CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row is a &amp;header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip lines at the start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banks often put account details above the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &amp;format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd = day, MM = month, yyyy = year (yy = two digits); type your own if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal &amp;comma (1.234,56)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thousands separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period .</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apostrophe &apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not UTF-8: it is read as Western European (Latin-1) text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;One amount column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Separate debit and credit columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amou&amp;nt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;bit (money out):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;redit (money in):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me&amp;mo (optional):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vv::ui::EnvelopeDialog</name>
    <message>
        <source>Edit Envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Groceries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick any colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncategorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelopes are grouped by category; type a new one to create it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much this envelope should get every month (0 for none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill to Targets funds envelopes with a lower number first; envelopes with the same number are filled in name order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Savings goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchived (hidden from the budget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colo&amp;ur:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly &amp;target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the envelope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an envelope called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly target is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly target cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount to save (more than zero), or turn the savings goal off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date to reach the goal by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already reached: the envelope holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date has passed: %1 is needed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per month needed until %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vv::ui::EnvelopeModel</name>
    <message>
        <source>Uncategorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No monthly target: this is what the savings goal needs this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overspent: move money here to cover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funded %1 of %2, spent %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue · %1 needed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 · %3/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this month asks for: the monthly target, or what the savings goal needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money assigned to the envelope this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spending from the envelope this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance at the end of the month (negative when overspent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of this month&apos;s target is funded, and how much of it is spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vv::ui::EnvelopesPage</name>
    <message>
        <source>Envelopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the current month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No envelopes yet — create your first one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelopes hold the money you set aside: groceries, rent, a holiday. Give each one a monthly target and fund it from your income.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Envelope…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Envelope…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an envelope (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Envelope…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected envelope&apos;s name, colour, target or goal (F2 or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allocate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign unassigned cash to the selected envelope (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move Money…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move money between envelopes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fill to Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund every envelope up to this month&apos;s target from unassigned cash, in priority order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show A&amp;rchived Envelopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List archived envelopes too (greyed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;archive Envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive Envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the selected envelope back into the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the selected envelope; its history stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fill with: there is no unassigned cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every envelope already has its target for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned %1 to envelopes for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope archived. Show archived envelopes to see it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vv::ui::ImportExportController</name>
    <message>
        <source>Import Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank exports (*.csv *.txt *.ofx *.qfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Transactions as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VioletVault backups (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Budget from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VioletVault backups (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file is NOT encrypted: it contains all budget data (envelopes, transactions, payees, notes) in plain text. Keep it somewhere safe and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore needs an empty budget: create a new budget first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for a bank statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported 1 transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n transactions.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exported 1 transaction to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n transactions to &quot;%1&quot;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Backup written to &quot;%1&quot; (readable only by you). Remember: it is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to be a VioletVault backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains no budget data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from &quot;%1&quot;: %2 envelopes, %3 transactions, %4 bills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VioletVault</source>
        <translation type="unfinished">VioletVault</translation>
    </message>
</context>
<context>
    <name>vv::ui::ImportPreviewModel</name>
    <message>
        <source>The bank&apos;s transaction id (FITID) is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same date, amount and payee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; does not match the date format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount with these separators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither a debit nor a credit amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field is not closed: the rest of the file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not an OFX date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of an existing transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished">Fehler: %1</translation>
    </message>
    <message>
        <source>%1 — skipped. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Envelope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the transactions of one envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only transactions on or after this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only transactions on or before this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not cleared only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by cleared status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search payee or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show transactions whose payee or note contains this text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vv::ui::LedgerModel</name>
    <message>
        <source>Split (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted envelope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income waiting to be assigned to envelopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared: the bank has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not cleared yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vv::ui::LedgerPage</name>
    <message>
        <source>Mark %1 transactions cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 transactions not cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · total %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Transaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an expense or income (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Transaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected transaction (F2 or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Transaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new transaction from the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle &amp;Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected transactions cleared or not cleared (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected transactions (Del); Undo brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transactions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transactions yet — add one or import from your bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Transaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Bank…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matching transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Budget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Transactions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Transactions as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Budget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Budget from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a budget to give every unit of your money a job. Everything you enter is stored encrypted on this computer; syncing with your other devices is optional and end-to-end encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Budget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a Budget from Another Device…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vv::ui::MoveMoneyDialog</name>
    <message>
        <source>Move Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;onth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the money comes from and where it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different envelopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vv::ui::OfxImportDialog</name>
    <message>
        <source>This file cannot be read as OFX: export the statement from your bank again, as OFX/QFX or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This OFX file contains no transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Bank Statement (OFX)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vv::ui::PayBillDialog</name>
    <message>
        <source>Enter the amount paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay Bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2, due %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 from %3, due %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date paid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change it when this payment differs from the usual amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expense is recorded in %1 and the next due date moves to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pinned certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: SHA-256 of a self-hosted server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned server certificate, SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When set, the app trusts exactly the server certificate with this fingerprint (for a server with a self-signed certificate) and refuses any other.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between the charts and the figures behind them (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the table of the current report as tab-separated text, for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spending by Envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Income and Spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spending in this period yet. Expenses you record show up here by envelope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No income or spending in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spending by envelope per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income versus spending per month</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has no amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: enter the amount as a positive number, e.g. 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another envelope to this split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting the budget to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the budget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the server empty to keep this budget on this computer only; you can set up sync later. Or join a budget you already use on another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync this budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. wss://sync.example.org</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount as a number, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero; choose Expense or Income for its direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining to assign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the remaining %1 to a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines are %1 more than the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the envelope this expense is paid from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was paid, or who paid you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money going out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money coming in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Envelope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income can stay unassigned until you allocate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;leared (the bank has it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split across envelopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divide this transaction between several envelopes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
