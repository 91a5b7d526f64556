<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AtlasCountryPicker</name>
    <message>
        <source>Search country or ISO code</source>
        <translation>Land oder ISO-Code suchen</translation>
    </message>
    <message>
        <source>Type part of a country name or its ISO code to shorten the list</source>
        <translation>Teil eines Ländernamens oder seinen ISO-Code eingeben, um die Liste zu kürzen</translation>
    </message>
    <message>
        <source>Check the countries to show; none checked shows all. Space checks the current row.</source>
        <translation>Anzuzeigende Länder markieren; ist keines markiert, werden alle angezeigt. Die Leertaste markiert die aktuelle Zeile.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Check every country (same as no country filter)</source>
        <translation>Alle Länder markieren (wie kein Länderfilter)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Uncheck every country (shows all countries)</source>
        <translation>Alle Markierungen aufheben (zeigt alle Länder)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AtlasFilterController</name>
    <message>
        <source>all countries</source>
        <translation>alle Länder</translation>
    </message>
    <message>
        <source>all origins</source>
        <translation>alle Herkunftsländer</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>all years</source>
        <translation>alle Jahre</translation>
    </message>
</context>
<context>
    <name>AtlasFilterPanel</name>
    <message>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>First year shown (only years with data are offered)</source>
        <translation>Erstes angezeigtes Jahr (nur Jahre mit Daten stehen zur Wahl)</translation>
    </message>
    <message>
        <source>Last year shown; the same year as the first shows a single year</source>
        <translation>Letztes angezeigtes Jahr; dasselbe Jahr wie das erste zeigt ein einzelnes Jahr</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>Abs&amp;pielen</translation>
    </message>
    <message>
        <source>Step through the years one by one (Alt+P); press again to stop. The Temporal Controller&apos;s frame follows.</source>
        <translation>Die Jahre einzeln durchlaufen (Alt+P); erneut drücken zum Anhalten. Die Zeitsteuerung läuft mit.</translation>
    </message>
    <message>
        <source>&amp;Reset filter</source>
        <translation>Filter zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Show all years and all countries again (Alt+R)</source>
        <translation>Wieder alle Jahre und alle Länder anzeigen (Alt+R)</translation>
    </message>
    <message>
        <source>Destination countries</source>
        <translation>Zielländer</translation>
    </message>
    <message>
        <source>Origin countries (routes)</source>
        <translation>Herkunftsländer (Routen)</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Sum of the preferred port figures of the selection; national totals are not added</source>
        <translation>Summe der bevorzugten Hafenzahlen der Auswahl; nationale Gesamtmengen werden nicht hinzugerechnet</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Hafen</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Tonnes</source>
        <translation>Tonnen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Last selected year versus the year before; empty when either figure is unknown</source>
        <translation>Letztes ausgewähltes Jahr gegenüber dem Vorjahr; leer, wenn eine der beiden Zahlen unbekannt ist</translation>
    </message>
    <message>
        <source>What is documented per origin: the routes from the chosen origin countries in the selection, with their tonnes and years</source>
        <translation>Was je Herkunftsland belegt ist: die Routen aus den gewählten Herkunftsländern in der Auswahl, mit Tonnen und Jahren</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>The atlas layers in this project are unavailable: %1 cannot be read. Put the file back, or point the layers to its new place with Layer › Change Data Source…</source>
        <translation>Die Atlas-Layer in diesem Projekt sind nicht verfügbar: %1 kann nicht gelesen werden. Legen Sie die Datei zurück oder verweisen Sie die Layer mit Layer › Datenquelle ändern… auf den neuen Speicherort.</translation>
    </message>
    <message>
        <source>Add the ports and seizures to the project to filter them here.</source>
        <translation>Fügen Sie die Häfen und Sicherstellungen dem Projekt hinzu, um sie hier zu filtern.</translation>
    </message>
    <message>
        <source>all countries</source>
        <translation>alle Länder</translation>
    </message>
    <message>
        <source>all origins</source>
        <translation>alle Herkunftsländer</translation>
    </message>
    <message>
        <source>All shown; check countries to limit the map.</source>
        <translation>Alle angezeigt; Länder markieren, um die Karte einzuschränken.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Gewählt: %1</translation>
    </message>
    <message>
        <source>All shown; check countries to limit the routes.</source>
        <translation>Alle angezeigt; Länder markieren, um die Routen einzuschränken.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · origins: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · Herkunft: %3</translation>
    </message>
    <message>
        <source>No port figure published for this selection.</source>
        <translation>Für diese Auswahl ist keine Hafenzahl veröffentlicht.</translation>
    </message>
    <message>
        <source>%1 t of cocaine seized in these ports from all origins: port figures are not split by origin. What is documented from %2 is listed below.</source>
        <translation>%1 t Kokain in diesen Häfen sichergestellt, aus allen Herkunftsländern: Hafenzahlen sind nicht nach Herkunft aufgeschlüsselt. Was aus %2 belegt ist, steht unten.</translation>
    </message>
    <message>
        <source>%1 t of cocaine seized in these ports (preferred port figures).</source>
        <translation>%1 t Kokain in diesen Häfen sichergestellt (bevorzugte Hafenzahlen).</translation>
    </message>
    <message>
        <source>Sources:
%1</source>
        <translation>Quellen:
%1</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>%1%2 t</source>
        <translation>%1%2 t</translation>
    </message>
    <message>
        <source>No documented route from %1 in this selection.</source>
        <translation>Keine belegte Route aus %1 in dieser Auswahl.</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>Jahr unbekannt</translation>
    </message>
    <message>
        <source>tonnes unknown</source>
        <translation>Tonnen unbekannt</translation>
    </message>
    <message>
        <source>%1 t</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 → %3, %4</source>
        <translation>%1: %2 → %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Documented routes from %1&lt;/b&gt; (%n route(s)):&lt;br&gt;%2</source>
        <translation>
            <numerusform>&lt;b&gt;Belegte Routen aus %1&lt;/b&gt; (%n Route):&lt;br&gt;%2</numerusform>
            <numerusform>&lt;b&gt;Belegte Routen aus %1&lt;/b&gt; (%n Routen):&lt;br&gt;%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AtlasLayerSet</name>
    <message>
        <source>Port seizures, t a year</source>
        <translation>Sicherstellungen in Häfen, t pro Jahr</translation>
    </message>
    <message>
        <source>Circle area: tonnes of cocaine seized in a port, from its preferred published figure. Latest year with a figure, or, with years chosen in the panel, their sum divided by the number of years. Hollow ring: no published figure (unknown, not 0 t). Port figures are totals of all origins.</source>
        <translation>Kreisfläche: in einem Hafen sichergestelltes Kokain in Tonnen, nach seiner bevorzugten veröffentlichten Zahl. Letztes Jahr mit einer Zahl oder, bei im Bedienfeld gewählten Jahren, deren Summe geteilt durch die Zahl der Jahre. Leerer Ring: keine veröffentlichte Zahl (unbekannt, nicht 0 t). Hafenzahlen sind Summen aller Herkunftsländer.</translation>
    </message>
    <message>
        <source>Single seizures (not totals)</source>
        <translation>Einzelsicherstellungen (keine Summen)</translation>
    </message>
    <message>
        <source>Documented single seizures of 0.1 t or more reported at European ports: each point is one seizure with its source, never a port&apos;s total.</source>
        <translation>Belegte Einzelsicherstellungen ab 0.1 t in europäischen Häfen: Jeder Punkt ist eine Sicherstellung mit ihrer Quelle, nie die Summe eines Hafens.</translation>
    </message>
    <message>
        <source>Inbound sea routes</source>
        <translation>Eingehende Seerouten</translation>
    </message>
    <message>
        <source>Documented origin → European port links along sea lanes; width by documented tonnes, dashed where unknown; dotted where the source names no origin port; colour by origin country.</source>
        <translation>Belegte Verbindungen Herkunft → europäischer Hafen entlang der Seewege; Breite nach belegten Tonnen, gestrichelt, wo unbekannt; gepunktet, wo die Quelle keinen Herkunftshafen nennt; Farbe nach Herkunftsland.</translation>
    </message>
    <message>
        <source>National totals</source>
        <translation>Nationale Gesamtmengen</translation>
    </message>
    <message>
        <source>National seizure totals, never summed with the ports.</source>
        <translation>Nationale Sicherstellungsmengen, nie mit den Häfen addiert.</translation>
    </message>
    <message>
        <source>Figures and sources</source>
        <translation>Zahlen und Quellen</translation>
    </message>
    <message>
        <source>Every seizure figure with its source, scope and why it is preferred or not.</source>
        <translation>Jede Sicherstellungszahl mit Quelle, Geltungsbereich und Begründung, warum sie bevorzugt wird oder nicht.</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Land basemap: Natural Earth, from QGIS&apos;s own world map.</source>
        <translation>Grundkarte (Landflächen): Natural Earth, aus der QGIS-eigenen Weltkarte.</translation>
    </message>
    <message>
        <source>%1: layer &quot;%2&quot; cannot be read (missing table or damaged file).</source>
        <translation>%1: Layer „%2“ kann nicht gelesen werden (Tabelle fehlt oder Datei beschädigt).</translation>
    </message>
    <message>
        <source>%1: layer &quot;%2&quot;: %3; it keeps QGIS&apos;s default style.</source>
        <translation>%1: Layer „%2“: %3; er behält den QGIS-Standardstil.</translation>
    </message>
    <message>
        <source>%1: layer &quot;%2&quot;: %3</source>
        <translation>%1: Layer „%2“: %3</translation>
    </message>
    <message>
        <source>Years shown (t)</source>
        <translation>Angezeigte Jahre (t)</translation>
    </message>
    <message>
        <source>Seizures per million TEU</source>
        <translation>Sicherstellungen je Mio. TEU</translation>
    </message>
    <message>
        <source>style %1 is missing or not valid XML</source>
        <translation>Stil %1 fehlt oder ist kein gültiges XML</translation>
    </message>
    <message>
        <source>style %1 is missing from the plugin</source>
        <translation>Stil %1 fehlt im Plugin</translation>
    </message>
    <message>
        <source>style %1 is not valid XML</source>
        <translation>Stil %1 ist kein gültiges XML</translation>
    </message>
    <message>
        <source>style %1: %2</source>
        <translation>Stil %1: %2</translation>
    </message>
    <message>
        <source>%1: the plugin&apos;s data file does not exist. Rebuild or reinstall the plugin.</source>
        <translation>%1: Die Datendatei des Plugins existiert nicht. Bauen Sie das Plugin neu oder installieren Sie es neu.</translation>
    </message>
    <message>
        <source>Seizure figures of this port</source>
        <translation>Sicherstellungszahlen dieses Hafens</translation>
    </message>
