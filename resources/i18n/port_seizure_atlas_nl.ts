<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AtlasCountryPicker</name>
    <message>
        <source>Search country or ISO code</source>
        <translation>Land of ISO-code zoeken</translation>
    </message>
    <message>
        <source>Type part of a country name or its ISO code to shorten the list</source>
        <translation>Typ een deel van een landnaam of de ISO-code om de lijst in te korten</translation>
    </message>
    <message>
        <source>Check the countries to show; none checked shows all. Space checks the current row.</source>
        <translation>Vink de landen aan die u wilt tonen; zonder vinkje worden alle getoond. Spatie vinkt de huidige rij aan.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Check every country (same as no country filter)</source>
        <translation>Alle landen aanvinken (zelfde als geen landfilter)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Uncheck every country (shows all countries)</source>
        <translation>Alle landen uitvinken (toont alle landen)</translation>
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
        <translation>alle landen</translation>
    </message>
    <message>
        <source>all origins</source>
        <translation>alle herkomsten</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot en met %1</translation>
    </message>
    <message>
        <source>all years</source>
        <translation>alle jaren</translation>
    </message>
</context>
<context>
    <name>AtlasFilterPanel</name>
    <message>
        <source>Years</source>
        <translation>Jaren</translation>
    </message>
    <message>
        <source>First year shown (only years with data are offered)</source>
        <translation>Eerste getoonde jaar (alleen jaren met gegevens zijn beschikbaar)</translation>
    </message>
    <message>
        <source>Last year shown; the same year as the first shows a single year</source>
        <translation>Laatste getoonde jaar; hetzelfde jaar als het eerste toont één jaar</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;tot</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>Afs&amp;pelen</translation>
    </message>
    <message>
        <source>Step through the years one by one (Alt+P); press again to stop. The Temporal Controller&apos;s frame follows.</source>
        <translation>De jaren één voor één doorlopen (Alt+P); nogmaals drukken om te stoppen. Het frame van de Temporele controller volgt mee.</translation>
    </message>
    <message>
        <source>&amp;Reset filter</source>
        <translation>Filter &amp;resetten</translation>
    </message>
    <message>
        <source>Show all years and all countries again (Alt+R)</source>
        <translation>Weer alle jaren en alle landen tonen (Alt+R)</translation>
    </message>
    <message>
        <source>Destination countries</source>
        <translation>Bestemmingslanden</translation>
    </message>
    <message>
        <source>Origin countries (routes)</source>
        <translation>Herkomstlanden (routes)</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selectie</translation>
    </message>
    <message>
        <source>Sum of the preferred port figures of the selection; national totals are not added</source>
        <translation>Som van de voorkeurscijfers per haven in de selectie; nationale totalen worden niet meegeteld</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Haven</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Tonnes</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <source>Last selected year versus the year before; empty when either figure is unknown</source>
        <translation>Laatst geselecteerde jaar ten opzichte van het jaar ervoor; leeg als een van beide cijfers onbekend is</translation>
    </message>
    <message>
        <source>What is documented per origin: the routes from the chosen origin countries in the selection, with their tonnes and years</source>
        <translation>Wat per herkomst is gedocumenteerd: de routes uit de gekozen herkomstlanden in de selectie, met tonnage en jaren</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>The atlas layers in this project are unavailable: %1 cannot be read. Put the file back, or point the layers to its new place with Layer › Change Data Source…</source>
        <translation>De atlaskaartlagen in dit project zijn niet beschikbaar: %1 kan niet worden gelezen. Zet het bestand terug, of verwijs de kaartlagen naar de nieuwe locatie via Kaartlaag › Gegevensbron wijzigen…</translation>
    </message>
    <message>
        <source>Add the ports and seizures to the project to filter them here.</source>
        <translation>Voeg de havens en inbeslagnames aan het project toe om ze hier te filteren.</translation>
    </message>
    <message>
        <source>all countries</source>
        <translation>alle landen</translation>
    </message>
    <message>
        <source>all origins</source>
        <translation>alle herkomsten</translation>
    </message>
    <message>
        <source>All shown; check countries to limit the map.</source>
        <translation>Alles getoond; vink landen aan om de kaart te beperken.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Gekozen: %1</translation>
    </message>
    <message>
        <source>All shown; check countries to limit the routes.</source>
        <translation>Alles getoond; vink landen aan om de routes te beperken.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · origins: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · herkomst: %3</translation>
    </message>
    <message>
        <source>No port figure published for this selection.</source>
        <translation>Geen havencijfer gepubliceerd voor deze selectie.</translation>
    </message>
    <message>
        <source>%1 t of cocaine seized in these ports from all origins: port figures are not split by origin. What is documented from %2 is listed below.</source>
        <translation>%1 t cocaïne in beslag genomen in deze havens, uit alle herkomstlanden: havencijfers zijn niet uitgesplitst naar herkomst. Wat uit %2 is gedocumenteerd, staat hieronder.</translation>
    </message>
    <message>
        <source>%1 t of cocaine seized in these ports (preferred port figures).</source>
        <translation>%1 t cocaïne in beslag genomen in deze havens (voorkeurscijfers per haven).</translation>
    </message>
    <message>
        <source>Sources:
%1</source>
        <translation>Bronnen:
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
        <translation>Geen gedocumenteerde route uit %1 in deze selectie.</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>jaar onbekend</translation>
    </message>
    <message>
        <source>tonnes unknown</source>
        <translation>tonnage onbekend</translation>
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
            <numerusform>&lt;b&gt;Gedocumenteerde routes uit %1&lt;/b&gt; (%n route):&lt;br&gt;%2</numerusform>
            <numerusform>&lt;b&gt;Gedocumenteerde routes uit %1&lt;/b&gt; (%n routes):&lt;br&gt;%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AtlasLayerSet</name>
    <message>
        <source>Port seizures, t a year</source>
        <translation>Inbeslagnames per haven, t per jaar</translation>
    </message>
    <message>
        <source>Circle area: tonnes of cocaine seized in a port, from its preferred published figure. Latest year with a figure, or, with years chosen in the panel, their sum divided by the number of years. Hollow ring: no published figure (unknown, not 0 t). Port figures are totals of all origins.</source>
        <translation>Cirkeloppervlak: ton cocaïne in beslag genomen in een haven, volgens het gepubliceerde voorkeurscijfer. Laatste jaar met een cijfer, of, bij in het paneel gekozen jaren, hun som gedeeld door het aantal jaren. Lege ring: geen gepubliceerd cijfer (onbekend, niet 0 t). Havencijfers zijn totalen over alle herkomsten.</translation>
    </message>
    <message>
        <source>Single seizures (not totals)</source>
        <translation>Afzonderlijke inbeslagnames (geen totalen)</translation>
    </message>
    <message>
        <source>Documented single seizures of 0.1 t or more reported at European ports: each point is one seizure with its source, never a port&apos;s total.</source>
        <translation>Gedocumenteerde afzonderlijke inbeslagnames van 0.1 t of meer in Europese havens: elk punt is één inbeslagname met bron, nooit het totaal van een haven.</translation>
    </message>
    <message>
        <source>Inbound sea routes</source>
        <translation>Inkomende zeeroutes</translation>
    </message>
    <message>
        <source>Documented origin → European port links along sea lanes; width by documented tonnes, dashed where unknown; dotted where the source names no origin port; colour by origin country.</source>
        <translation>Gedocumenteerde verbindingen herkomst → Europese haven over scheepvaartroutes; breedte naar gedocumenteerde tonnage, gestreept waar onbekend; gestippeld waar de bron geen haven van herkomst noemt; kleur naar herkomstland.</translation>
    </message>
    <message>
        <source>National totals</source>
        <translation>Nationale totalen</translation>
    </message>
    <message>
        <source>National seizure totals, never summed with the ports.</source>
        <translation>Nationale totalen van inbeslagnames, nooit opgeteld bij de havens.</translation>
    </message>
    <message>
        <source>Figures and sources</source>
        <translation>Cijfers en bronnen</translation>
    </message>
    <message>
        <source>Every seizure figure with its source, scope and why it is preferred or not.</source>
        <translation>Elk inbeslagnamecijfer met bron, reikwijdte en de reden waarom het wel of niet de voorkeur heeft.</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <source>Land basemap: Natural Earth, from QGIS&apos;s own world map.</source>
        <translation>Achtergrondkaart land: Natural Earth, uit de eigen wereldkaart van QGIS.</translation>
    </message>
    <message>
        <source>%1: layer &quot;%2&quot; cannot be read (missing table or damaged file).</source>
        <translation>%1: kaartlaag &quot;%2&quot; kan niet worden gelezen (ontbrekende tabel of beschadigd bestand).</translation>
    </message>
    <message>
        <source>%1: layer &quot;%2&quot;: %3; it keeps QGIS&apos;s default style.</source>
        <translation>%1: kaartlaag &quot;%2&quot;: %3; de standaardstijl van QGIS blijft behouden.</translation>
    </message>
    <message>
        <source>%1: layer &quot;%2&quot;: %3</source>
        <translation>%1: kaartlaag &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>Years shown (t)</source>
        <translation>Getoonde jaren (t)</translation>
    </message>
    <message>
        <source>Seizures per million TEU</source>
        <translation>Inbeslagnames per miljoen TEU</translation>
    </message>
    <message>
        <source>style %1 is missing or not valid XML</source>
        <translation>stijl %1 ontbreekt of is geen geldige XML</translation>
    </message>
    <message>
        <source>style %1 is missing from the plugin</source>
        <translation>stijl %1 ontbreekt in de plug-in</translation>
    </message>
    <message>
        <source>style %1 is not valid XML</source>
        <translation>stijl %1 is geen geldige XML</translation>
    </message>
    <message>
        <source>style %1: %2</source>
        <translation>stijl %1: %2</translation>
    </message>
    <message>
        <source>%1: the plugin&apos;s data file does not exist. Rebuild or reinstall the plugin.</source>
        <translation>%1: het gegevensbestand van de plug-in bestaat niet. Bouw de plug-in opnieuw of installeer hem opnieuw.</translation>
    </message>
    <message>
        <source>Seizure figures of this port</source>
        <translation>Inbeslagnamecijfers van deze haven</translation>
    </message>
