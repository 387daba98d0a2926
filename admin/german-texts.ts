/** Pure parts of the German CMS interface (admin/german-ui.ts applies them), kept apart so unit tests can read them. */

/** Decap texts that its German locale lacks (it would show English) or words badly. */
export const GERMAN_TEXTS = {
  collection: {
    collectionTop: { viewAsList: 'Als Liste anzeigen', viewAsGrid: 'Als Kacheln anzeigen' },
    entries: { unpublishedHeader: 'Unveröffentlichte Beiträge' },
  },
  editor: {
    // Decap puts the widget's technical name here („object“); editors know the field by its label.
    editorControl: { field: { widgetLabel: 'Eingabefeld' } },
    editorControlPane: {
      widget: {
        // Decap adds its own full stop; the project's messages already end with one.
        regexPattern: '„%{fieldLabel}“: %{pattern}',
        // Decap's German says „größer als“ for a minimum that is itself allowed.
        range: '„%{fieldLabel}“ muss zwischen %{minValue} und %{maxValue} liegen.',
        min: '„%{fieldLabel}“ muss mindestens %{minValue} sein.',
        max: '„%{fieldLabel}“ darf höchstens %{maxValue} sein.',
        rangeCount: '„%{fieldLabel}“ braucht %{minCount} bis %{maxCount} Einträge.',
        rangeCountExact: '„%{fieldLabel}“ braucht genau %{count} Eintrag/Einträge.',
        rangeMin: '„%{fieldLabel}“ braucht mindestens %{minCount} Einträge.',
        rangeMax: '„%{fieldLabel}“ darf höchstens %{maxCount} Einträge haben.',
        invalidPath: '„%{path}“ ist kein gültiger Pfad. Bitte nur Kleinbuchstaben, Ziffern, - und / verwenden, z. B. ueber-thinka/team.',
        pathExists: 'Unter „%{path}“ gibt es schon eine Seite. Bitte einen anderen Pfad wählen.',
      },
    },
    editorInterface: { toggleNotes: 'Notizen ein- oder ausblenden' },
    editorNotesPane: {
      title: 'Notizen',
      emptyState: 'Noch keine Notizen.',
      addNote: 'Notiz hinzufügen',
      addPlaceholder: 'Notiz schreiben …',
      editPlaceholder: 'Notiz bearbeiten …',
      save: 'Speichern',
      cancel: 'Abbrechen',
      edit: 'Bearbeiten',
      delete: 'Löschen',
      resolve: 'Als erledigt markieren',
      unresolve: 'Wieder öffnen',
      confirmDelete: 'Diese Notiz wirklich löschen?',
      shortcut: 'Tipp: Strg+Enter fügt die Notiz hinzu.',
    },
    editorWidgets: {
      markdown: {
        strikethrough: 'Durchgestrichen',
        toggleMode: { rich: 'Zur Textansicht wechseln', markdown: 'Zur Markdown-Ansicht wechseln' },
      },
      image: { chooseMultiple: 'Bilder wählen', addMore: 'Weitere Bilder hinzufügen', removeAll: 'Alle Bilder entfernen' },
      file: { chooseMultiple: 'Dateien wählen', addMore: 'Weitere Dateien hinzufügen', removeAll: 'Alle Dateien entfernen' },
      // Decap passes the field's technical name here, so the text names no field.
      datetime: { setToNow: 'Heutiges Datum eintragen' },
      object: { expand: 'Aufklappen', collapse: 'Zuklappen' },
    },
  },
  mediaLibrary: { mediaLibraryModal: { close: 'Schließen' } },
  ui: {
    settingsDropdown: { account: 'Kontomenü' },
    toast: {
      noteAdded: 'Notiz hinzugefügt',
      onFailToAddNote: 'Notiz konnte nicht hinzugefügt werden: %{details}',
      noteUpdated: 'Notiz geändert',
      onFailToUpdateNote: 'Notiz konnte nicht geändert werden: %{details}',
      noteDeleted: 'Notiz gelöscht',
      onFailToDeleteNote: 'Notiz konnte nicht gelöscht werden: %{details}',
      noteResolved: 'Notiz erledigt',
      noteReopened: 'Notiz wieder geöffnet',
      onFailToToggleNote: 'Notiz konnte nicht geändert werden: %{details}',
    },
  },
} as const;

/** German letters as German writes them without umlauts; Decap's slug cleaner would drop the e. */
export const GERMAN_TRANSLITERATION: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss', ẞ: 'SS' };

/** „Film über Gößnitz“ → „Film ueber Goessnitz“: what Decap's slug cleaner gets before it removes other accents. */
export const transliterateGerman = (text: string): string => text.replace(/[äöüÄÖÜßẞ]/g, (letter) => GERMAN_TRANSLITERATION[letter] ?? letter);

const REPLACE_QUESTION = /^(.+) already exists\. Do you want to replace it\?$/s;

/** Decap's question before replacing an upload of the same name, in German (it is hard-coded in English). */
export function germanConfirmText(message: string): string {
  const match = REPLACE_QUESTION.exec(message);
  return match ? `„${match[1]}“ gibt es in diesem Beitrag schon. Soll die neue Datei sie ersetzen? (Abbrechen behält die alte Datei.)` : message;
}