</context>
<context>
    <name>AtlasPrintController</name>
    <message>
        <source>No project to print.</source>
        <translation>Kein Projekt zum Drucken.</translation>
    </message>
    <message>
        <source>Cannot find the program port-seizure-atlas that exports prints; reinstall the plugin.</source>
        <translation>Das Programm port-seizure-atlas, das Drucke exportiert, wurde nicht gefunden; installieren Sie das Plugin neu.</translation>
    </message>
    <message>
        <source>The layout &quot;%1&quot; is ready in the Layout Manager: export it from the layout designer. The background export cannot sign in to the PostGIS database of &quot;%2&quot; (its QGIS authentication stays in this QGIS).</source>
        <translation>Das Layout „%1“ steht in der Layoutverwaltung bereit: Exportieren Sie es aus dem Layout-Designer. Der Export im Hintergrund kann sich nicht an der PostGIS-Datenbank von „%2“ anmelden (deren QGIS-Authentifizierung bleibt in diesem QGIS).</translation>
    </message>
    <message>
        <source>Cannot write the layout to a temporary folder (%1).</source>
        <translation>Das Layout kann nicht in einen temporären Ordner geschrieben werden (%1).</translation>
    </message>
</context>
<context>
    <name>AtlasPrintDialog</name>
    <message>
        <source>Print the Port Seizure Atlas map</source>
        <translation>Karte des Port Seizure Atlas drucken</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 quer</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 quer</translation>
    </message>
    <message>
        <source>Paper of the layout; the layout is kept in the project&apos;s Layout Manager and can be edited there.</source>
        <translation>Papierformat des Layouts; das Layout bleibt in der Layoutverwaltung des Projekts und kann dort bearbeitet werden.</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>One map of the selection</source>
        <translation>Eine Karte der Auswahl</translation>
    </message>
    <message>
        <source>Atlas: one page per port with figures</source>
        <translation>Atlas: eine Seite je Hafen mit Zahlen</translation>
    </message>
    <message>
        <source>Atlas: one page per country with figures</source>
        <translation>Atlas: eine Seite je Land mit Zahlen</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Seiten</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Resolution of PNG output (PDF and SVG stay vector).</source>
        <translation>Auflösung der PNG-Ausgabe (PDF und SVG bleiben Vektorgrafik).</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Auflösung</translation>
    </message>
    <message>
        <source>A .pdf, .png or .svg file; the extension picks the format.</source>
        <translation>Eine .pdf-, .png- oder .svg-Datei; die Endung bestimmt das Format.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Da&amp;tei</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Drucken</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;PNG-Bild (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print to</source>
        <translation>Drucken in Datei</translation>
    </message>
    <message>
        <source>Choose a file to print to.</source>
        <translation>Wählen Sie eine Datei für den Druck.</translation>
    </message>
    <message>
        <source>Change map: the last year shown against the first</source>
        <translation>Veränderungskarte: letztes gezeigtes Jahr gegenüber dem ersten</translation>
    </message>
    <message>
        <source>An atlas is exported as one multi-page PDF. A change map compares the first and the last year of the selection (a single year: against the year before).</source>
        <translation>Ein Atlas wird als ein mehrseitiges PDF exportiert. Eine Veränderungskarte vergleicht das erste und das letzte Jahr der Auswahl (bei nur einem Jahr: mit dem Vorjahr).</translation>
    </message>
</context>
<context>
    <name>AtlasPrintExporter</name>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Not enough memory to export %1: choose a lower resolution or a smaller paper.</source>
        <translation>Nicht genug Arbeitsspeicher, um %1 zu exportieren: Wählen Sie eine niedrigere Auflösung oder ein kleineres Papierformat.</translation>
    </message>
    <message>
        <source>The atlas has no page to print for this selection.</source>
        <translation>Der Atlas hat für diese Auswahl keine Seite zu drucken.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1: unknown output format; the file name must end in .pdf, .png or .svg.</source>
        <translation>%1: unbekanntes Ausgabeformat; der Dateiname muss auf .pdf, .png oder .svg enden.</translation>
    </message>
    <message>
        <source>%1: an atlas is exported as one multi-page PDF; the file name must end in .pdf.</source>
        <translation>%1: Ein Atlas wird als ein mehrseitiges PDF exportiert; der Dateiname muss auf .pdf enden.</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>%1: cannot write there (permission denied).</source>
        <translation>%1: Dort kann nicht geschrieben werden (Zugriff verweigert).</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file name.</source>
        <translation>%1 ist ein Ordner, kein Dateiname.</translation>
    </message>
    <message>
        <source>%1 dpi is out of range (10 to 2400).</source>
        <translation>%1 dpi liegt außerhalb des zulässigen Bereichs (10 bis 2400).</translation>
    </message>
    <message>
        <source>Cannot write %1: writing the file failed (is the disk full?).</source>
        <translation>%1 kann nicht geschrieben werden: Schreiben der Datei fehlgeschlagen (Datenträger voll?).</translation>
    </message>
</context>
<context>
    <name>AtlasPrintLayout</name>
    <message>
        <source>The project holds no Port Seizure Atlas layers: add them first (Plugins › Port Seizure Atlas › Add ports and seizures, or Add my seizure data).</source>
        <translation>Das Projekt enthält keine Layer des Port Seizure Atlas: Fügen Sie sie zuerst hinzu (Erweiterungen › Port Seizure Atlas › Häfen und Sicherstellungen hinzufügen oder Meine Sicherstellungsdaten hinzufügen).</translation>
    </message>
    <message>
        <source>%1: cannot read the print template (%2).</source>
        <translation>%1: Die Druckvorlage kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1: not a Port Seizure Atlas print template (no map with the id &quot;%2&quot;).</source>
        <translation>%1: keine Druckvorlage des Port Seizure Atlas (keine Karte mit der ID „%2“).</translation>
    </message>
    <message>
        <source>The project&apos;s layout manager refused the layout &quot;%1&quot;.</source>
        <translation>Die Layoutverwaltung des Projekts hat das Layout „%1“ abgelehnt.</translation>
    </message>
    <message>
        <source>Data: Port Seizure Atlas %1; no dated source in this selection.</source>
        <translation>Daten: Port Seizure Atlas %1; keine datierte Quelle in dieser Auswahl.</translation>
    </message>
    <message>
        <source>Data as published up to %1 (latest source shown). Port Seizure Atlas %2.</source>
        <translation>Daten nach Veröffentlichungsstand bis %1 (neueste angezeigte Quelle). Port Seizure Atlas %2.</translation>
    </message>
    <message>
        <source>Own data: seizure events imported into Port Seizure Atlas %1.</source>
        <translation>Eigene Daten: in Port Seizure Atlas %1 importierte Sicherstellungsfälle.</translation>
    </message>
    <message>
        <source>Latest imported event: %1.</source>
        <translation>Letzter importierter Fall: %1.</translation>
    </message>
</context>
<context>
    <name>AtlasPrintTask</name>
    <message>
        <source>Port Seizure Atlas: printing %1</source>
        <translation>Port Seizure Atlas: %1 wird gedruckt</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Printing cancelled; %1 was not written.</source>
        <translation>Drucken abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Printing %1 failed (exit status %2).</source>
        <translation>Drucken von %1 fehlgeschlagen (Exit-Status %2).</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
</context>
<context>
    <name>AtlasYearChart</name>
    <message>
        <source>Port tonnes per year for the selected countries. Click a bar (or use the arrow keys and Enter) to show that year.</source>
        <translation>Hafenmengen in Tonnen je Jahr für die gewählten Länder. Auf einen Balken klicken (oder Pfeiltasten und Eingabetaste), um dieses Jahr anzuzeigen.</translation>
    </message>
    <message>
        <source>Tonnes per year</source>
        <translation>Tonnen je Jahr</translation>
    </message>
    <message>
        <source>No years to show</source>
        <translation>Keine Jahre anzuzeigen</translation>
    </message>
    <message>
        <source>%1: %2 t (preferred port figures)</source>
        <translation>%1: %2 t (bevorzugte Hafenzahlen)</translation>
    </message>
    <message>
        <source>%1: no port figure published</source>
        <translation>%1: keine Hafenzahl veröffentlicht</translation>
    </message>
</context>
<context>
    <name>ChangePrintLayout</name>
    <message>
        <source>+50 % or more</source>
        <translation>+50 % oder mehr</translation>
    </message>
    <message>
        <source>+10 to +50 %</source>
        <translation>+10 bis +50 %</translation>
    </message>
    <message>
        <source>within ±10 %</source>
        <translation>innerhalb ±10 %</translation>
    </message>
    <message>
        <source>−10 to −50 %</source>
        <translation>−10 bis −50 %</translation>
    </message>
    <message>
        <source>−50 % or less</source>
        <translation>−50 % oder weniger</translation>
    </message>
    <message>
        <source>new: a figure for %1 only</source>
        <translation>neu: Zahl nur für %1</translation>
    </message>
    <message>
        <source>no figure for %1 (not 0 t)</source>
        <translation>keine Zahl für %1 (nicht 0 t)</translation>
    </message>
    <message>
        <source>Rhine–Scheldt delta</source>
        <translation>Rhein-Maas-Schelde-Delta</translation>
    </message>
    <message>
        <source>Delta inset</source>
        <translation>Delta-Nebenkarte</translation>
    </message>
    <message>
        <source>Change in cocaine seized in European ports, %1 → %2</source>
        <translation>Veränderung der Kokain-Sicherstellungen in europäischen Häfen, %1 → %2</translation>
    </message>
    <message>
        <source>the data has no ports layer</source>
        <translation>die Daten enthalten keinen Hafen-Layer</translation>
    </message>
    <message>
        <source>Change %1 → %2</source>
        <translation>Veränderung %1 → %2</translation>
    </message>
    <message>
        <source>no port has a figure for %1 or %2</source>
        <translation>kein Hafen hat eine Zahl für %1 oder %2</translation>
    </message>
    <message>
        <source>all countries</source>
        <translation>alle Länder</translation>
    </message>
    <message>
        <source>Preferred port-level figures of %1 and %2, %3; sources on the following page.</source>
        <translation>Bevorzugte Zahlen auf Hafenebene für %1 und %2, %3; Quellen auf der folgenden Seite.</translation>
    </message>
    <message>
        <source>Change: the figure of %2 minus the figure of %1, in tonnes and in percent of %1. Circle area: the larger of the two years&apos; tonnes, on one fixed scale. A port with a figure in one of the two years only is marked &quot;new&quot; or &quot;no figure&quot;: an unknown is never 0 t.</source>
        <translation>Veränderung: Zahl für %2 minus Zahl für %1, in Tonnen und in Prozent von %1. Kreisfläche: der größere Tonnenwert der beiden Jahre, auf einer festen Skala. Ein Hafen mit einer Zahl in nur einem der beiden Jahre ist als „neu“ oder „keine Zahl“ gekennzeichnet: Unbekanntes ist nie 0 t.</translation>
    </message>
    <message>
        <source>Basemap: Natural Earth (public domain), from QGIS&apos;s world map. Figures: the numbered sources. Made with QGIS and Port Seizure Atlas.</source>
        <translation>Grundkarte: Natural Earth (gemeinfrei), aus der Weltkarte von QGIS. Zahlen: die nummerierten Quellen. Erstellt mit QGIS und Port Seizure Atlas.</translation>
    </message>
    <message>
        <source>Sources of the figures shown (%1 and %2)</source>
        <translation>Quellen der gezeigten Zahlen (%1 und %2)</translation>
    </message>
</context>
<context>
    <name>CountryNames</name>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Antigua und Barbuda</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentinien</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgarien</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Benin</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasilien</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Côte d’Ivoire</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Kolumbien</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <source>Cabo Verde</source>
        <translation>Cabo Verde</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Zypern</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>Dominikanische Republik</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Ecuador</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estland</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finnland</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guinea</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Griechenland</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <source>Guinea-Bissau</source>
        <translation>Guinea-Bissau</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Kroatien</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Jamaika</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Litauen</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettland</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Marokko</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Mexiko</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation>Nicaragua</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norwegen</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>Panama</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumänien</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slowenien</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Senegal</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>Trinidad und Tobago</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Südafrika</translation>
    </message>
</context>
<context>
    <name>ImportSeizureEventsTask</name>
    <message>
        <source>Checking seizure events</source>
        <translation>Sicherstellungsfälle werden geprüft</translation>
    </message>
    <message>
        <source>Importing seizure events</source>
        <translation>Sicherstellungsfälle werden importiert</translation>
    </message>
</context>
<context>
    <name>ImportSeizureEventsWizard</name>
    <message>
        <source>Import seizure events</source>
        <translation>Sicherstellungsfälle importieren</translation>
    </message>
    <message>
        <source>Your table of seizure events</source>
        <translation>Ihre Tabelle der Sicherstellungsfälle</translation>
    </message>
    <message>
        <source>One row per seizure: CSV, XLSX, ODS or a GeoPackage table. The file is only read, never changed.</source>
        <translation>Eine Zeile je Sicherstellung: CSV, XLSX, ODS oder eine GeoPackage-Tabelle. Die Datei wird nur gelesen, nie verändert.</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx *.ods *.gpkg)</source>
        <translation>Tabellen (*.csv *.tsv *.txt *.xlsx *.ods *.gpkg)</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatisch erkennen</translation>
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
        <source>Pipe |</source>
        <translation>Senkrechter Strich |</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>Detect from the quantities</source>
        <translation>Aus den Mengen erkennen</translation>
    </message>
    <message>
        <source>Comma (1.500,5)</source>
        <translation>Komma (1.500,5)</translation>
    </message>
    <message>
        <source>Point (1,500.5)</source>
        <translation>Punkt (1,500.5)</translation>
    </message>
    <message>
        <source>Day and month</source>
        <translation>Tag und Monat</translation>
    </message>
    <message>
        <source>Detect from the dates</source>
        <translation>Aus den Datumsangaben erkennen</translation>
    </message>
    <message>
        <source>Day first (03/04 = 3 April)</source>
        <translation>Tag zuerst (03/04 = 3. April)</translation>
    </message>
    <message>
        <source>Month first (03/04 = 4 March)</source>
        <translation>Monat zuerst (03/04 = 4. März)</translation>
    </message>
    <message>
        <source>Accept single seizures above %1 t</source>
        <translation>Einzelsicherstellungen über %1 t zulassen</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Zuordnung der Spalten</translation>
    </message>
    <message>
        <source>Date, port, quantity and unit are needed. Columns named like a field are chosen already.</source>
        <translation>Datum, Hafen, Menge und Einheit sind erforderlich. Spalten, die wie ein Feld heißen, sind bereits zugeordnet.</translation>
    </message>
    <message>
        <source>%1 (needed)</source>
        <translation>%1 (erforderlich)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Every row is checked as for the atlas&apos;s own tables. Nothing is written until every row passes.</source>
        <translation>Jede Zeile wird wie bei den atlaseigenen Tabellen geprüft. Erst wenn jede Zeile die Prüfung besteht, wird geschrieben.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Speichern in</translation>
    </message>
    <message>
        <source>A GeoPackage of your own, or a schema of your team&apos;s PostGIS. It is written completely or not at all; the layers are then added to the project.</source>
        <translation>Ein eigenes GeoPackage oder ein Schema der PostGIS-Datenbank Ihres Teams. Es wird vollständig oder gar nicht geschrieben; die Layer werden danach dem Projekt hinzugefügt.</translation>
    </message>
    <message>
        <source>GeoPackage file</source>
        <translation>GeoPackage-Datei</translation>
    </message>
    <message>
        <source>PostGIS connection: %1</source>
        <translation>PostGIS-Verbindung: %1</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>PostGIS schema</source>
        <translation>PostGIS-Schema</translation>
    </message>
    <message>
        <source>Replace the GeoPackage, or the tables in the schema, if they exist</source>
        <translation>GeoPackage bzw. Tabellen im Schema ersetzen, falls vorhanden</translation>
    </message>
    <message>
        <source>The PostGIS connection %1 no longer exists.</source>
        <translation>Die PostGIS-Verbindung %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>PostGIS connection %1: %2 Nothing was written.</source>
        <translation>PostGIS-Verbindung %1: %2 Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>ImportedDataActions</name>
    <message>
        <source>Import seizure events…</source>
        <translation>Sicherstellungsfälle importieren…</translation>
    </message>
    <message>
        <source>Check a table of seizure events (CSV, XLSX, ODS) and import it into a GeoPackage</source>
        <translation>Eine Tabelle mit Sicherstellungsfällen (CSV, XLSX, ODS) prüfen und in ein GeoPackage importieren</translation>
    </message>
    <message>
        <source>Add my seizure data (GeoPackage)…</source>
        <translation>Meine Sicherstellungsdaten hinzufügen (GeoPackage)…</translation>
    </message>
    <message>
        <source>Add seizure events imported into a GeoPackage (port-seizure-atlas import) as layers the panel filters</source>
        <translation>In ein GeoPackage importierte Sicherstellungsfälle (port-seizure-atlas import) als Layer hinzufügen, die das Bedienfeld filtert</translation>
    </message>
    <message>
        <source>Add my seizure data (PostGIS)…</source>
        <translation>Meine Sicherstellungsdaten hinzufügen (PostGIS)…</translation>
    </message>
    <message>
        <source>Add seizure events imported into a PostGIS database, through a QGIS connection</source>
        <translation>In eine PostGIS-Datenbank importierte Sicherstellungsfälle über eine QGIS-Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>%1 holds no ports; reinstall the plugin.</source>
        <translation>%1 enthält keine Häfen; installieren Sie das Plugin neu.</translation>
    </message>
    <message>
        <source>Import refused; nothing was written.