</context>
<context>
    <name>AtlasPrintController</name>
    <message>
        <source>No project to print.</source>
        <translation>Geen project om af te drukken.</translation>
    </message>
    <message>
        <source>Cannot find the program port-seizure-atlas that exports prints; reinstall the plugin.</source>
        <translation>Het programma port-seizure-atlas dat afdrukken exporteert, is niet gevonden; installeer de plug-in opnieuw.</translation>
    </message>
    <message>
        <source>The layout &quot;%1&quot; is ready in the Layout Manager: export it from the layout designer. The background export cannot sign in to the PostGIS database of &quot;%2&quot; (its QGIS authentication stays in this QGIS).</source>
        <translation>De layout &quot;%1&quot; staat klaar in de Layoutbeheerder: exporteer hem vanuit de layoutontwerper. De export op de achtergrond kan niet aanmelden bij de PostGIS-database van &quot;%2&quot; (de QGIS-authenticatie daarvan blijft in deze QGIS).</translation>
    </message>
    <message>
        <source>Cannot write the layout to a temporary folder (%1).</source>
        <translation>Kan de layout niet naar een tijdelijke map schrijven (%1).</translation>
    </message>
</context>
<context>
    <name>AtlasPrintDialog</name>
    <message>
        <source>Print the Port Seizure Atlas map</source>
        <translation>De kaart van Port Seizure Atlas afdrukken</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 liggend</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 liggend</translation>
    </message>
    <message>
        <source>Paper of the layout; the layout is kept in the project&apos;s Layout Manager and can be edited there.</source>
        <translation>Papierformaat van de layout; de layout blijft bewaard in de Layoutbeheerder van het project en kan daar worden bewerkt.</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>One map of the selection</source>
        <translation>Eén kaart van de selectie</translation>
    </message>
    <message>
        <source>Atlas: one page per port with figures</source>
        <translation>Atlas: één pagina per haven met cijfers</translation>
    </message>
    <message>
        <source>Atlas: one page per country with figures</source>
        <translation>Atlas: één pagina per land met cijfers</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>Pa&amp;gina&apos;s</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Resolution of PNG output (PDF and SVG stay vector).</source>
        <translation>Resolutie van PNG-uitvoer (PDF en SVG blijven vectorieel).</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Resolutie</translation>
    </message>
    <message>
        <source>A .pdf, .png or .svg file; the extension picks the format.</source>
        <translation>Een .pdf-, .png- of .svg-bestand; de extensie bepaalt het formaat.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Be&amp;stand</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Afdrukken</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;PNG-afbeelding (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print to</source>
        <translation>Afdrukken naar</translation>
    </message>
    <message>
        <source>Choose a file to print to.</source>
        <translation>Kies een bestand om naar af te drukken.</translation>
    </message>
    <message>
        <source>Change map: the last year shown against the first</source>
        <translation>Veranderingskaart: laatst getoonde jaar tegenover het eerste</translation>
    </message>
    <message>
        <source>An atlas is exported as one multi-page PDF. A change map compares the first and the last year of the selection (a single year: against the year before).</source>
        <translation>Een atlas wordt geëxporteerd als één PDF met meerdere pagina&apos;s. Een veranderingskaart vergelijkt het eerste en het laatste jaar van de selectie (bij één jaar: met het jaar ervoor).</translation>
    </message>
</context>
<context>
    <name>AtlasPrintExporter</name>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export geannuleerd; %1 is niet geschreven.</translation>
    </message>
    <message>
        <source>Not enough memory to export %1: choose a lower resolution or a smaller paper.</source>
        <translation>Onvoldoende geheugen om %1 te exporteren: kies een lagere resolutie of een kleiner papierformaat.</translation>
    </message>
    <message>
        <source>The atlas has no page to print for this selection.</source>
        <translation>De atlas heeft voor deze selectie geen pagina om af te drukken.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan %1 niet schrijven.</translation>
    </message>
    <message>
        <source>%1: unknown output format; the file name must end in .pdf, .png or .svg.</source>
        <translation>%1: onbekend uitvoerformaat; de bestandsnaam moet eindigen op .pdf, .png of .svg.</translation>
    </message>
    <message>
        <source>%1: an atlas is exported as one multi-page PDF; the file name must end in .pdf.</source>
        <translation>%1: een atlas wordt geëxporteerd als één PDF met meerdere pagina&apos;s; de bestandsnaam moet eindigen op .pdf.</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1: de map %2 bestaat niet.</translation>
    </message>
    <message>
        <source>%1: cannot write there (permission denied).</source>
        <translation>%1: kan daar niet schrijven (toegang geweigerd).</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file name.</source>
        <translation>%1 is een map, geen bestandsnaam.</translation>
    </message>
    <message>
        <source>%1 dpi is out of range (10 to 2400).</source>
        <translation>%1 dpi valt buiten het bereik (10 tot 2400).</translation>
    </message>
    <message>
        <source>Cannot write %1: writing the file failed (is the disk full?).</source>
        <translation>Kan %1 niet schrijven: het schrijven van het bestand is mislukt (is de schijf vol?).</translation>
    </message>
</context>
<context>
    <name>AtlasPrintLayout</name>
    <message>
        <source>The project holds no Port Seizure Atlas layers: add them first (Plugins › Port Seizure Atlas › Add ports and seizures, or Add my seizure data).</source>
        <translation>Het project bevat geen kaartlagen van Port Seizure Atlas: voeg ze eerst toe (Plug-ins › Port Seizure Atlas › Havens en inbeslagnames toevoegen, of Mijn inbeslagnamegegevens toevoegen).</translation>
    </message>
    <message>
        <source>%1: cannot read the print template (%2).</source>
        <translation>%1: kan de afdruksjabloon niet lezen (%2).</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
    </message>
    <message>
        <source>%1: not a Port Seizure Atlas print template (no map with the id &quot;%2&quot;).</source>
        <translation>%1: geen afdruksjabloon van Port Seizure Atlas (geen kaart met de id &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The project&apos;s layout manager refused the layout &quot;%1&quot;.</source>
        <translation>De Layoutbeheerder van het project heeft de layout &quot;%1&quot; geweigerd.</translation>
    </message>
    <message>
        <source>Data: Port Seizure Atlas %1; no dated source in this selection.</source>
        <translation>Gegevens: Port Seizure Atlas %1; geen gedateerde bron in deze selectie.</translation>
    </message>
    <message>
        <source>Data as published up to %1 (latest source shown). Port Seizure Atlas %2.</source>
        <translation>Gegevens zoals gepubliceerd tot %1 (laatste getoonde bron). Port Seizure Atlas %2.</translation>
    </message>
    <message>
        <source>Own data: seizure events imported into Port Seizure Atlas %1.</source>
        <translation>Eigen gegevens: inbeslagnames geïmporteerd in Port Seizure Atlas %1.</translation>
    </message>
    <message>
        <source>Latest imported event: %1.</source>
        <translation>Laatst geïmporteerde inbeslagname: %1.</translation>
    </message>
</context>
<context>
    <name>AtlasPrintTask</name>
    <message>
        <source>Port Seizure Atlas: printing %1</source>
        <translation>Port Seizure Atlas: %1 wordt afgedrukt</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>Kan %1 niet starten: %2</translation>
    </message>
    <message>
        <source>Printing cancelled; %1 was not written.</source>
        <translation>Afdrukken geannuleerd; %1 is niet geschreven.</translation>
    </message>
    <message>
        <source>Printing %1 failed (exit status %2).</source>
        <translation>Afdrukken van %1 mislukt (afsluitstatus %2).</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschreven</translation>
    </message>
</context>
<context>
    <name>AtlasYearChart</name>
    <message>
        <source>Port tonnes per year for the selected countries. Click a bar (or use the arrow keys and Enter) to show that year.</source>
        <translation>Ton per jaar in de havens van de geselecteerde landen. Klik op een staaf (of gebruik de pijltjestoetsen en Enter) om dat jaar te tonen.</translation>
    </message>
    <message>
        <source>Tonnes per year</source>
        <translation>Ton per jaar</translation>
    </message>
    <message>
        <source>No years to show</source>
        <translation>Geen jaren om te tonen</translation>
    </message>
    <message>
        <source>%1: %2 t (preferred port figures)</source>
        <translation>%1: %2 t (voorkeurscijfers per haven)</translation>
    </message>
    <message>
        <source>%1: no port figure published</source>
        <translation>%1: geen havencijfer gepubliceerd</translation>
    </message>
</context>
<context>
    <name>ChangePrintLayout</name>
    <message>
        <source>+50 % or more</source>
        <translation>+50% of meer</translation>
    </message>
    <message>
        <source>+10 to +50 %</source>
        <translation>+10 tot +50%</translation>
    </message>
    <message>
        <source>within ±10 %</source>
        <translation>binnen ±10%</translation>
    </message>
    <message>
        <source>−10 to −50 %</source>
        <translation>−10 tot −50%</translation>
    </message>
    <message>
        <source>−50 % or less</source>
        <translation>−50% of minder</translation>
    </message>
    <message>
        <source>new: a figure for %1 only</source>
        <translation>nieuw: alleen een cijfer voor %1</translation>
    </message>
    <message>
        <source>no figure for %1 (not 0 t)</source>
        <translation>geen cijfer voor %1 (niet 0 t)</translation>
    </message>
    <message>
        <source>Rhine–Scheldt delta</source>
        <translation>Rijn-Maas-Scheldedelta</translation>
    </message>
    <message>
        <source>Delta inset</source>
        <translation>Inzetkaart delta</translation>
    </message>
    <message>
        <source>Change in cocaine seized in European ports, %1 → %2</source>
        <translation>Verandering in cocaïne-inbeslagnames in Europese havens, %1 → %2</translation>
    </message>
    <message>
        <source>the data has no ports layer</source>
        <translation>de gegevens bevatten geen havenkaartlaag</translation>
    </message>
    <message>
        <source>Change %1 → %2</source>
        <translation>Verandering %1 → %2</translation>
    </message>
    <message>
        <source>no port has a figure for %1 or %2</source>
        <translation>geen enkele haven heeft een cijfer voor %1 of %2</translation>
    </message>
    <message>
        <source>all countries</source>
        <translation>alle landen</translation>
    </message>
    <message>
        <source>Preferred port-level figures of %1 and %2, %3; sources on the following page.</source>
        <translation>Voorkeurscijfers per haven voor %1 en %2, %3; bronnen op de volgende pagina.</translation>
    </message>
    <message>
        <source>Change: the figure of %2 minus the figure of %1, in tonnes and in percent of %1. Circle area: the larger of the two years&apos; tonnes, on one fixed scale. A port with a figure in one of the two years only is marked &quot;new&quot; or &quot;no figure&quot;: an unknown is never 0 t.</source>
        <translation>Verandering: het cijfer van %2 min het cijfer van %1, in ton en in procenten van %1. Cirkeloppervlak: de hoogste tonnage van de twee jaren, op één vaste schaal. Een haven met een cijfer in slechts één van de twee jaren is gemarkeerd als &quot;nieuw&quot; of &quot;geen cijfer&quot;: een onbekende waarde is nooit 0 t.</translation>
    </message>
    <message>
        <source>Basemap: Natural Earth (public domain), from QGIS&apos;s world map. Figures: the numbered sources. Made with QGIS and Port Seizure Atlas.</source>
        <translation>Achtergrondkaart: Natural Earth (publiek domein), uit de wereldkaart van QGIS. Cijfers: de genummerde bronnen. Gemaakt met QGIS en Port Seizure Atlas.</translation>
    </message>
    <message>
        <source>Sources of the figures shown (%1 and %2)</source>
        <translation>Bronnen van de getoonde cijfers (%1 en %2)</translation>
    </message>
</context>
<context>
    <name>CountryNames</name>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Antigua en Barbuda</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentinië</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgarije</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Benin</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brazilië</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Bahama’s</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Ivoorkust</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chili</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Colombia</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <source>Cabo Verde</source>
        <translation>Kaapverdië</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Cyprus</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Duitsland</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Denemarken</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>Dominicaanse Republiek</translation>
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
        <translation>Spanje</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finland</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankrijk</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Verenigd Koninkrijk</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guinee</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Griekenland</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <source>Guinea-Bissau</source>
        <translation>Guinee-Bissau</translation>
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
        <translation>Kroatië</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Ierland</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italië</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Jamaica</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Litouwen</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Letland</translation>
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
        <translation>Mexico</translation>
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
        <translation>Nederland</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Noorwegen</translation>
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
        <translation>Roemenië</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Zweden</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slovenië</translation>
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
        <translation>Trinidad en Tobago</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Verenigde Staten</translation>
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
        <translation>Zuid-Afrika</translation>
    </message>
</context>
<context>
    <name>ImportSeizureEventsTask</name>
    <message>
        <source>Checking seizure events</source>
        <translation>Inbeslagnames controleren</translation>
    </message>
    <message>
        <source>Importing seizure events</source>
        <translation>Inbeslagnames importeren</translation>
    </message>
</context>
<context>
    <name>ImportSeizureEventsWizard</name>
    <message>
        <source>Import seizure events</source>
        <translation>Inbeslagnames importeren</translation>
    </message>
    <message>
        <source>Your table of seizure events</source>
        <translation>Uw tabel met inbeslagnames</translation>
    </message>
    <message>
        <source>One row per seizure: CSV, XLSX, ODS or a GeoPackage table. The file is only read, never changed.</source>
        <translation>Eén rij per inbeslagname: CSV, XLSX, ODS of een GeoPackage-tabel. Het bestand wordt alleen gelezen, nooit gewijzigd.</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx *.ods *.gpkg)</source>
        <translation>Tabellen (*.csv *.tsv *.txt *.xlsx *.ods *.gpkg)</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Scheidingsteken</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detecteren</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Puntkomma ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Verticale streep |</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codering</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Decimaalteken</translation>
    </message>
    <message>
        <source>Detect from the quantities</source>
        <translation>Detecteren uit de hoeveelheden</translation>
    </message>
    <message>
        <source>Comma (1.500,5)</source>
        <translation>Komma (1.500,5)</translation>
    </message>
    <message>
        <source>Point (1,500.5)</source>
        <translation>Punt (1,500.5)</translation>
    </message>
    <message>
        <source>Day and month</source>
        <translation>Dag en maand</translation>
    </message>
    <message>
        <source>Detect from the dates</source>
        <translation>Detecteren uit de datums</translation>
    </message>
    <message>
        <source>Day first (03/04 = 3 April)</source>
        <translation>Dag eerst (03/04 = 3 april)</translation>
    </message>
    <message>
        <source>Month first (03/04 = 4 March)</source>
        <translation>Maand eerst (03/04 = 4 maart)</translation>
    </message>
    <message>
        <source>Accept single seizures above %1 t</source>
        <translation>Afzonderlijke inbeslagnames boven %1 t accepteren</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Welke kolom is welke</translation>
    </message>
    <message>
        <source>Date, port, quantity and unit are needed. Columns named like a field are chosen already.</source>
        <translation>Datum, haven, hoeveelheid en eenheid zijn vereist. Kolommen met de naam van een veld zijn al gekozen.</translation>
    </message>
    <message>
        <source>%1 (needed)</source>
        <translation>%1 (vereist)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <source>Every row is checked as for the atlas&apos;s own tables. Nothing is written until every row passes.</source>
        <translation>Elke rij wordt gecontroleerd zoals bij de eigen tabellen van de atlas. Er wordt niets geschreven tot elke rij is goedgekeurd.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Opslaan in</translation>
    </message>
    <message>
        <source>A GeoPackage of your own, or a schema of your team&apos;s PostGIS. It is written completely or not at all; the layers are then added to the project.</source>
        <translation>Een eigen GeoPackage, of een schema in de PostGIS-database van uw team. Er wordt alles of niets geschreven; daarna worden de kaartlagen aan het project toegevoegd.</translation>
    </message>
    <message>
        <source>GeoPackage file</source>
        <translation>GeoPackage-bestand</translation>
    </message>
    <message>
        <source>PostGIS connection: %1</source>
        <translation>PostGIS-verbinding: %1</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>PostGIS schema</source>
        <translation>PostGIS-schema</translation>
    </message>
    <message>
        <source>Replace the GeoPackage, or the tables in the schema, if they exist</source>
        <translation>De GeoPackage of de tabellen in het schema vervangen als ze bestaan</translation>
    </message>
    <message>
        <source>The PostGIS connection %1 no longer exists.</source>
        <translation>De PostGIS-verbinding %1 bestaat niet meer.</translation>
    </message>
    <message>
        <source>PostGIS connection %1: %2 Nothing was written.</source>
        <translation>PostGIS-verbinding %1: %2 Er is niets geschreven.</translation>
    </message>
</context>
<context>
    <name>ImportedDataActions</name>
    <message>
        <source>Import seizure events…</source>
        <translation>Inbeslagnames importeren…</translation>
    </message>
    <message>
        <source>Check a table of seizure events (CSV, XLSX, ODS) and import it into a GeoPackage</source>
        <translation>Een tabel met inbeslagnames (CSV, XLSX, ODS) controleren en in een GeoPackage importeren</translation>
    </message>
    <message>
        <source>Add my seizure data (GeoPackage)…</source>
        <translation>Mijn inbeslagnamegegevens toevoegen (GeoPackage)…</translation>
    </message>
    <message>
        <source>Add seizure events imported into a GeoPackage (port-seizure-atlas import) as layers the panel filters</source>
        <translation>In een GeoPackage geïmporteerde inbeslagnames (port-seizure-atlas import) toevoegen als kaartlagen die het paneel filtert</translation>
    </message>
    <message>
        <source>Add my seizure data (PostGIS)…</source>
        <translation>Mijn inbeslagnamegegevens toevoegen (PostGIS)…</translation>
    </message>
    <message>
        <source>Add seizure events imported into a PostGIS database, through a QGIS connection</source>
        <translation>In een PostGIS-database geïmporteerde inbeslagnames toevoegen via een QGIS-verbinding</translation>
    </message>
    <message>
        <source>%1 holds no ports; reinstall the plugin.</source>
        <translation>%1 bevat geen havens; installeer de plug-in opnieuw.</translation>
    </message>
    <message>
        <source>Import refused; nothing was written.
%1</source>
        <translation>Import geweigerd; er is niets geschreven.
%1</translation>
    </message>
    <message>
        <source>Imported seizure events</source>
        <translation>Geïmporteerde inbeslagnames</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>No PostGIS connection is set up in QGIS. Add one in the Browser (PostgreSQL › New Connection), with an authentication configuration.</source>
        <translation>Er is geen PostGIS-verbinding ingesteld in QGIS. Voeg er een toe in de Browser (PostgreSQL › Nieuwe verbinding), met een authenticatieconfiguratie.</translation>
    </message>
    <message>
        <source>PostGIS connection:</source>
        <translation>PostGIS-verbinding:</translation>
    </message>
    <message>
        <source>Schema holding seizure_events:</source>
        <translation>Schema met seizure_events:</translation>
    </message>
    <message>
        <source>Port Seizure Atlas</source>
        <translation>Port Seizure Atlas</translation>
    </message>
    <message numerus="yes">
        <source>Added %n layer(s) of your seizure data; the panel filters them.</source>
        <translation>
            <numerusform>%n kaartlaag met uw inbeslagnamegegevens toegevoegd; het paneel filtert deze.</numerusform>
            <numerusform>%n kaartlagen met uw inbeslagnamegegevens toegevoegd; het paneel filtert deze.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportedLayerSet</name>
    <message>
        <source>My seizures per port and year</source>
        <translation>Mijn inbeslagnames per haven en jaar</translation>
    </message>
    <message>
        <source>My seizure events</source>
        <translation>Mijn inbeslagnames</translation>
    </message>
    <message>
        <source>My seizure routes</source>
        <translation>Routes van mijn inbeslagnames</translation>
    </message>
    <message>
        <source>My seizure data</source>
        <translation>Mijn inbeslagnamegegevens</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <source>The PostGIS connection holds a user name or password; use a QGIS authentication configuration instead, so no credentials are written into the project.</source>
        <translation>De PostGIS-verbinding bevat een gebruikersnaam of wachtwoord; gebruik in plaats daarvan een QGIS-authenticatieconfiguratie, zodat er geen inloggegevens in het project worden opgeslagen.</translation>
    </message>
    <message>
        <source>%1: no table &quot;%2&quot; (an import by an earlier version of the plugin): its layer is left out; import the file again to add it.</source>
        <translation>%1: geen tabel &quot;%2&quot; (een import door een eerdere versie van de plug-in): de bijbehorende kaartlaag wordt weggelaten; importeer het bestand opnieuw om deze toe te voegen.</translation>
    </message>
    <message>
        <source>%1: table &quot;%2&quot; cannot be read; is it an import of seizure events?</source>
        <translation>%1: tabel &quot;%2&quot; kan niet worden gelezen; is het een import van inbeslagnames?</translation>
    </message>
</context>
<context>
    <name>ImportedPortYearsStyle</name>
    <message>
        <source>Seized in the years shown (t)</source>
        <translation>In beslag genomen in de getoonde jaren (t)</translation>
    </message>
    <message>
        <source>Years shown with events</source>
        <translation>Getoonde jaren met inbeslagnames</translation>
    </message>
    <message>
        <source>Seizure events in the years shown</source>
        <translation>Inbeslagnames in de getoonde jaren</translation>
    </message>
    <message>
        <source>Events with a known quantity in the years shown</source>
        <translation>Inbeslagnames met bekende hoeveelheid in de getoonde jaren</translation>
    </message>
    <message>
        <source>Latest year shown with events (the row drawn)</source>
        <translation>Laatste getoonde jaar met inbeslagnames (de getekende rij)</translation>
    </message>
    <message>
        <source>My seizures, one circle per port</source>
        <translation>Mijn inbeslagnames, één cirkel per haven</translation>
    </message>
    <message>
        <source>Tonnes seized, area by t a year (sum ÷ years shown)</source>
        <translation>Ton in beslag genomen, oppervlak naar t per jaar (som ÷ getoonde jaren)</translation>
    </message>
    <message>
        <source>No quantity known</source>
        <translation>Geen hoeveelheid bekend</translation>
    </message>
    <message>
        <source>&lt;b&gt;[% &quot;name&quot; %]&lt;/b&gt; ([% &quot;port_locode&quot; %])&lt;br&gt;[% if(&quot;%1&quot; IS NULL, &apos;No quantity known&apos;, format_number(&quot;%1&quot;, 1) || &apos; t seized&apos;) %] in [% &quot;%2&quot; %]&lt;br&gt;[% &quot;%3&quot; %] events, [% &quot;%4&quot; %] with a known quantity</source>
        <translation>&lt;b&gt;[% &quot;name&quot; %]&lt;/b&gt; ([% &quot;port_locode&quot; %])&lt;br&gt;[% if(&quot;%1&quot; IS NULL, &apos;Geen hoeveelheid bekend&apos;, format_number(&quot;%1&quot;, 1) || &apos; t in beslag genomen&apos;) %] in [% &quot;%2&quot; %]&lt;br&gt;[% &quot;%3&quot; %] inbeslagnames, [% &quot;%4&quot; %] met bekende hoeveelheid</translation>
    </message>
</context>
<context>
    <name>PortChange</name>
    <message>
        <source>new: %1 t</source>
        <translation>nieuw: %1 t</translation>
    </message>
    <message>
        <source>no figure for %1</source>
        <translation>geen cijfer voor %1</translation>
    </message>
    <message>
        <source>%1 t</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2%)</translation>
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
        <translation>Cocaïne-inbeslagnames in Europese zeehavens, jaar na jaar, en de zeeroutes waarlangs de cocaïne binnenkomt. Elk cijfer vermeldt zijn bron.</translation>
    </message>
    <message>
        <source>The filter saved in this project could not be read (%1). All years and countries are shown.</source>
        <translation>Het filter dat in dit project is opgeslagen, kon niet worden gelezen (%1). Alle jaren en landen worden getoond.</translation>
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
        <translation>Plug-in %1, gegevensmap %2</translation>
    </message>
    <message>
        <source>Plugin %1. The data folder %2 is missing: reinstall the plugin.</source>
        <translation>Plug-in %1. De gegevensmap %2 ontbreekt: installeer de plug-in opnieuw.</translation>
    </message>
    <message>
        <source>Show or hide the Port Seizure Atlas panel</source>
        <translation>Het paneel Port Seizure Atlas tonen of verbergen</translation>
    </message>
    <message>
        <source>Add ports and seizures</source>
        <translation>Havens en inbeslagnames toevoegen</translation>
    </message>
    <message>
        <source>Add the ports, routes and sourced seizure figures to the project</source>
        <translation>De havens, routes en inbeslagnamecijfers met bronvermelding aan het project toevoegen</translation>
    </message>
    <message>
        <source>Print map…</source>
        <translation>Kaart afdrukken…</translation>
    </message>
    <message>
        <source>Print the map of the current selection to PDF, PNG or SVG, or an atlas per port or country</source>
        <translation>De kaart van de huidige selectie afdrukken naar PDF, PNG of SVG, of een atlas per haven of land</translation>
    </message>
    <message>
        <source>Printed &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; afgedrukt</translation>
    </message>
    <message>
        <source>The plugin&apos;s layers are already in the project.</source>
        <translation>De kaartlagen van de plug-in staan al in het project.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n layer(s).</source>
        <translation>
            <numerusform>%n kaartlaag toegevoegd.</numerusform>
            <numerusform>%n kaartlagen toegevoegd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing %1 in the background; the layout &quot;%2&quot; is in the Layout Manager.</source>
        <translation>%1 wordt op de achtergrond afgedrukt; de layout &quot;%2&quot; staat in de Layoutbeheerder.</translation>
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
        <translation>Port Seizure Atlas (zeeroutes)</translation>
    </message>