%1</source>
        <translation>Import abgelehnt; es wurde nichts geschrieben.
%1</translation>
    </message>
    <message>
        <source>Imported seizure events</source>
        <translation>Importierte Sicherstellungsfälle</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>No PostGIS connection is set up in QGIS. Add one in the Browser (PostgreSQL › New Connection), with an authentication configuration.</source>
        <translation>In QGIS ist keine PostGIS-Verbindung eingerichtet. Legen Sie im Browser eine an (PostgreSQL › Neue Verbindung), mit einer Authentifizierungskonfiguration.</translation>
    </message>
    <message>
        <source>PostGIS connection:</source>
        <translation>PostGIS-Verbindung:</translation>
    </message>
    <message>
        <source>Schema holding seizure_events:</source>
        <translation>Schema mit seizure_events:</translation>
    </message>
    <message>
        <source>Port Seizure Atlas</source>
        <translation>Port Seizure Atlas</translation>
    </message>
    <message numerus="yes">
        <source>Added %n layer(s) of your seizure data; the panel filters them.</source>
        <translation>
            <numerusform>%n Layer Ihrer Sicherstellungsdaten hinzugefügt; das Bedienfeld filtert ihn.</numerusform>
            <numerusform>%n Layer Ihrer Sicherstellungsdaten hinzugefügt; das Bedienfeld filtert sie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportedLayerSet</name>
    <message>
        <source>My seizures per port and year</source>
        <translation>Meine Sicherstellungen je Hafen und Jahr</translation>
    </message>
    <message>
        <source>My seizure events</source>
        <translation>Meine Sicherstellungsfälle</translation>
    </message>
    <message>
        <source>My seizure routes</source>
        <translation>Routen meiner Sicherstellungen</translation>
    </message>
    <message>
        <source>My seizure data</source>
        <translation>Meine Sicherstellungsdaten</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>The PostGIS connection holds a user name or password; use a QGIS authentication configuration instead, so no credentials are written into the project.</source>
        <translation>Die PostGIS-Verbindung enthält einen Benutzernamen oder ein Passwort; verwenden Sie stattdessen eine QGIS-Authentifizierungskonfiguration, damit keine Zugangsdaten in das Projekt geschrieben werden.</translation>
    </message>
    <message>
        <source>%1: no table &quot;%2&quot; (an import by an earlier version of the plugin): its layer is left out; import the file again to add it.</source>
        <translation>%1: keine Tabelle „%2“ (Import durch eine frühere Version des Plugins): Der zugehörige Layer wird ausgelassen; importieren Sie die Datei erneut, um ihn hinzuzufügen.</translation>
    </message>
    <message>
        <source>%1: table &quot;%2&quot; cannot be read; is it an import of seizure events?</source>
        <translation>%1: Tabelle „%2“ kann nicht gelesen werden; ist sie ein Import von Sicherstellungsfällen?</translation>
    </message>