</context>
<context>
    <name>PrintLayoutItems</name>
    <message>
        <source>Cocaine seized in the port of [% &quot;name&quot; %] ([% &quot;country_name&quot; %]), [% @psa_years_text %]</source>
        <translation>In beslag genomen cocaïne in de haven van [% &quot;name&quot; %] ([% &quot;country_name&quot; %]), [% @psa_years_text %]</translation>
    </message>
    <message>
        <source>Cocaine seized in the ports of [% &quot;NAME&quot; %], [% @psa_years_text %]</source>
        <translation>In beslag genomen cocaïne in de havens van [% &quot;NAME&quot; %], [% @psa_years_text %]</translation>
    </message>
    <message>
        <source>Drug seizures in my data, port of [% coalesce(&quot;name&quot;, &quot;port_locode&quot;) %], [% @psa_years_text %]</source>
        <translation>Drugsinbeslagnames in mijn gegevens, haven van [% coalesce(&quot;name&quot;, &quot;port_locode&quot;) %], [% @psa_years_text %]</translation>
    </message>
    <message>
        <source>Drug seizures in my data, ports of [% &quot;NAME&quot; %], [% @psa_years_text %]</source>
        <translation>Drugsinbeslagnames in mijn gegevens, havens van [% &quot;NAME&quot; %], [% @psa_years_text %]</translation>
    </message>
    <message>
        <source>Cocaine seized in European ports, [% @psa_years_text %] — [% @psa_countries_text %]</source>
        <translation>In beslag genomen cocaïne in Europese havens, [% @psa_years_text %] — [% @psa_countries_text %]</translation>
    </message>
    <message>
        <source>Drug seizures in my data, European ports, [% @psa_years_text %] — [% @psa_countries_text %]</source>
        <translation>Drugsinbeslagnames in mijn gegevens, Europese havens, [% @psa_years_text %] — [% @psa_countries_text %]</translation>
    </message>
    <message>
        <source>Tonnes seized per port (preferred published figures) and documented inbound routes along sea lanes.</source>
        <translation>Ton in beslag genomen per haven (gepubliceerde voorkeurscijfers) en gedocumenteerde inkomende routes over scheepvaartroutes.</translation>
    </message>
    <message>
        <source>Own data, not published figures: tonnes seized per port in the imported events, and routes from origin port to port of seizure along sea lanes.</source>
        <translation>Eigen gegevens, geen gepubliceerde cijfers: ton in beslag genomen per haven in de geïmporteerde inbeslagnames, en routes van haven van herkomst naar haven van inbeslagname over scheepvaartroutes.</translation>
    </message>
    <message>
        <source>Inbound routes across the Atlantic (frame: the main map)</source>
        <translation>Inkomende routes over de Atlantische Oceaan (kader: de hoofdkaart)</translation>
    </message>
    <message>
        <source>dashed route: tonnage unknown</source>
        <translation>gestreepte route: tonnage onbekend</translation>
    </message>
    <message>
        <source>dotted route: origin port not published (assumed)</source>
        <translation>gestippelde route: haven van herkomst niet gepubliceerd (aangenomen)</translation>
    </message>
    <message>
        <source>Sources of the figures and routes shown</source>
        <translation>Bronnen van de getoonde cijfers en routes</translation>
    </message>
    <message>
        <source>Basemap: Natural Earth (public domain), from QGIS&apos;s world map. Sea lanes: Eurostat SeaRoute network, EUPL-1.2. Figures: the sources listed. Made with QGIS and Port Seizure Atlas.</source>
        <translation>Achtergrondkaart: Natural Earth (publiek domein), uit de wereldkaart van QGIS. Scheepvaartroutes: Eurostat SeaRoute-netwerk, EUPL-1.2. Cijfers: de vermelde bronnen. Gemaakt met QGIS en Port Seizure Atlas.</translation>
    </message>
</context>
<context>
    <name>PrintLegendColumn</name>
    <message>
        <source>Circles: tonnes seized per port in the imported events (several years: their sum ÷ number of years), on one fixed scale for every year and print; a ring where no quantity is recorded. Lines: width by tonnes.</source>
        <translation>Cirkels: ton in beslag genomen per haven in de geïmporteerde inbeslagnames (meerdere jaren: hun som ÷ aantal jaren), op één vaste schaal voor elk jaar en elke afdruk; een ring waar geen hoeveelheid is vastgelegd. Lijnen: breedte naar tonnage.</translation>
    </message>
    <message>
        <source>Circles: tonnes seized a year per port (several years: their sum ÷ number of years), area on one fixed scale for every year and print; a ring: no published figure. Lines: width by tonnes.</source>
        <translation>Cirkels: ton in beslag genomen per jaar per haven (meerdere jaren: hun som ÷ aantal jaren), oppervlak op één vaste schaal voor elk jaar en elke afdruk; een ring: geen gepubliceerd cijfer. Lijnen: breedte naar tonnage.</translation>
    </message>
    <message numerus="yes">
        <source>Sources: the %n source(s) of the figures and routes shown are listed, numbered, on the following page (image output: in a second file, its name ending in _2).</source>
        <translation>
            <numerusform>Bronnen: de %n bron van de getoonde cijfers en routes staat genummerd op de volgende pagina (afbeeldingsuitvoer: in een tweede bestand waarvan de naam eindigt op _2).</numerusform>
            <numerusform>Bronnen: de %n bronnen van de getoonde cijfers en routes staan genummerd op de volgende pagina (afbeeldingsuitvoer: in een tweede bestand waarvan de naam eindigt op _2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintSourceList</name>
    <message>
        <source>Own data: seizure events imported from %1, in %2</source>
        <translation>Eigen gegevens: inbeslagnames geïmporteerd uit %1, in %2</translation>
    </message>
    <message>
        <source>Sources of the figures shown</source>
        <translation>Bronnen van de getoonde cijfers</translation>
    </message>
    <message>
        <source>No figure is shown for this selection.</source>
        <translation>Voor deze selectie wordt geen cijfer getoond.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Own data (%1)</source>
        <translation>Eigen gegevens (%1)</translation>
    </message>
    <message>
        <source>%1: table %2: reading stopped at feature %3 of %4; the import is left out of the choices.</source>
        <translation>%1: tabel %2: lezen gestopt bij object %3 van %4; de import wordt niet in de keuzelijst opgenomen.</translation>
    </message>
    <message>
        <source>Port Seizure Atlas</source>
        <translation>Port Seizure Atlas</translation>
    </message>
    <message>
        <source>Cannot write %1 (renaming the finished export failed).</source>
        <translation>Kan %1 niet schrijven (hernoemen van de voltooide export is mislukt).</translation>
    </message>
    <message>
        <source>Import seizure events</source>
        <translation>Inbeslagnames importeren</translation>
    </message>
    <message>
        <source>import,seizure,events,csv,xlsx,ods,geopackage,cocaine,port,validate</source>
        <translation>importeren,inbeslagname,inbeslagnames,csv,xlsx,ods,geopackage,cocaïne,haven,valideren,import,seizure,events,cocaine,port,validate</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Uw gegevens</translation>
    </message>
    <message>
        <source>Checks a table of seizure events and writes it, all or nothing, into a GeoPackage or a PostGIS schema the panel can filter.</source>
        <translation>Controleert een tabel met inbeslagnames en schrijft die, alles of niets, naar een GeoPackage of een PostGIS-schema dat het paneel kan filteren.</translation>
    </message>
    <message>
        <source>&lt;p&gt;One row per seizure with the columns date, port, origin_port, origin_country, drug, quantity, unit (date, port, quantity and unit needed; headers in German, Dutch, French, Spanish, Italian or Portuguese such as Datum, Hafen, Menge are recognised; other column names through &lt;i&gt;Column mapping&lt;/i&gt;, e.g. &lt;code&gt;Tag=date,Ort=port&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;Input: CSV (separator and encoding detected unless given), XLSX, ODS or a GeoPackage table. Ports: UN/LOCODE, name, UN/LOCODE local name or common exonym (Antwerpen, Anvers). Dates: 2021-03-12, 12.03.2021, 12/03/2021, 12 March 2021, Mai 2022 or 2021. Quantities: 1500, 1.5, 1,5, 1.500,5 in g, kg or t (stored as tonnes); the decimal mark and the order of day and month are decided once per file, and a value that reads two ways is refused unless &lt;i&gt;Decimal mark&lt;/i&gt; or &lt;i&gt;Order of day and month&lt;/i&gt; settles it. A seizure above 100 t is refused as implausible unless &lt;i&gt;Accept single seizures above 100 t&lt;/i&gt; is set.&lt;/p&gt;&lt;p&gt;All or nothing: when any row is refused, every problem is listed (file, line, column, rule, and the nearest port names for an unknown port) and nothing is written. The input file is never changed.&lt;/p&gt;&lt;p&gt;Save to a GeoPackage, or to a schema of a PostGIS database chosen as a QGIS PostgreSQL connection. The connection must use an authentication configuration: one that stores a user name or password is refused, so no credentials are written into a project.&lt;/p&gt;&lt;p&gt;The imported layers are added to the project (group &lt;i&gt;My seizure data&lt;/i&gt;), where the panel filters them; later with &lt;i&gt;Plugins › Port Seizure Atlas › Add my seizure data…&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eén rij per inbeslagname met de kolommen date, port, origin_port, origin_country, drug, quantity, unit (date, port, quantity en unit zijn vereist; kolomkoppen in het Duits, Nederlands, Frans, Spaans, Italiaans of Portugees, zoals Datum, Hafen, Menge, worden herkend; andere kolomnamen via &lt;i&gt;Kolomtoewijzing&lt;/i&gt;, bijv. &lt;code&gt;Tag=date,Ort=port&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;Invoer: CSV (scheidingsteken en codering worden gedetecteerd tenzij opgegeven), XLSX, ODS of een GeoPackage-tabel. Havens: UN/LOCODE, naam, lokale naam volgens UN/LOCODE of gangbaar exoniem (Antwerpen, Anvers). Datums: 2021-03-12, 12.03.2021, 12/03/2021, 12 March 2021, Mai 2022 of 2021. Hoeveelheden: 1500, 1.5, 1,5, 1.500,5 in g, kg of t (opgeslagen als ton); het decimaalteken en de volgorde van dag en maand worden één keer per bestand bepaald, en een waarde die op twee manieren te lezen is, wordt geweigerd tenzij &lt;i&gt;Decimaalteken&lt;/i&gt; of &lt;i&gt;Volgorde van dag en maand&lt;/i&gt; de doorslag geeft. Een inbeslagname boven 100 t wordt als onwaarschijnlijk geweigerd, tenzij &lt;i&gt;Afzonderlijke inbeslagnames boven 100 t accepteren&lt;/i&gt; is ingeschakeld.&lt;/p&gt;&lt;p&gt;Alles of niets: als een rij wordt geweigerd, worden alle problemen vermeld (bestand, regel, kolom, controle, en bij een onbekende haven de dichtstbijzijnde havennamen) en wordt er niets geschreven. Het invoerbestand wordt nooit gewijzigd.&lt;/p&gt;&lt;p&gt;Opslaan in een GeoPackage, of in een schema van een PostGIS-database die als QGIS-PostgreSQL-verbinding is gekozen. De verbinding moet een authenticatieconfiguratie gebruiken: een verbinding die een gebruikersnaam of wachtwoord opslaat, wordt geweigerd, zodat er geen inloggegevens in een project worden opgeslagen.&lt;/p&gt;&lt;p&gt;De geïmporteerde kaartlagen worden aan het project toegevoegd (groep &lt;i&gt;Mijn inbeslagnamegegevens&lt;/i&gt;), waar het paneel ze filtert; later via &lt;i&gt;Plug-ins › Port Seizure Atlas › Mijn inbeslagnamegegevens toevoegen…&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Seizure events (CSV, XLSX, ODS, GeoPackage)</source>
        <translation>Inbeslagnames (CSV, XLSX, ODS, GeoPackage)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.ods *.gpkg)</source>
        <translation>Tabellen (*.csv *.xlsx *.ods *.gpkg)</translation>
    </message>
    <message>
        <source>Column mapping (column=field,...)</source>
        <translation>Kolomtoewijzing (kolom=veld,...)</translation>
    </message>
    <message>
        <source>Replace an existing GeoPackage, or the tables in the schema</source>
        <translation>Een bestaande GeoPackage of de tabellen in het schema vervangen</translation>
    </message>
    <message>
        <source>Imported events (GeoPackage)</source>
        <translation>Geïmporteerde inbeslagnames (GeoPackage)</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Or: PostGIS connection (with an authentication configuration)</source>
        <translation>Of: PostGIS-verbinding (met een authenticatieconfiguratie)</translation>
    </message>
    <message>
        <source>PostGIS schema</source>
        <translation>PostGIS-schema</translation>
    </message>
    <message>
        <source>Add the imported layers to the project</source>
        <translation>De geïmporteerde kaartlagen aan het project toevoegen</translation>
    </message>
    <message>
        <source>CSV separator</source>
        <translation>CSV-scheidingsteken</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detecteren</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Puntkomma</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Verticale streep</translation>
    </message>
    <message>
        <source>CSV encoding (empty: detect; e.g. windows-1252)</source>
        <translation>CSV-codering (leeg: detecteren; bijv. windows-1252)</translation>
    </message>
    <message>
        <source>Decimal mark, when the file does not show it</source>
        <translation>Decimaalteken, als het bestand dit niet laat zien</translation>
    </message>
    <message>
        <source>Comma (1.500,5)</source>
        <translation>Komma (1.500,5)</translation>
    </message>
    <message>
        <source>Point (1,500.5)</source>
        <translation>Punt (1,500.5)</translation>
    </message>
    <message>
        <source>Order of day and month, when no day is above 12</source>
        <translation>Volgorde van dag en maand, als geen dag groter is dan 12</translation>
    </message>
    <message>
        <source>Day first (dmy)</source>
        <translation>Dag eerst (dmy)</translation>
    </message>
    <message>
        <source>Month first (mdy)</source>
        <translation>Maand eerst (mdy)</translation>
    </message>
    <message>
        <source>Accept single seizures above 100 t</source>
        <translation>Afzonderlijke inbeslagnames boven 100 t accepteren</translation>
    </message>
    <message>
        <source>Events imported</source>
        <translation>Geïmporteerde inbeslagnames</translation>
    </message>
    <message>
        <source>Choose where to save the events: a GeoPackage or a PostGIS connection (one of them).</source>
        <translation>Kies waar de inbeslagnames worden opgeslagen: een GeoPackage of een PostGIS-verbinding (één van beide).</translation>
    </message>
    <message>
        <source>PostGIS connection %1: %2</source>
        <translation>PostGIS-verbinding %1: %2</translation>
    </message>
    <message>
        <source>There is no PostGIS connection named %1.</source>
        <translation>Er is geen PostGIS-verbinding met de naam %1.</translation>
    </message>
    <message>
        <source>PostGIS connection %1: %2 Nothing was written.</source>
        <translation>PostGIS-verbinding %1: %2 Er is niets geschreven.</translation>
    </message>
    <message>
        <source>%1 holds no ports</source>
        <translation>%1 bevat geen havens</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import geannuleerd; er is niets geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>Import refused: %n error(s); nothing was written.</source>
        <translation>
            <numerusform>Import geweigerd: %n fout; er is niets geschreven.</numerusform>
            <numerusform>Import geweigerd: %n fouten; er is niets geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 of &apos;%2&apos;</source>
        <translation>Rij %1 van &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 (fid %2)</source>
        <translation>%1 (fid %2)</translation>
    </message>
    <message>
        <source>The %1 layer &apos;%2&apos; has no CRS: its coordinates are taken as WGS 84 longitude/latitude.</source>
        <translation>De kaartlaag &apos;%2&apos; (%1) heeft geen CRS: de coördinaten worden opgevat als WGS 84-lengte/breedte.</translation>
    </message>
    <message>
        <source>%1 (&apos;%2&apos;)</source>
        <translation>%1 (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>the %1 has no geometry (NULL or empty)</source>
        <translation>de %1 heeft geen geometrie (NULL of leeg)</translation>
    </message>
    <message>
        <source>the %1 is a multipoint of %2 points; give one point per feature</source>
        <translation>de %1 is een multipunt van %2 punten; geef één punt per object</translation>
    </message>
    <message>
        <source>the %1 cannot be transformed to WGS 84: %2</source>
        <translation>de %1 kan niet naar WGS 84 worden getransformeerd: %2</translation>
    </message>
    <message>
        <source>the %1 code field &apos;%2&apos; is NULL or empty</source>
        <translation>het codeveld &apos;%2&apos; voor de %1 is NULL of leeg</translation>
    </message>
    <message>
        <source>no %1 field given</source>
        <translation>geen veld voor de %1 opgegeven</translation>
    </message>
    <message>
        <source>the %1 %2 field &apos;%3&apos; is %4, expected a number</source>
        <translation>het %2-veld &apos;%3&apos; voor de %1 is %4, een getal verwacht</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>unknown %1 UN/LOCODE &apos;%2&apos;, routed by its coordinates</source>
        <translation>onbekende UN/LOCODE &apos;%2&apos; voor de %1, gerouteerd via de coördinaten</translation>
    </message>
    <message>
        <source>%1: %2; no route.</source>
        <translation>%1: %2; geen route.</translation>
    </message>
    <message>
        <source>unknown %1 UN/LOCODE &apos;%2&apos;: not a port of the sea-lane network (%3)</source>
        <translation>onbekende UN/LOCODE &apos;%2&apos; voor de %1: geen haven van het zeeroutenetwerk (%3)</translation>
    </message>
    <message>
        <source>the %1 %2 is not a valid longitude/latitude</source>
        <translation>de %1 %2 is geen geldige lengte/breedte</translation>
    </message>
    <message>
        <source>Panama Canal</source>
        <translation>Panamakanaal</translation>
    </message>
    <message>
        <source>Suez Canal</source>
        <translation>Suezkanaal</translation>
    </message>
    <message>
        <source>Strait of Gibraltar</source>
        <translation>Straat van Gibraltar</translation>
    </message>
    <message>
        <source>Strait of Dover</source>
        <translation>Nauw van Calais</translation>
    </message>
    <message>
        <source>Kiel Canal</source>
        <translation>Kielerkanaal</translation>
    </message>
    <message>
        <source>Corinth Canal</source>
        <translation>Kanaal van Korinthe</translation>
    </message>
    <message>
        <source>Strait of Malacca</source>
        <translation>Straat Malakka</translation>
    </message>
    <message>
        <source>Bab-el-Mandeb</source>
        <translation>Bab-el-Mandeb</translation>
    </message>
    <message>
        <source>Bering Strait</source>
        <translation>Beringstraat</translation>
    </message>
    <message>
        <source>Strait of Magellan</source>
        <translation>Straat Magellaan</translation>
    </message>
    <message>
        <source>Northwest Passage</source>
        <translation>Noordwestpassage</translation>
    </message>
    <message>
        <source>Northeast Passage</source>
        <translation>Noordoostpassage</translation>
    </message>
    <message>
        <source>Pentland Firth</source>
        <translation>Pentland Firth</translation>
    </message>
    <message>
        <source>Fair Isle channel</source>
        <translation>Fair Isle Channel</translation>
    </message>
    <message>
        <source>The Minch</source>
        <translation>The Minch</translation>
    </message>
    <message>
        <source>Inland waterways</source>
        <translation>Binnenwateren</translation>
    </message>
    <message>
        <source>Sea-lane routes</source>
        <translation>Zeeroutes</translation>
    </message>
    <message>
        <source>sea,lane,route,shipping,maritime,port,unlocode,distance,origin,destination,matrix,searoute</source>
        <translation>zee,vaarroute,scheepvaartroute,route,scheepvaart,maritiem,haven,unlocode,afstand,herkomst,bestemming,matrix,searoute,sea,lane,shipping,maritime,port,distance,origin,destination</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routering</translation>
    </message>
    <message>
        <source>Draws the shortest sea routes between ports or points along the shipping lanes.</source>
        <translation>Tekent de kortste zeeroutes tussen havens of punten langs de scheepvaartroutes.</translation>
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
        <translation>Tekent de kortste zeeroute tussen havens of punten langs een wereldwijd maritiem netwerk, als één lijn per route in WGS 84 (EPSG:4326).

&lt;b&gt;Invoer&lt;/b&gt;, ofwel:
- &lt;i&gt;Herkomsten&lt;/i&gt; en &lt;i&gt;Bestemmingen&lt;/i&gt;: twee puntlagen; elke herkomst wordt met elke bestemming verbonden. De optionele ID-velden bevatten een label of een UN/LOCODE. Bij een UN/LOCODE die het netwerk kent, begint of eindigt de route in die haven; elk ander punt wordt op het netwerk aangesloten zoals hieronder beschreven. Punten worden naar WGS 84 geherprojecteerd. De overige velden van de lagen worden naar de uitvoer gekopieerd met de voorvoegsels origin_ en destination_.
- of een &lt;i&gt;HB-tabel&lt;/i&gt; (elke tabel, geometrie niet nodig): één route per rij, tussen UN/LOCODEs in de codevelden voor herkomst en bestemming, of WGS 84-lengte/breedte in de X/Y-velden (gebruikt als een code leeg of onbekend is). De overige velden van de tabel worden naar de uitvoer gekopieerd.

&lt;b&gt;Te vermijden doorvaarten&lt;/b&gt;: knelpunten die de routes niet mogen gebruiken. Standaard het Kanaal van Korinthe, het Kielerkanaal en de Noordwest- en Noordoostpassage, die grote schepen niet gebruiken. Maak de lijst leeg om elke doorvaart toe te staan.
&lt;b&gt;Snaptolerantie&lt;/b&gt; (km): een punt dat verder dan deze afstand ligt van elk knooppunt dat het over zee kan bereiken, krijgt geen route.
&lt;b&gt;Kortste afstand&lt;/b&gt;: standaard kosten kleine doorvaarten (Pentland Firth, de zeestraten van Orkney, Fair Isle Channel, The Minch), binnenwateren en de route ten noorden van Schotland meer dan hun lengte, zodat routes de hoofdvaarroutes volgen (het Kanaal, het Skagerrak); vink dit aan voor de kortste route naar afstand.
&lt;b&gt;Verdichten&lt;/b&gt; (km): het langste segment van een uitvoerlijn, met punten ingevoegd langs de WGS 84-geodeet (0 behoudt de vertices van het netwerk).

&lt;b&gt;Uitvoervelden&lt;/b&gt;: origin en destination (havennaam of label), origin_code en destination_code (UN/LOCODE, NULL voor een punt), length_km (geodetische lengte van de lijn op WGS 84), network_km (lengte langs het netwerk), passages (gebruikte knelpunten, gescheiden door &apos;;&apos;), approximate (true als een uiteinde een punt is dat met een rechte lijn op het netwerk is aangesloten), approach_km (km van de twee uiteinden tot het netwerk: verbindingsstukken en aansluitlijnen), fallback (waarom een uiteinde met een onbekende UN/LOCODE via de coördinaten is gerouteerd), en daarna de gekopieerde velden.

Lijnen volgen de scheepvaartroutes en kruisen nooit land, behalve bij de aanloop: een haven wordt bereikt via een eigen verbindingsstuk dat alleen over zee loopt; een punt binnen 10 km van een haven van het netwerk via de verbindingsstukken van die haven; elk ander punt via een rechte lijn naar het dichtstbijzijnde knooppunt dat de lijn bereikt zonder land te kruisen op de wereldkaart van QGIS (het land waarmee het netwerk is gerepareerd), waarbij steeds verder naar buiten wordt gezocht. Lengtegraden blijven doorlopend over de antimeridiaan (voorbij 180 graden).

Een onbekende UN/LOCODE in een rij die ook coördinaten heeft, wordt via de coördinaten gerouteerd; het logboek vermeldt dit. Een rij die niet kan worden gerouteerd (onbekende UN/LOCODE zonder coördinaten, NULL- of lege geometrie, een punt op land of buiten de snaptolerantie) wordt met het rijnummer in het logboek gemeld; de andere routes worden wel gemaakt.

Maritiem netwerk: Eurostat SeaRoute (© Europese Unie), EUPL-1.2, afgeleid van het ORNL Global Shipping Lane Network.</translation>
    </message>
    <message>
        <source>Origins (points)</source>
        <translation>Herkomsten (punten)</translation>
    </message>
    <message>
        <source>Origin ID field (label or UN/LOCODE)</source>
        <translation>ID-veld herkomst (label of UN/LOCODE)</translation>
    </message>
    <message>
        <source>Destinations (points)</source>
        <translation>Bestemmingen (punten)</translation>
    </message>
    <message>
        <source>Destination ID field (label or UN/LOCODE)</source>
        <translation>ID-veld bestemming (label of UN/LOCODE)</translation>
    </message>
    <message>
        <source>OD table (one route per row)</source>
        <translation>HB-tabel (één route per rij)</translation>
    </message>
    <message>
        <source>Origin UN/LOCODE field</source>
        <translation>UN/LOCODE-veld herkomst</translation>
    </message>
    <message>
        <source>Destination UN/LOCODE field</source>
        <translation>UN/LOCODE-veld bestemming</translation>
    </message>
    <message>
        <source>Origin longitude field (WGS 84)</source>
        <translation>Lengtegraadveld herkomst (WGS 84)</translation>
    </message>
    <message>
        <source>Origin latitude field (WGS 84)</source>
        <translation>Breedtegraadveld herkomst (WGS 84)</translation>
    </message>
    <message>
        <source>Destination longitude field (WGS 84)</source>
        <translation>Lengtegraadveld bestemming (WGS 84)</translation>
    </message>
    <message>
        <source>Destination latitude field (WGS 84)</source>
        <translation>Breedtegraadveld bestemming (WGS 84)</translation>
    </message>
    <message>
        <source>Passages to avoid</source>
        <translation>Te vermijden doorvaarten</translation>
    </message>
    <message>
        <source>Snap tolerance for points (km)</source>
        <translation>Snaptolerantie voor punten (km)</translation>
    </message>
    <message>
        <source>Densify: longest segment (km, 0 = off)</source>
        <translation>Verdichten: langste segment (km, 0 = uit)</translation>
    </message>
    <message>
        <source>Shortest distance (do not keep to the main shipping lanes)</source>
        <translation>Kortste afstand (hoofdvaarroutes niet aanhouden)</translation>
    </message>
    <message>
        <source>Routes built</source>
        <translation>Gemaakte routes</translation>
    </message>
    <message>
        <source>Rows or pairs without a route</source>
        <translation>Rijen of paren zonder route</translation>
    </message>
    <message>
        <source>Give either an OD table or origin and destination layers, not both.</source>
        <translation>Geef een HB-tabel of lagen voor herkomst en bestemming op, niet beide.</translation>
    </message>
    <message>
        <source>Give an origins and a destinations point layer, or an OD table.</source>
        <translation>Geef een puntlaag voor herkomsten en een voor bestemmingen op, of een HB-tabel.</translation>
    </message>
    <message>
        <source>The OD table needs the %1 UN/LOCODE field, or both the %1 longitude and latitude fields.</source>
        <translation>De HB-tabel heeft het UN/LOCODE-veld voor de %1 nodig, of zowel het lengte- als het breedtegraadveld voor de %1.</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>herkomst</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>bestemming</translation>
    </message>
    <message>
        <source>Cannot load the sea-lane network: %1</source>
        <translation>Kan het zeeroutenetwerk niet laden: %1</translation>
    </message>
    <message>
        <source>Sea-lane network: %1 nodes, %2 edges, %3 ports (%4)</source>
        <translation>Zeeroutenetwerk: %1 knooppunten, %2 verbindingen, %3 havens (%4)</translation>
    </message>
    <message>
        <source>QGIS&apos;s world map was not found: points join the network by straight lines that may cross land.</source>
        <translation>De wereldkaart van QGIS is niet gevonden: punten worden met rechte lijnen op het netwerk aangesloten, die land kunnen kruisen.</translation>
    </message>
    <message>
        <source>No edge of the network is in the passage &apos;%1&apos;; avoiding it changes nothing.</source>
        <translation>Geen enkele verbinding van het netwerk ligt in de doorvaart &apos;%1&apos;; deze vermijden verandert niets.</translation>
    </message>
    <message>
        <source>Avoided passages: none</source>
        <translation>Vermeden doorvaarten: geen</translation>
    </message>
    <message>
        <source>Avoided passages: %1</source>
        <translation>Vermeden doorvaarten: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 naar %2</translation>
    </message>
    <message>
        <source>%1: the origin %2 and the destination %3 are the same place; no route.</source>
        <translation>%1: de herkomst %2 en de bestemming %3 zijn dezelfde plaats; geen route.</translation>
    </message>
    <message>
        <source>Canceled; routes built so far: %1.</source>
        <translation>Geannuleerd; tot nu toe gemaakte routes: %1.</translation>
    </message>
    <message>
        <source>Routes built: %1 of %2 rows; rows failed: %3.</source>
        <translation>Gemaakte routes: %1 van %2 rijen; mislukte rijen: %3.</translation>
    </message>
    <message>
        <source>Routes built: %1; input points failed: %2; origin-destination pairs without a route: %3.</source>
        <translation>Gemaakte routes: %1; mislukte invoerpunten: %2; herkomst-bestemmingsparen zonder route: %3.</translation>
    </message>
</context>
<context>
    <name>QgisProfileRegistration</name>
    <message>
        <source>Plugin folder %1 does not exist.</source>
        <translation>De plug-inmap %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Registered %1 (plugin %2) in %3. Restart QGIS to load it.</source>
        <translation>%1 (plug-in %2) geregistreerd in %3. Start QGIS opnieuw om hem te laden.</translation>
    </message>
    <message>
        <source>Nothing to remove: %1 does not exist.</source>
        <translation>Niets te verwijderen: %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Removed %1 (plugin %2) from %3.</source>
        <translation>%1 (plug-in %2) verwijderd uit %3.</translation>
    </message>
    <message>
        <source>QGIS profile folder %1 does not exist. Start QGIS once with profile &quot;%2&quot;, or ask to create it (--create-profile).</source>
        <translation>QGIS-profielmap %1 bestaat niet. Start QGIS één keer met profiel &quot;%2&quot;, of laat hem aanmaken (--create-profile).</translation>
    </message>
    <message>
        <source>Cannot create the QGIS profile folder %1 (permission denied?).</source>
        <translation>Kan de QGIS-profielmap %1 niet aanmaken (toegang geweigerd?).</translation>
    </message>
    <message>
        <source>Cannot create folder %1 (permission denied?).</source>
        <translation>Kan map %1 niet aanmaken (toegang geweigerd?).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2. The settings were not changed.</source>
        <translation>Kan niet naar %1 schrijven: %2. De instellingen zijn niet gewijzigd.</translation>
    </message>
    <message>
        <source>%1 is not a valid settings file; it was left unchanged.</source>
        <translation>%1 is geen geldig instellingenbestand; het is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>Cannot write the new settings for %1; it was left unchanged.</source>
        <translation>Kan de nieuwe instellingen voor %1 niet schrijven; het is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>Cannot read back %1; %2 was left unchanged.</source>
        <translation>Kan %1 niet teruglezen; %2 is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. It was left unchanged.</source>
        <translation>Kan %1 niet schrijven: %2. Het is ongewijzigd gelaten.</translation>
    </message>
</context>
<context>
    <name>QgisVersionCompatibility</name>
    <message>
        <source>%1 was built for QGIS %2 but this is QGIS %3. A C++ plugin only runs in the QGIS major.minor version it was built for, so the plugin stays inactive. Rebuild it against this QGIS (see the plugin&apos;s README).</source>
        <translation>%1 is gebouwd voor QGIS %2, maar dit is QGIS %3. Een C++-plug-in werkt alleen in de QGIS-versie (major.minor) waarvoor hij is gebouwd, dus de plug-in blijft inactief. Bouw hem opnieuw tegen deze QGIS (zie de README van de plug-in).</translation>
    </message>
</context>
<context>
    <name>StyleLabels</name>
    <message>
        <source>up to 5 t</source>
        <translation>tot 5 t</translation>
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
        <translation>meer dan 50 t</translation>
    </message>
    <message>
        <source>0 t reported</source>
        <translation>0 t gemeld</translation>
    </message>
    <message>
        <source>no published figure</source>
        <translation>geen gepubliceerd cijfer</translation>
    </message>
    <message>
        <source>origin or transit port</source>
        <translation>herkomst- of transithaven</translation>
    </message>
    <message>
        <source>Origin or transit port</source>
        <translation>Herkomst- of transithaven</translation>
    </message>
    <message>
        <source>Origin country not stated</source>
        <translation>Herkomstland niet vermeld</translation>
    </message>
    <message>
        <source>Single cocaine seizure: under 1 t</source>
        <translation>Inbeslagname cocaïne: minder dan 1 t</translation>
    </message>
    <message>
        <source>Single cocaine seizure: 1–5 t</source>
        <translation>Inbeslagname cocaïne: 1–5 t</translation>
    </message>
    <message>
        <source>Single cocaine seizure: 5 t or more</source>
        <translation>Inbeslagname cocaïne: 5 t of meer</translation>
    </message>
    <message>
        <source>Single seizure of another drug</source>
        <translation>Inbeslagname van een andere drug</translation>
    </message>
    <message>
        <source>up to 1 t per million TEU</source>
        <translation>tot 1 t per miljoen TEU</translation>
    </message>
    <message>
        <source>1–3 t per million TEU</source>
        <translation>1–3 t per miljoen TEU</translation>
    </message>
    <message>
        <source>more than 3 t per million TEU</source>
        <translation>meer dan 3 t per miljoen TEU</translation>
    </message>
    <message>
        <source>No seizure and TEU figure of one year</source>
        <translation>Geen jaar met tonnage- en TEU-cijfer</translation>
    </message>
    <message>
        <source>, all origins</source>
        <translation>, alle herkomsten</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Herkomst: %1</translation>
    </message>
</context>
</TS>