</context>
<context>
    <name>ImportedPortYearsStyle</name>
    <message>
        <source>Seized in the years shown (t)</source>
        <translation>Sichergestellt, angezeigte Jahre (t)</translation>
    </message>
    <message>
        <source>Years shown with events</source>
        <translation>Angezeigte Jahre mit Fällen</translation>
    </message>
    <message>
        <source>Seizure events in the years shown</source>
        <translation>Sicherstellungsfälle, angezeigte Jahre</translation>
    </message>
    <message>
        <source>Events with a known quantity in the years shown</source>
        <translation>Fälle mit bekannter Menge, angezeigte Jahre</translation>
    </message>
    <message>
        <source>Latest year shown with events (the row drawn)</source>
        <translation>Letztes angezeigtes Jahr mit Fällen (gezeichnete Zeile)</translation>
    </message>
    <message>
        <source>My seizures, one circle per port</source>
        <translation>Meine Sicherstellungen, Kreis je Hafen</translation>
    </message>
    <message>
        <source>Tonnes seized, area by t a year (sum ÷ years shown)</source>
        <translation>Sichergestellte Tonnen, Fläche nach t pro Jahr (Summe ÷ angezeigte Jahre)</translation>
    </message>
    <message>
        <source>No quantity known</source>
        <translation>Keine Menge bekannt</translation>
    </message>
    <message>
        <source>&lt;b&gt;[% &quot;name&quot; %]&lt;/b&gt; ([% &quot;port_locode&quot; %])&lt;br&gt;[% if(&quot;%1&quot; IS NULL, &apos;No quantity known&apos;, format_number(&quot;%1&quot;, 1) || &apos; t seized&apos;) %] in [% &quot;%2&quot; %]&lt;br&gt;[% &quot;%3&quot; %] events, [% &quot;%4&quot; %] with a known quantity</source>
        <translation>&lt;b&gt;[% &quot;name&quot; %]&lt;/b&gt; ([% &quot;port_locode&quot; %])&lt;br&gt;[% if(&quot;%1&quot; IS NULL, &apos;Keine Menge bekannt&apos;, format_number(&quot;%1&quot;, 1) || &apos; t sichergestellt&apos;) %] ([% &quot;%2&quot; %])&lt;br&gt;[% &quot;%3&quot; %] Fälle, davon [% &quot;%4&quot; %] mit bekannter Menge</translation>
    </message>
</context>
<context>
    <name>PortChange</name>
    <message>
        <source>new: %1 t</source>
        <translation>neu: %1 t</translation>
    </message>
    <message>
        <source>no figure for %1</source>
        <translation>keine Zahl für %1</translation>
    </message>
    <message>
        <source>%1 t</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
</context>
<context>
    <name>PortSeizureAtlasDock</name>
    <message>
        <source>Port Seizure Atlas</source>
        <translation>Port Seizure Atlas</translation>
    </message>
    <message>
        <source>Cocaine seizures in European seaports, year by year, and the sea routes they arrive by. Every figure carries its source.</source>
        <translation>Kokain-Sicherstellungen in europäischen Seehäfen Jahr für Jahr und die Seerouten, auf denen das Kokain ankommt. Jede Zahl ist mit ihrer Quelle belegt.</translation>
    </message>
    <message>
        <source>The filter saved in this project could not be read (%1). All years and countries are shown.</source>
        <translation>Der in diesem Projekt gespeicherte Filter konnte nicht gelesen werden (%1). Alle Jahre und Länder werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>PortSeizureAtlasPlugin</name>
    <message>
        <source>&amp;Port Seizure Atlas</source>
        <translation>&amp;Port Seizure Atlas</translation>
    </message>
    <message>
        <source>Plugin %1, data folder %2</source>
        <translation>Plugin %1, Datenordner %2</translation>
    </message>
    <message>
        <source>Plugin %1. The data folder %2 is missing: reinstall the plugin.</source>
        <translation>Plugin %1. Der Datenordner %2 fehlt: Installieren Sie das Plugin neu.</translation>
    </message>
    <message>
        <source>Show or hide the Port Seizure Atlas panel</source>
        <translation>Bedienfeld Port Seizure Atlas ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Add ports and seizures</source>
        <translation>Häfen und Sicherstellungen hinzufügen</translation>
    </message>
    <message>
        <source>Add the ports, routes and sourced seizure figures to the project</source>
        <translation>Häfen, Routen und mit Quellen belegte Sicherstellungszahlen dem Projekt hinzufügen</translation>
    </message>
    <message>
        <source>Print map…</source>
        <translation>Karte drucken…</translation>
    </message>
    <message>
        <source>Print the map of the current selection to PDF, PNG or SVG, or an atlas per port or country</source>
        <translation>Karte der aktuellen Auswahl als PDF, PNG oder SVG drucken oder einen Atlas je Hafen oder Land</translation>
    </message>
    <message>
        <source>Printed &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; gedruckt</translation>
    </message>
    <message>
        <source>The plugin&apos;s layers are already in the project.</source>
        <translation>Die Layer des Plugins sind bereits im Projekt.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n layer(s).</source>
        <translation>
            <numerusform>%n Layer hinzugefügt.</numerusform>
            <numerusform>%n Layer hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing %1 in the background; the layout &quot;%2&quot; is in the Layout Manager.</source>
        <translation>%1 wird im Hintergrund gedruckt; das Layout „%2“ ist in der Layoutverwaltung.</translation>
    </message>
</context>
<context>
    <name>PortSeizureAtlasProvider</name>
    <message>
        <source>Port Seizure Atlas</source>
        <translation>Port Seizure Atlas</translation>
    </message>
    <message>
        <source>Port Seizure Atlas (sea-lane routes)</source>
        <translation>Port Seizure Atlas (Seerouten)</translation>
    </message>
</context>
<context>
    <name>PrintLayoutItems</name>
    <message>
        <source>Cocaine seized in the port of [% &quot;name&quot; %] ([% &quot;country_name&quot; %]), [% @psa_years_text %]</source>
        <translation>Sichergestelltes Kokain im Hafen von [% &quot;name&quot; %] ([% &quot;country_name&quot; %]), [% @psa_years_text %]</translation>
    </message>
    <message>
        <source>Cocaine seized in the ports of [% &quot;NAME&quot; %], [% @psa_years_text %]</source>
        <translation>Sichergestelltes Kokain in Häfen: [% &quot;NAME&quot; %], [% @psa_years_text %]</translation>
    </message>
    <message>
        <source>Drug seizures in my data, port of [% coalesce(&quot;name&quot;, &quot;port_locode&quot;) %], [% @psa_years_text %]</source>
        <translation>Drogensicherstellungen (eigene Daten) im Hafen von [% coalesce(&quot;name&quot;, &quot;port_locode&quot;) %], [% @psa_years_text %]</translation>
    </message>
    <message>
        <source>Drug seizures in my data, ports of [% &quot;NAME&quot; %], [% @psa_years_text %]</source>
        <translation>Drogensicherstellungen (eigene Daten) in Häfen: [% &quot;NAME&quot; %], [% @psa_years_text %]</translation>
    </message>
    <message>
        <source>Cocaine seized in European ports, [% @psa_years_text %] — [% @psa_countries_text %]</source>
        <translation>Sichergestelltes Kokain in europäischen Häfen, [% @psa_years_text %] — [% @psa_countries_text %]</translation>
    </message>
    <message>
        <source>Drug seizures in my data, European ports, [% @psa_years_text %] — [% @psa_countries_text %]</source>
        <translation>Drogensicherstellungen (eigene Daten) in europäischen Häfen, [% @psa_years_text %] — [% @psa_countries_text %]</translation>
    </message>
    <message>
        <source>Tonnes seized per port (preferred published figures) and documented inbound routes along sea lanes.</source>
        <translation>Sichergestellte Tonnen je Hafen (bevorzugte veröffentlichte Zahlen) und belegte eingehende Routen entlang der Seewege.</translation>
    </message>
    <message>
        <source>Own data, not published figures: tonnes seized per port in the imported events, and routes from origin port to port of seizure along sea lanes.</source>
        <translation>Eigene Daten, keine veröffentlichten Zahlen: sichergestellte Tonnen je Hafen in den importierten Fällen und Routen vom Herkunftshafen zum Sicherstellungshafen entlang der Seewege.</translation>
    </message>
    <message>
        <source>Inbound routes across the Atlantic (frame: the main map)</source>
        <translation>Eingehende Routen über den Atlantik (Rahmen: die Hauptkarte)</translation>
    </message>
    <message>
        <source>dashed route: tonnage unknown</source>
        <translation>gestrichelt: Menge unbekannt</translation>
    </message>
    <message>
        <source>dotted route: origin port not published (assumed)</source>
        <translation>gepunktet: Herkunftshafen nicht genannt (angenommen)</translation>
    </message>
    <message>
        <source>Sources of the figures and routes shown</source>
        <translation>Quellen der gezeigten Zahlen und Routen</translation>
    </message>
    <message>
        <source>Basemap: Natural Earth (public domain), from QGIS&apos;s world map. Sea lanes: Eurostat SeaRoute network, EUPL-1.2. Figures: the sources listed. Made with QGIS and Port Seizure Atlas.</source>
        <translation>Grundkarte: Natural Earth (gemeinfrei), aus der Weltkarte von QGIS. Seewege: Eurostat-SeaRoute-Netz, EUPL-1.2. Zahlen: die aufgeführten Quellen. Erstellt mit QGIS und Port Seizure Atlas.</translation>
    </message>
</context>
<context>
    <name>PrintLegendColumn</name>
    <message>
        <source>Circles: tonnes seized per port in the imported events (several years: their sum ÷ number of years), on one fixed scale for every year and print; a ring where no quantity is recorded. Lines: width by tonnes.</source>
        <translation>Kreise: sichergestellte Tonnen je Hafen in den importierten Fällen (mehrere Jahre: deren Summe ÷ Zahl der Jahre), auf einer festen Skala für jedes Jahr und jeden Druck; ein Ring, wo keine Menge erfasst ist. Linien: Breite nach Tonnen.</translation>
    </message>
    <message>
        <source>Circles: tonnes seized a year per port (several years: their sum ÷ number of years), area on one fixed scale for every year and print; a ring: no published figure. Lines: width by tonnes.</source>
        <translation>Kreise: sichergestellte Tonnen pro Jahr je Hafen (mehrere Jahre: deren Summe ÷ Zahl der Jahre), Fläche auf einer festen Skala für jedes Jahr und jeden Druck; Ring: keine veröffentlichte Zahl. Linien: Breite nach Tonnen.</translation>
    </message>
    <message numerus="yes">
        <source>Sources: the %n source(s) of the figures and routes shown are listed, numbered, on the following page (image output: in a second file, its name ending in _2).</source>
        <translation>
            <numerusform>Quellen: Die %n Quelle der gezeigten Zahlen und Routen ist auf der folgenden Seite nummeriert aufgeführt (Bildausgabe: in einer zweiten Datei, deren Name auf _2 endet).</numerusform>
            <numerusform>Quellen: Die %n Quellen der gezeigten Zahlen und Routen sind auf der folgenden Seite nummeriert aufgeführt (Bildausgabe: in einer zweiten Datei, deren Name auf _2 endet).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintSourceList</name>
    <message>
        <source>Own data: seizure events imported from %1, in %2</source>
        <translation>Eigene Daten: Sicherstellungsfälle, importiert aus %1, in %2</translation>
    </message>
    <message>
        <source>Sources of the figures shown</source>
        <translation>Quellen der gezeigten Zahlen</translation>
    </message>
    <message>
        <source>No figure is shown for this selection.</source>
        <translation>Für diese Auswahl wird keine Zahl angezeigt.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Own data (%1)</source>
        <translation>Eigene Daten (%1)</translation>
    </message>
    <message>
        <source>%1: table %2: reading stopped at feature %3 of %4; the import is left out of the choices.</source>
        <translation>%1: Tabelle %2: Lesen bei Objekt %3 von %4 abgebrochen; der Import wird nicht zur Auswahl angeboten.</translation>
    </message>
    <message>
        <source>Port Seizure Atlas</source>
        <translation>Port Seizure Atlas</translation>
    </message>
    <message>
        <source>Cannot write %1 (renaming the finished export failed).</source>
        <translation>%1 kann nicht geschrieben werden (Umbenennen des fertigen Exports fehlgeschlagen).</translation>
    </message>
    <message>
        <source>Import seizure events</source>
        <translation>Sicherstellungsfälle importieren</translation>
    </message>
    <message>
        <source>import,seizure,events,csv,xlsx,ods,geopackage,cocaine,port,validate</source>
        <translation>import,sicherstellung,fälle,csv,xlsx,ods,geopackage,kokain,hafen,prüfen</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Checks a table of seizure events and writes it, all or nothing, into a GeoPackage or a PostGIS schema the panel can filter.</source>
        <translation>Prüft eine Tabelle mit Sicherstellungsfällen und schreibt sie vollständig oder gar nicht in ein GeoPackage oder ein PostGIS-Schema, das das Bedienfeld filtern kann.</translation>
    </message>
    <message>
        <source>&lt;p&gt;One row per seizure with the columns date, port, origin_port, origin_country, drug, quantity, unit (date, port, quantity and unit needed; headers in German, Dutch, French, Spanish, Italian or Portuguese such as Datum, Hafen, Menge are recognised; other column names through &lt;i&gt;Column mapping&lt;/i&gt;, e.g. &lt;code&gt;Tag=date,Ort=port&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;Input: CSV (separator and encoding detected unless given), XLSX, ODS or a GeoPackage table. Ports: UN/LOCODE, name, UN/LOCODE local name or common exonym (Antwerpen, Anvers). Dates: 2021-03-12, 12.03.2021, 12/03/2021, 12 March 2021, Mai 2022 or 2021. Quantities: 1500, 1.5, 1,5, 1.500,5 in g, kg or t (stored as tonnes); the decimal mark and the order of day and month are decided once per file, and a value that reads two ways is refused unless &lt;i&gt;Decimal mark&lt;/i&gt; or &lt;i&gt;Order of day and month&lt;/i&gt; settles it. A seizure above 100 t is refused as implausible unless &lt;i&gt;Accept single seizures above 100 t&lt;/i&gt; is set.&lt;/p&gt;&lt;p&gt;All or nothing: when any row is refused, every problem is listed (file, line, column, rule, and the nearest port names for an unknown port) and nothing is written. The input file is never changed.&lt;/p&gt;&lt;p&gt;Save to a GeoPackage, or to a schema of a PostGIS database chosen as a QGIS PostgreSQL connection. The connection must use an authentication configuration: one that stores a user name or password is refused, so no credentials are written into a project.&lt;/p&gt;&lt;p&gt;The imported layers are added to the project (group &lt;i&gt;My seizure data&lt;/i&gt;), where the panel filters them; later with &lt;i&gt;Plugins › Port Seizure Atlas › Add my seizure data…&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Zeile je Sicherstellung mit den Spalten date, port, origin_port, origin_country, drug, quantity, unit (date, port, quantity und unit erforderlich; Spaltenköpfe auf Deutsch, Niederländisch, Französisch, Spanisch, Italienisch oder Portugiesisch wie Datum, Hafen, Menge werden erkannt; andere Spaltennamen über &lt;i&gt;Spaltenzuordnung&lt;/i&gt;, z. B. &lt;code&gt;Tag=date,Ort=port&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;Eingabe: CSV (Trennzeichen und Kodierung werden erkannt, sofern nicht angegeben), XLSX, ODS oder eine GeoPackage-Tabelle. Häfen: UN/LOCODE, Name, lokaler Name laut UN/LOCODE oder gängiges Exonym (Antwerpen, Anvers). Datumsangaben: 2021-03-12, 12.03.2021, 12/03/2021, 12 March 2021, Mai 2022 oder 2021. Mengen: 1500, 1.5, 1,5, 1.500,5 in g, kg oder t (gespeichert in Tonnen); Dezimaltrennzeichen und Reihenfolge von Tag und Monat werden einmal je Datei bestimmt, und ein Wert, der sich auf zwei Arten lesen lässt, wird abgelehnt, sofern nicht &lt;i&gt;Dezimaltrennzeichen&lt;/i&gt; oder &lt;i&gt;Reihenfolge von Tag und Monat&lt;/i&gt; dies klärt. Eine Sicherstellung über 100 t wird als unplausibel abgelehnt, sofern nicht &lt;i&gt;Einzelsicherstellungen über 100 t zulassen&lt;/i&gt; gesetzt ist.&lt;/p&gt;&lt;p&gt;Alles oder nichts: Wird eine Zeile abgelehnt, werden alle Probleme aufgeführt (Datei, Zeile, Spalte, Regel und bei unbekanntem Hafen die ähnlichsten Hafennamen), und es wird nichts geschrieben. Die Eingabedatei wird nie verändert.&lt;/p&gt;&lt;p&gt;Speichern in ein GeoPackage oder in ein Schema einer PostGIS-Datenbank, ausgewählt als QGIS-PostgreSQL-Verbindung. Die Verbindung muss eine Authentifizierungskonfiguration verwenden: Eine Verbindung, die Benutzername oder Passwort speichert, wird abgelehnt, damit keine Zugangsdaten in ein Projekt geschrieben werden.&lt;/p&gt;&lt;p&gt;Die importierten Layer werden dem Projekt hinzugefügt (Gruppe &lt;i&gt;Meine Sicherstellungsdaten&lt;/i&gt;), wo das Bedienfeld sie filtert; später über &lt;i&gt;Erweiterungen › Port Seizure Atlas › Meine Sicherstellungsdaten hinzufügen…&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Seizure events (CSV, XLSX, ODS, GeoPackage)</source>
        <translation>Sicherstellungsfälle (CSV, XLSX, ODS, GeoPackage)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.ods *.gpkg)</source>
        <translation>Tabellen (*.csv *.xlsx *.ods *.gpkg)</translation>
    </message>
    <message>
        <source>Column mapping (column=field,...)</source>
        <translation>Spaltenzuordnung (Spalte=Feld,...)</translation>
    </message>
    <message>
        <source>Replace an existing GeoPackage, or the tables in the schema</source>
        <translation>Vorhandenes GeoPackage bzw. die Tabellen im Schema ersetzen</translation>
    </message>
    <message>
        <source>Imported events (GeoPackage)</source>
        <translation>Importierte Fälle (GeoPackage)</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Or: PostGIS connection (with an authentication configuration)</source>
        <translation>Oder: PostGIS-Verbindung (mit Authentifizierungskonfiguration)</translation>
    </message>
    <message>
        <source>PostGIS schema</source>
        <translation>PostGIS-Schema</translation>
    </message>
    <message>
        <source>Add the imported layers to the project</source>
        <translation>Importierte Layer dem Projekt hinzufügen</translation>
    </message>
    <message>
        <source>CSV separator</source>
        <translation>CSV-Trennzeichen</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Senkrechter Strich</translation>
    </message>
    <message>
        <source>CSV encoding (empty: detect; e.g. windows-1252)</source>
        <translation>CSV-Kodierung (leer: erkennen; z. B. windows-1252)</translation>
    </message>
    <message>
        <source>Decimal mark, when the file does not show it</source>
        <translation>Dezimaltrennzeichen, wenn die Datei es nicht erkennen lässt</translation>
    </message>
    <message>
        <source>Comma (1.500,5)</source>
        <translation>Komma (1.500,5)</translation>
    </message>
    <message>
        <source>Point (1,500.5)</source>
        <translation>Punkt (1,500.5)</translation>
    </message>
    <message>
        <source>Order of day and month, when no day is above 12</source>
        <translation>Reihenfolge von Tag und Monat, wenn kein Tag über 12 liegt</translation>
    </message>
    <message>
        <source>Day first (dmy)</source>
        <translation>Tag zuerst (dmy)</translation>
    </message>
    <message>
        <source>Month first (mdy)</source>
        <translation>Monat zuerst (mdy)</translation>
    </message>
    <message>
        <source>Accept single seizures above 100 t</source>
        <translation>Einzelsicherstellungen über 100 t zulassen</translation>
    </message>
    <message>
        <source>Events imported</source>
        <translation>Importierte Fälle</translation>
    </message>
    <message>
        <source>Choose where to save the events: a GeoPackage or a PostGIS connection (one of them).</source>
        <translation>Wählen Sie, wo die Fälle gespeichert werden: ein GeoPackage oder eine PostGIS-Verbindung (eines von beiden).</translation>
    </message>
    <message>
        <source>PostGIS connection %1: %2</source>
        <translation>PostGIS-Verbindung %1: %2</translation>
    </message>
    <message>
        <source>There is no PostGIS connection named %1.</source>
        <translation>Es gibt keine PostGIS-Verbindung namens %1.</translation>
    </message>
    <message>
        <source>PostGIS connection %1: %2 Nothing was written.</source>
        <translation>PostGIS-Verbindung %1: %2 Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 holds no ports</source>
        <translation>%1 enthält keine Häfen</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Import refused: %n error(s); nothing was written.</source>
        <translation>
            <numerusform>Import abgelehnt: %n Fehler; es wurde nichts geschrieben.</numerusform>
            <numerusform>Import abgelehnt: %n Fehler; es wurde nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 of &apos;%2&apos;</source>
        <translation>Zeile %1 von „%2“</translation>
    </message>
    <message>
        <source>%1 (fid %2)</source>
        <translation>%1 (fid %2)</translation>
    </message>
    <message>
        <source>The %1 layer &apos;%2&apos; has no CRS: its coordinates are taken as WGS 84 longitude/latitude.</source>
        <translation>Der Layer „%2“ (%1) hat kein KBS: Seine Koordinaten werden als WGS-84-Länge/-Breite gelesen.</translation>
    </message>
    <message>
        <source>%1 (&apos;%2&apos;)</source>
        <translation>%1 („%2“)</translation>
    </message>
    <message>
        <source>the %1 has no geometry (NULL or empty)</source>
        <translation>%1: keine Geometrie (NULL oder leer)</translation>
    </message>
    <message>
        <source>the %1 is a multipoint of %2 points; give one point per feature</source>
        <translation>%1: Multipunkt aus %2 Punkten; geben Sie einen Punkt je Objekt an</translation>
    </message>
    <message>
        <source>the %1 cannot be transformed to WGS 84: %2</source>
        <translation>%1: nicht nach WGS 84 transformierbar: %2</translation>
    </message>
    <message>
        <source>the %1 code field &apos;%2&apos; is NULL or empty</source>
        <translation>%1: Codefeld „%2“ ist NULL oder leer</translation>
    </message>
    <message>
        <source>no %1 field given</source>
        <translation>kein Feld für %1 angegeben</translation>
    </message>
    <message>
        <source>the %1 %2 field &apos;%3&apos; is %4, expected a number</source>
        <translation>%1: %2-Feld „%3“ ist %4, erwartet wird eine Zahl</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>unknown %1 UN/LOCODE &apos;%2&apos;, routed by its coordinates</source>
        <translation>unbekannter UN/LOCODE „%2“ (%1), nach Koordinaten geroutet</translation>
    </message>
    <message>
        <source>%1: %2; no route.</source>
        <translation>%1: %2; keine Route.</translation>
    </message>
    <message>
        <source>unknown %1 UN/LOCODE &apos;%2&apos;: not a port of the sea-lane network (%3)</source>
        <translation>unbekannter UN/LOCODE „%2“ (%1): kein Hafen des Seewegenetzes (%3)</translation>
    </message>
    <message>
        <source>the %1 %2 is not a valid longitude/latitude</source>
        <translation>%1: %2 ist keine gültige Länge/Breite</translation>
    </message>
    <message>
        <source>Panama Canal</source>
        <translation>Panamakanal</translation>
    </message>
    <message>
        <source>Suez Canal</source>
        <translation>Sueskanal</translation>
    </message>
    <message>
        <source>Strait of Gibraltar</source>
        <translation>Straße von Gibraltar</translation>
    </message>
    <message>
        <source>Strait of Dover</source>
        <translation>Straße von Dover</translation>
    </message>
    <message>
        <source>Kiel Canal</source>
        <translation>Nord-Ostsee-Kanal</translation>
    </message>
    <message>
        <source>Corinth Canal</source>
        <translation>Kanal von Korinth</translation>
    </message>
    <message>
        <source>Strait of Malacca</source>
        <translation>Straße von Malakka</translation>
    </message>
    <message>
        <source>Bab-el-Mandeb</source>
        <translation>Bab al-Mandab</translation>
    </message>
    <message>
        <source>Bering Strait</source>
        <translation>Beringstraße</translation>
    </message>
    <message>
        <source>Strait of Magellan</source>
        <translation>Magellanstraße</translation>
    </message>
    <message>
        <source>Northwest Passage</source>
        <translation>Nordwestpassage</translation>
    </message>
    <message>
        <source>Northeast Passage</source>
        <translation>Nordostpassage</translation>
    </message>
    <message>
        <source>Pentland Firth</source>
        <translation>Pentland Firth</translation>
    </message>
    <message>
        <source>Fair Isle channel</source>
        <translation>Fair-Isle-Passage</translation>
    </message>
    <message>
        <source>The Minch</source>
        <translation>The Minch</translation>
    </message>
    <message>
        <source>Inland waterways</source>
        <translation>Binnenwasserstraßen</translation>
    </message>
    <message>
        <source>Sea-lane routes</source>
        <translation>Seerouten</translation>
    </message>
    <message>
        <source>sea,lane,route,shipping,maritime,port,unlocode,distance,origin,destination,matrix,searoute</source>
        <translation>seeweg,route,schifffahrt,maritim,hafen,unlocode,entfernung,herkunft,ziel,matrix,searoute</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routenberechnung</translation>
    </message>
    <message>
        <source>Draws the shortest sea routes between ports or points along the shipping lanes.</source>
        <translation>Berechnet die kürzesten Seerouten zwischen Häfen oder Punkten entlang der Schifffahrtswege.</translation>
    </message>
    <message>
        <source>Draws the shortest sea route between ports or points along a global maritime network, as one line per route in WGS 84 (EPSG:4326).

&lt;b&gt;Input&lt;/b&gt;, either:
- &lt;i&gt;Origins&lt;/i&gt; and &lt;i&gt;Destinations&lt;/i&gt;: two point layers; every origin is joined to every destination. The optional ID fields hold a label or a UN/LOCODE. A UN/LOCODE the network knows starts or ends the route at that port; any other point joins the network as described below. Points are reprojected to WGS 84. The layers&apos; other fields are copied to the output with the prefixes origin_ and destination_.
- or an &lt;i&gt;OD table&lt;/i&gt; (any table, geometry not needed): one route per row, between UN/LOCODEs in the origin and destination code fields, or WGS 84 longitude/latitude in the X/Y fields (used when a code is empty or unknown). The table&apos;s other fields are copied to the output.

&lt;b&gt;Passages to avoid&lt;/b&gt;: chokepoints the routes must not use. By default the Corinth and Kiel canals and the Northwest and Northeast passages, which large ships do not use. Clear the list to allow every passage.
&lt;b&gt;Snap tolerance&lt;/b&gt; (km): a point farther than this from every node it can reach at sea gets no route.
&lt;b&gt;Shortest distance&lt;/b&gt;: by default minor passages (Pentland Firth, Orkney sounds, Fair Isle channel, the Minch), inland waterways and the lane north of Scotland cost more than their length, so that routes keep to the main lanes (the Channel, the Skagerrak); check it for the shortest route by distance.
&lt;b&gt;Densify&lt;/b&gt; (km): the longest segment of an output line, inserted along the WGS 84 geodesic (0 keeps the network&apos;s vertices).

&lt;b&gt;Output fields&lt;/b&gt;: origin and destination (port name or label), origin_code and destination_code (UN/LOCODE, NULL for a point), length_km (geodesic length of the line on WGS 84), network_km (length along the network), passages (chokepoints used, separated by &apos;;&apos;), approximate (true when an end is a point joined to the network by a straight line), approach_km (km from the two ends to the network: connectors and join lines), fallback (why an end with an unknown UN/LOCODE was routed by its coordinates), then the copied fields.

Lines follow the sea lanes and never cross land, except at the approach: a port is reached through its own sea-only connector; a point within 10 km of a port of the network through that port&apos;s connectors; any other point by a straight line to the nearest node that the line reaches without crossing the land of QGIS&apos;s world map (the land the network was repaired with), searching outward. Longitudes stay continuous across the antimeridian (beyond 180 degrees).

An unknown UN/LOCODE in a row that also has coordinates is routed by the coordinates, and the log says so. A row that cannot be routed (unknown UN/LOCODE without coordinates, NULL or empty geometry, a point on land or beyond the snap tolerance) is reported in the log with its row number; the other routes are still built.

Maritime network: Eurostat SeaRoute (© European Union), EUPL-1.2, derived from ORNL Global Shipping Lane Network.</source>
        <translation>Berechnet die kürzeste Seeroute zwischen Häfen oder Punkten entlang eines globalen maritimen Netzes, als eine Linie je Route in WGS 84 (EPSG:4326).

&lt;b&gt;Eingabe&lt;/b&gt;, entweder:
- &lt;i&gt;Herkunftsorte&lt;/i&gt; und &lt;i&gt;Zielorte&lt;/i&gt;: zwei Punktlayer; jeder Herkunftsort wird mit jedem Zielort verbunden. Die optionalen ID-Felder enthalten eine Bezeichnung oder einen UN/LOCODE. Ein dem Netz bekannter UN/LOCODE lässt die Route in diesem Hafen beginnen oder enden; jeder andere Punkt wird wie unten beschrieben an das Netz angebunden. Punkte werden nach WGS 84 umprojiziert. Die übrigen Felder der Layer werden mit den Präfixen origin_ und destination_ in die Ausgabe übernommen.
- oder eine &lt;i&gt;OD-Tabelle&lt;/i&gt; (beliebige Tabelle, Geometrie nicht nötig): eine Route je Zeile, zwischen UN/LOCODEs in den Codefeldern für Herkunft und Ziel oder WGS-84-Länge/-Breite in den X/Y-Feldern (verwendet, wenn ein Code leer oder unbekannt ist). Die übrigen Felder der Tabelle werden in die Ausgabe übernommen.

&lt;b&gt;Zu meidende Passagen&lt;/b&gt;: Engstellen, die die Routen nicht nutzen dürfen. Standardmäßig der Kanal von Korinth und der Nord-Ostsee-Kanal sowie Nordwest- und Nordostpassage, die große Schiffe nicht nutzen. Leeren Sie die Liste, um jede Passage zuzulassen.
&lt;b&gt;Fangtoleranz&lt;/b&gt; (km): Ein Punkt, der weiter als diese Entfernung von jedem auf See erreichbaren Knoten entfernt liegt, erhält keine Route.
&lt;b&gt;Kürzeste Entfernung&lt;/b&gt;: Standardmäßig kosten kleinere Passagen (Pentland Firth, Orkney-Sunde, Fair-Isle-Passage, The Minch), Binnenwasserstraßen und der Seeweg nördlich von Schottland mehr als ihre Länge, damit die Routen auf den Hauptschifffahrtswegen bleiben (Ärmelkanal, Skagerrak); aktivieren Sie die Option für die nach Entfernung kürzeste Route.
&lt;b&gt;Verdichten&lt;/b&gt; (km): das längste Segment einer Ausgabelinie, eingefügt entlang der WGS-84-Geodäte (0 behält die Stützpunkte des Netzes).

&lt;b&gt;Ausgabefelder&lt;/b&gt;: origin und destination (Hafenname oder Bezeichnung), origin_code und destination_code (UN/LOCODE, NULL für einen Punkt), length_km (geodätische Länge der Linie auf WGS 84), network_km (Länge entlang des Netzes), passages (genutzte Engstellen, getrennt durch &apos;;&apos;), approximate (true, wenn ein Ende ein Punkt ist, der über eine gerade Linie an das Netz angebunden ist), approach_km (km von den beiden Enden zum Netz: Zubringer und Anbindungslinien), fallback (warum ein Ende mit unbekanntem UN/LOCODE nach seinen Koordinaten geroutet wurde), danach die übernommenen Felder.

Die Linien folgen den Seewegen und queren nie Land, außer bei der Anbindung: Ein Hafen wird über seinen eigenen, rein seeseitigen Zubringer erreicht; ein Punkt im Umkreis von 10 km um einen Hafen des Netzes über die Zubringer dieses Hafens; jeder andere Punkt über eine gerade Linie zum nächsten Knoten, den die Linie erreicht, ohne Land der QGIS-Weltkarte zu queren (das Land, mit dem das Netz repariert wurde), wobei nach außen gesucht wird. Längengrade bleiben über den Antimeridian hinweg stetig (über 180 Grad hinaus).

Ein unbekannter UN/LOCODE in einer Zeile, die auch Koordinaten hat, wird nach den Koordinaten geroutet; das Protokoll vermerkt dies. Eine Zeile, die nicht geroutet werden kann (unbekannter UN/LOCODE ohne Koordinaten, NULL- oder leere Geometrie, ein Punkt an Land oder jenseits der Fangtoleranz), wird mit ihrer Zeilennummer im Protokoll gemeldet; die übrigen Routen werden dennoch erzeugt.

Maritimes Netz: Eurostat SeaRoute (© Europäische Union), EUPL-1.2, abgeleitet vom ORNL Global Shipping Lane Network.</translation>
    </message>
    <message>
        <source>Origins (points)</source>
        <translation>Herkunftsorte (Punkte)</translation>
    </message>
    <message>
        <source>Origin ID field (label or UN/LOCODE)</source>
        <translation>ID-Feld Herkunftsort (Bezeichnung oder UN/LOCODE)</translation>
    </message>
    <message>
        <source>Destinations (points)</source>
        <translation>Zielorte (Punkte)</translation>
    </message>
    <message>
        <source>Destination ID field (label or UN/LOCODE)</source>
        <translation>ID-Feld Zielort (Bezeichnung oder UN/LOCODE)</translation>
    </message>
    <message>
        <source>OD table (one route per row)</source>
        <translation>OD-Tabelle (eine Route je Zeile)</translation>
    </message>
    <message>
        <source>Origin UN/LOCODE field</source>
        <translation>UN/LOCODE-Feld Herkunft</translation>
    </message>
    <message>
        <source>Destination UN/LOCODE field</source>
        <translation>UN/LOCODE-Feld Ziel</translation>
    </message>
    <message>
        <source>Origin longitude field (WGS 84)</source>
        <translation>Längengrad-Feld Herkunft (WGS 84)</translation>
    </message>
    <message>
        <source>Origin latitude field (WGS 84)</source>
        <translation>Breitengrad-Feld Herkunft (WGS 84)</translation>
    </message>
    <message>
        <source>Destination longitude field (WGS 84)</source>
        <translation>Längengrad-Feld Ziel (WGS 84)</translation>
    </message>
    <message>
        <source>Destination latitude field (WGS 84)</source>
        <translation>Breitengrad-Feld Ziel (WGS 84)</translation>
    </message>
    <message>
        <source>Passages to avoid</source>
        <translation>Zu meidende Passagen</translation>
    </message>
    <message>
        <source>Snap tolerance for points (km)</source>
        <translation>Fangtoleranz für Punkte (km)</translation>
    </message>
    <message>
        <source>Densify: longest segment (km, 0 = off)</source>
        <translation>Verdichten: längstes Segment (km, 0 = aus)</translation>
    </message>
    <message>
        <source>Shortest distance (do not keep to the main shipping lanes)</source>
        <translation>Kürzeste Entfernung (nicht an die Hauptschifffahrtswege halten)</translation>
    </message>
    <message>
        <source>Routes built</source>
        <translation>Erzeugte Routen</translation>
    </message>
    <message>
        <source>Rows or pairs without a route</source>
        <translation>Zeilen oder Paare ohne Route</translation>
    </message>
    <message>
        <source>Give either an OD table or origin and destination layers, not both.</source>
        <translation>Geben Sie entweder eine OD-Tabelle oder Herkunfts- und Ziel-Layer an, nicht beides.</translation>
    </message>
    <message>
        <source>Give an origins and a destinations point layer, or an OD table.</source>
        <translation>Geben Sie je einen Punktlayer für Herkunftsorte und Zielorte an oder eine OD-Tabelle.</translation>
    </message>
    <message>
        <source>The OD table needs the %1 UN/LOCODE field, or both the %1 longitude and latitude fields.</source>
        <translation>Die OD-Tabelle braucht für %1 das UN/LOCODE-Feld oder sowohl das Längengrad- als auch das Breitengrad-Feld.</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Cannot load the sea-lane network: %1</source>
        <translation>Das Seewegenetz kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Sea-lane network: %1 nodes, %2 edges, %3 ports (%4)</source>
        <translation>Seewegenetz: %1 Knoten, %2 Kanten, %3 Häfen (%4)</translation>
    </message>
    <message>
        <source>QGIS&apos;s world map was not found: points join the network by straight lines that may cross land.</source>
        <translation>Die Weltkarte von QGIS wurde nicht gefunden: Punkte werden über gerade Linien an das Netz angebunden, die Land queren können.</translation>
    </message>
    <message>
        <source>No edge of the network is in the passage &apos;%1&apos;; avoiding it changes nothing.</source>
        <translation>Keine Kante des Netzes liegt in der Passage „%1“; sie zu meiden ändert nichts.</translation>
    </message>
    <message>
        <source>Avoided passages: none</source>
        <translation>Gemiedene Passagen: keine</translation>
    </message>
    <message>
        <source>Avoided passages: %1</source>
        <translation>Gemiedene Passagen: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>%1: the origin %2 and the destination %3 are the same place; no route.</source>
        <translation>%1: Herkunft %2 und Ziel %3 sind derselbe Ort; keine Route.</translation>
    </message>
    <message>
        <source>Canceled; routes built so far: %1.</source>
        <translation>Abgebrochen; bisher erzeugte Routen: %1.</translation>
    </message>
    <message>
        <source>Routes built: %1 of %2 rows; rows failed: %3.</source>
        <translation>Erzeugte Routen: %1 von %2 Zeilen; fehlgeschlagene Zeilen: %3.</translation>
    </message>
    <message>
        <source>Routes built: %1; input points failed: %2; origin-destination pairs without a route: %3.</source>
        <translation>Erzeugte Routen: %1; fehlgeschlagene Eingabepunkte: %2; Herkunft-Ziel-Paare ohne Route: %3.</translation>
    </message>
</context>
<context>
    <name>QgisProfileRegistration</name>
    <message>
        <source>Plugin folder %1 does not exist.</source>
        <translation>Plugin-Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Registered %1 (plugin %2) in %3. Restart QGIS to load it.</source>
        <translation>%1 (Plugin %2) in %3 registriert. Starten Sie QGIS neu, um es zu laden.</translation>
    </message>
    <message>
        <source>Nothing to remove: %1 does not exist.</source>
        <translation>Nichts zu entfernen: %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Removed %1 (plugin %2) from %3.</source>
        <translation>%1 (Plugin %2) aus %3 entfernt.</translation>
    </message>
    <message>
        <source>QGIS profile folder %1 does not exist. Start QGIS once with profile &quot;%2&quot;, or ask to create it (--create-profile).</source>
        <translation>Der QGIS-Profilordner %1 existiert nicht. Starten Sie QGIS einmal mit dem Profil „%2“ oder lassen Sie ihn anlegen (--create-profile).</translation>
    </message>
    <message>
        <source>Cannot create the QGIS profile folder %1 (permission denied?).</source>
        <translation>Der QGIS-Profilordner %1 kann nicht angelegt werden (Zugriff verweigert?).</translation>
    </message>
    <message>
        <source>Cannot create folder %1 (permission denied?).</source>
        <translation>Der Ordner %1 kann nicht angelegt werden (Zugriff verweigert?).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2. The settings were not changed.</source>
        <translation>In %1 kann nicht geschrieben werden: %2. Die Einstellungen wurden nicht geändert.</translation>
    </message>
    <message>
        <source>%1 is not a valid settings file; it was left unchanged.</source>
        <translation>%1 ist keine gültige Einstellungsdatei; sie blieb unverändert.</translation>
    </message>
    <message>
        <source>Cannot write the new settings for %1; it was left unchanged.</source>
        <translation>Die neuen Einstellungen für %1 können nicht geschrieben werden; die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>Cannot read back %1; %2 was left unchanged.</source>
        <translation>%1 kann nicht zurückgelesen werden; %2 blieb unverändert.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. It was left unchanged.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Die Datei blieb unverändert.</translation>
    </message>
</context>
<context>
    <name>QgisVersionCompatibility</name>
    <message>
        <source>%1 was built for QGIS %2 but this is QGIS %3. A C++ plugin only runs in the QGIS major.minor version it was built for, so the plugin stays inactive. Rebuild it against this QGIS (see the plugin&apos;s README).</source>
        <translation>%1 wurde für QGIS %2 gebaut, dies ist aber QGIS %3. Ein C++-Plugin läuft nur in der QGIS-Version (Major.Minor), für die es gebaut wurde; daher bleibt das Plugin inaktiv. Bauen Sie es gegen dieses QGIS neu (siehe README des Plugins).</translation>
    </message>
</context>
<context>
    <name>StyleLabels</name>
    <message>
        <source>up to 5 t</source>
        <translation>bis 5 t</translation>
    </message>
    <message>
        <source>5–20 t</source>
        <translation>5–20 t</translation>
    </message>
    <message>
        <source>20–50 t</source>
        <translation>20–50 t</translation>
    </message>
    <message>
        <source>more than 50 t</source>
        <translation>über 50 t</translation>
    </message>
    <message>
        <source>0 t reported</source>
        <translation>0 t gemeldet</translation>
    </message>
    <message>
        <source>no published figure</source>
        <translation>keine veröffentlichte Zahl</translation>
    </message>
    <message>
        <source>origin or transit port</source>
        <translation>Herkunfts- oder Transithafen</translation>
    </message>
    <message>
        <source>Origin or transit port</source>
        <translation>Herkunfts- oder Transithafen</translation>
    </message>
    <message>
        <source>Origin country not stated</source>
        <translation>Herkunftsland nicht angegeben</translation>
    </message>
    <message>
        <source>Single cocaine seizure: under 1 t</source>
        <translation>Einzelsicherstellung Kokain: unter 1 t</translation>
    </message>
    <message>
        <source>Single cocaine seizure: 1–5 t</source>
        <translation>Einzelsicherstellung Kokain: 1–5 t</translation>
    </message>
    <message>
        <source>Single cocaine seizure: 5 t or more</source>
        <translation>Einzelsicherstellung Kokain: ab 5 t</translation>
    </message>
    <message>
        <source>Single seizure of another drug</source>
        <translation>Einzelsicherstellung einer anderen Droge</translation>
    </message>
    <message>
        <source>up to 1 t per million TEU</source>
        <translation>bis 1 t je Mio. TEU</translation>
    </message>
    <message>
        <source>1–3 t per million TEU</source>
        <translation>1–3 t je Mio. TEU</translation>
    </message>
    <message>
        <source>more than 3 t per million TEU</source>
        <translation>über 3 t je Mio. TEU</translation>
    </message>
    <message>
        <source>No seizure and TEU figure of one year</source>
        <translation>Kein Jahr mit Tonnen- und TEU-Zahl</translation>
    </message>
    <message>
        <source>, all origins</source>
        <translation>, alle Herkunftsländer</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Herkunft: %1</translation>
    </message>
</context>
</TS>
