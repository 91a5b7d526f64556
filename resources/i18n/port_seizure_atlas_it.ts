<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AtlasCountryPicker</name>
    <message>
        <source>Search country or ISO code</source>
        <translation>Cerca paese o codice ISO</translation>
    </message>
    <message>
        <source>Type part of a country name or its ISO code to shorten the list</source>
        <translation>Digitare parte del nome di un paese o il suo codice ISO per restringere l&apos;elenco</translation>
    </message>
    <message>
        <source>Check the countries to show; none checked shows all. Space checks the current row.</source>
        <translation>Selezionare i paesi da mostrare; se nessuno è selezionato, vengono mostrati tutti. La barra spaziatrice seleziona la riga corrente.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Check every country (same as no country filter)</source>
        <translation>Seleziona tutti i paesi (equivale a nessun filtro per paese)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Uncheck every country (shows all countries)</source>
        <translation>Deseleziona tutti i paesi (mostra tutti i paesi)</translation>
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
        <translation>tutti i paesi</translation>
    </message>
    <message>
        <source>all origins</source>
        <translation>tutte le origini</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>dal %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>fino al %1</translation>
    </message>
    <message>
        <source>all years</source>
        <translation>tutti gli anni</translation>
    </message>
</context>
<context>
    <name>AtlasFilterPanel</name>
    <message>
        <source>Years</source>
        <translation>Anni</translation>
    </message>
    <message>
        <source>First year shown (only years with data are offered)</source>
        <translation>Primo anno mostrato (sono proposti solo gli anni con dati)</translation>
    </message>
    <message>
        <source>Last year shown; the same year as the first shows a single year</source>
        <translation>Ultimo anno mostrato; se coincide con il primo, viene mostrato un solo anno</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;a</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>Ri&amp;produci</translation>
    </message>
    <message>
        <source>Step through the years one by one (Alt+P); press again to stop. The Temporal Controller&apos;s frame follows.</source>
        <translation>Scorre gli anni uno alla volta (Alt+P); premere di nuovo per fermare. Il fotogramma del Controllo temporale si adegua.</translation>
    </message>
    <message>
        <source>&amp;Reset filter</source>
        <translation>&amp;Reimposta filtro</translation>
    </message>
    <message>
        <source>Show all years and all countries again (Alt+R)</source>
        <translation>Mostra di nuovo tutti gli anni e tutti i paesi (Alt+R)</translation>
    </message>
    <message>
        <source>Destination countries</source>
        <translation>Paesi di destinazione</translation>
    </message>
    <message>
        <source>Origin countries (routes)</source>
        <translation>Paesi di origine (rotte)</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selezione</translation>
    </message>
    <message>
        <source>Sum of the preferred port figures of the selection; national totals are not added</source>
        <translation>Somma dei dati portuali preferiti della selezione; i totali nazionali non vengono sommati</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Tonnes</source>
        <translation>Tonnellate</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <source>Last selected year versus the year before; empty when either figure is unknown</source>
        <translation>Ultimo anno selezionato rispetto all&apos;anno precedente; vuoto se uno dei due dati non è noto</translation>
    </message>
    <message>
        <source>What is documented per origin: the routes from the chosen origin countries in the selection, with their tonnes and years</source>
        <translation>Quanto documentato per origine: le rotte dai paesi di origine scelti nella selezione, con tonnellate e anni</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Qualsiasi</translation>
    </message>
    <message>
        <source>The atlas layers in this project are unavailable: %1 cannot be read. Put the file back, or point the layers to its new place with Layer › Change Data Source…</source>
        <translation>I layer dell&apos;atlante in questo progetto non sono disponibili: impossibile leggere %1. Ripristinare il file o indicare ai layer la nuova posizione con Layer › Cambia sorgente dati…</translation>
    </message>
    <message>
        <source>Add the ports and seizures to the project to filter them here.</source>
        <translation>Aggiungere i porti e i sequestri al progetto per filtrarli qui.</translation>
    </message>
    <message>
        <source>all countries</source>
        <translation>tutti i paesi</translation>
    </message>
    <message>
        <source>all origins</source>
        <translation>tutte le origini</translation>
    </message>
    <message>
        <source>All shown; check countries to limit the map.</source>
        <translation>Tutti mostrati; selezionare i paesi per limitare la mappa.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Scelti: %1</translation>
    </message>
    <message>
        <source>All shown; check countries to limit the routes.</source>
        <translation>Tutti mostrati; selezionare i paesi per limitare le rotte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · origins: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · origini: %3</translation>
    </message>
    <message>
        <source>No port figure published for this selection.</source>
        <translation>Nessun dato portuale pubblicato per questa selezione.</translation>
    </message>
    <message>
        <source>%1 t of cocaine seized in these ports from all origins: port figures are not split by origin. What is documented from %2 is listed below.</source>
        <translation>%1 t di cocaina sequestrate in questi porti da tutte le origini: i dati portuali non sono ripartiti per origine. Quanto documentato da %2 è elencato di seguito.</translation>
    </message>
    <message>
        <source>%1 t of cocaine seized in these ports (preferred port figures).</source>
        <translation>%1 t di cocaina sequestrate in questi porti (dati portuali preferiti).</translation>
    </message>
    <message>
        <source>Sources:
%1</source>
        <translation>Fonti:
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
        <translation>Nessuna rotta documentata da %1 in questa selezione.</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>anno non noto</translation>
    </message>
    <message>
        <source>tonnes unknown</source>
        <translation>tonnellate non note</translation>
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
            <numerusform>&lt;b&gt;Rotte documentate da %1&lt;/b&gt; (%n rotta):&lt;br&gt;%2</numerusform>
            <numerusform>&lt;b&gt;Rotte documentate da %1&lt;/b&gt; (%n rotte):&lt;br&gt;%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AtlasLayerSet</name>
    <message>
        <source>Port seizures, t a year</source>
        <translation>Sequestri nei porti, t all&apos;anno</translation>
    </message>
    <message>
        <source>Circle area: tonnes of cocaine seized in a port, from its preferred published figure. Latest year with a figure, or, with years chosen in the panel, their sum divided by the number of years. Hollow ring: no published figure (unknown, not 0 t). Port figures are totals of all origins.</source>
        <translation>Area del cerchio: tonnellate di cocaina sequestrate in un porto, secondo il dato pubblicato preferito. Ultimo anno con un dato oppure, se nel pannello sono scelti degli anni, la loro somma divisa per il numero di anni. Anello vuoto: nessun dato pubblicato (non noto, non 0 t). I dati portuali sono totali di tutte le origini.</translation>
    </message>
    <message>
        <source>Single seizures (not totals)</source>
        <translation>Singoli sequestri (non totali)</translation>
    </message>
    <message>
        <source>Documented single seizures of 0.1 t or more reported at European ports: each point is one seizure with its source, never a port&apos;s total.</source>
        <translation>Singoli sequestri documentati di 0.1 t o più segnalati nei porti europei: ogni punto è un sequestro con la sua fonte, mai il totale di un porto.</translation>
    </message>
    <message>
        <source>Inbound sea routes</source>
        <translation>Rotte marittime in arrivo</translation>
    </message>
    <message>
        <source>Documented origin → European port links along sea lanes; width by documented tonnes, dashed where unknown; dotted where the source names no origin port; colour by origin country.</source>
        <translation>Collegamenti documentati origine → porto europeo lungo le vie di navigazione; spessore in base alle tonnellate documentate, tratteggiato se non note; punteggiato se la fonte non indica il porto di origine; colore per paese di origine.</translation>
    </message>
    <message>
        <source>National totals</source>
        <translation>Totali nazionali</translation>
    </message>
    <message>
        <source>National seizure totals, never summed with the ports.</source>
        <translation>Totali nazionali dei sequestri, mai sommati ai porti.</translation>
    </message>
    <message>
        <source>Figures and sources</source>
        <translation>Dati e fonti</translation>
    </message>
    <message>
        <source>Every seizure figure with its source, scope and why it is preferred or not.</source>
        <translation>Ogni dato di sequestro con fonte, ambito e motivo per cui è preferito o no.</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Paesi</translation>
    </message>
    <message>
        <source>Land basemap: Natural Earth, from QGIS&apos;s own world map.</source>
        <translation>Mappa di base delle terre emerse: Natural Earth, dalla mappa del mondo di QGIS.</translation>
    </message>
    <message>
        <source>%1: layer &quot;%2&quot; cannot be read (missing table or damaged file).</source>
        <translation>%1: impossibile leggere il layer &quot;%2&quot; (tabella mancante o file danneggiato).</translation>
    </message>
    <message>
        <source>%1: layer &quot;%2&quot;: %3; it keeps QGIS&apos;s default style.</source>
        <translation>%1: layer &quot;%2&quot;: %3; mantiene lo stile predefinito di QGIS.</translation>
    </message>
    <message>
        <source>%1: layer &quot;%2&quot;: %3</source>
        <translation>%1: layer &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>Years shown (t)</source>
        <translation>Anni mostrati (t)</translation>
    </message>
    <message>
        <source>Seizures per million TEU</source>
        <translation>Sequestri per milione di TEU</translation>
    </message>
    <message>
        <source>style %1 is missing or not valid XML</source>
        <translation>lo stile %1 manca o non è XML valido</translation>
    </message>
    <message>
        <source>style %1 is missing from the plugin</source>
        <translation>lo stile %1 manca nel plugin</translation>
    </message>
    <message>
        <source>style %1 is not valid XML</source>
        <translation>lo stile %1 non è XML valido</translation>
    </message>
    <message>
        <source>style %1: %2</source>
        <translation>stile %1: %2</translation>
    </message>
    <message>
        <source>%1: the plugin&apos;s data file does not exist. Rebuild or reinstall the plugin.</source>
        <translation>%1: il file di dati del plugin non esiste. Ricompilare o reinstallare il plugin.</translation>
    </message>
    <message>
        <source>Seizure figures of this port</source>
        <translation>Dati sui sequestri di questo porto</translation>
    </message>
</context>
<context>
    <name>AtlasPrintController</name>
    <message>
        <source>No project to print.</source>
        <translation>Nessun progetto da stampare.</translation>
    </message>
    <message>
        <source>Cannot find the program port-seizure-atlas that exports prints; reinstall the plugin.</source>
        <translation>Impossibile trovare il programma port-seizure-atlas che esporta le stampe; reinstallare il plugin.</translation>
    </message>
    <message>
        <source>The layout &quot;%1&quot; is ready in the Layout Manager: export it from the layout designer. The background export cannot sign in to the PostGIS database of &quot;%2&quot; (its QGIS authentication stays in this QGIS).</source>
        <translation>Il layout &quot;%1&quot; è pronto nel Gestore layout: esportarlo dall&apos;editor del layout. L&apos;esportazione in background non può accedere al database PostGIS di &quot;%2&quot; (la sua autenticazione QGIS resta in questa istanza di QGIS).</translation>
    </message>
    <message>
        <source>Cannot write the layout to a temporary folder (%1).</source>
        <translation>Impossibile scrivere il layout in una cartella temporanea (%1).</translation>
    </message>
</context>
<context>
    <name>AtlasPrintDialog</name>
    <message>
        <source>Print the Port Seizure Atlas map</source>
        <translation>Stampa la mappa di Port Seizure Atlas</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 orizzontale</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 orizzontale</translation>
    </message>
    <message>
        <source>Paper of the layout; the layout is kept in the project&apos;s Layout Manager and can be edited there.</source>
        <translation>Formato carta del layout; il layout viene conservato nel Gestore layout del progetto e lì può essere modificato.</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Carta</translation>
    </message>
    <message>
        <source>One map of the selection</source>
        <translation>Una mappa della selezione</translation>
    </message>
    <message>
        <source>Atlas: one page per port with figures</source>
        <translation>Atlante: una pagina per porto con dati</translation>
    </message>
    <message>
        <source>Atlas: one page per country with figures</source>
        <translation>Atlante: una pagina per paese con dati</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Pagine</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Resolution of PNG output (PDF and SVG stay vector).</source>
        <translation>Risoluzione dell&apos;output PNG (PDF e SVG restano vettoriali).</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Risoluzione</translation>
    </message>
    <message>
        <source>A .pdf, .png or .svg file; the extension picks the format.</source>
        <translation>Un file .pdf, .png o .svg; l&apos;estensione determina il formato.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>S&amp;tampa</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;Immagine PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print to</source>
        <translation>Stampa su</translation>
    </message>
    <message>
        <source>Choose a file to print to.</source>
        <translation>Scegliere il file di destinazione della stampa.</translation>
    </message>
    <message>
        <source>Change map: the last year shown against the first</source>
        <translation>Mappa delle variazioni: ultimo anno mostrato rispetto al primo</translation>
    </message>
    <message>
        <source>An atlas is exported as one multi-page PDF. A change map compares the first and the last year of the selection (a single year: against the year before).</source>
        <translation>Un atlante viene esportato come un unico PDF di più pagine. Una mappa delle variazioni confronta il primo e l&apos;ultimo anno della selezione (con un solo anno: rispetto all&apos;anno precedente).</translation>
    </message>
</context>
<context>
    <name>AtlasPrintExporter</name>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Esportazione annullata; %1 non è stato scritto.</translation>
    </message>
    <message>
        <source>Not enough memory to export %1: choose a lower resolution or a smaller paper.</source>
        <translation>Memoria insufficiente per esportare %1: scegliere una risoluzione più bassa o un formato carta più piccolo.</translation>
    </message>
    <message>
        <source>The atlas has no page to print for this selection.</source>
        <translation>L&apos;atlante non ha pagine da stampare per questa selezione.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossibile scrivere %1.</translation>
    </message>
    <message>
        <source>%1: unknown output format; the file name must end in .pdf, .png or .svg.</source>
        <translation>%1: formato di output sconosciuto; il nome del file deve terminare con .pdf, .png o .svg.</translation>
    </message>
    <message>
        <source>%1: an atlas is exported as one multi-page PDF; the file name must end in .pdf.</source>
        <translation>%1: un atlante viene esportato come un unico PDF multipagina; il nome del file deve terminare con .pdf.</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1: la cartella %2 non esiste.</translation>
    </message>
    <message>
        <source>%1: cannot write there (permission denied).</source>
        <translation>%1: impossibile scrivere in questa posizione (permesso negato).</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file name.</source>
        <translation>%1 è una cartella, non un nome di file.</translation>
    </message>
    <message>
        <source>%1 dpi is out of range (10 to 2400).</source>
        <translation>%1 dpi fuori intervallo (da 10 a 2400).</translation>
    </message>
    <message>
        <source>Cannot write %1: writing the file failed (is the disk full?).</source>
        <translation>Impossibile scrivere %1: scrittura del file non riuscita (disco pieno?).</translation>
    </message>
</context>
<context>
    <name>AtlasPrintLayout</name>
    <message>
        <source>The project holds no Port Seizure Atlas layers: add them first (Plugins › Port Seizure Atlas › Add ports and seizures, or Add my seizure data).</source>
        <translation>Il progetto non contiene layer di Port Seizure Atlas: aggiungerli prima (Plugin › Port Seizure Atlas › Aggiungi porti e sequestri, oppure Aggiungi i miei dati sui sequestri).</translation>
    </message>
    <message>
        <source>%1: cannot read the print template (%2).</source>
        <translation>%1: impossibile leggere il modello di stampa (%2).</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>riga %1: %2</translation>
    </message>
    <message>
        <source>%1: not a Port Seizure Atlas print template (no map with the id &quot;%2&quot;).</source>
        <translation>%1: non è un modello di stampa di Port Seizure Atlas (nessuna mappa con id &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The project&apos;s layout manager refused the layout &quot;%1&quot;.</source>
        <translation>Il Gestore layout del progetto ha rifiutato il layout &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Data: Port Seizure Atlas %1; no dated source in this selection.</source>
        <translation>Dati: Port Seizure Atlas %1; nessuna fonte datata in questa selezione.</translation>
    </message>
    <message>
        <source>Data as published up to %1 (latest source shown). Port Seizure Atlas %2.</source>
        <translation>Dati pubblicati fino al %1 (fonte più recente mostrata). Port Seizure Atlas %2.</translation>
    </message>
    <message>
        <source>Own data: seizure events imported into Port Seizure Atlas %1.</source>
        <translation>Dati propri: eventi di sequestro importati in Port Seizure Atlas %1.</translation>
    </message>
    <message>
        <source>Latest imported event: %1.</source>
        <translation>Ultimo evento importato: %1.</translation>
    </message>
</context>
<context>
    <name>AtlasPrintTask</name>
    <message>
        <source>Port Seizure Atlas: printing %1</source>
        <translation>Port Seizure Atlas: stampa di %1</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>Impossibile avviare %1: %2</translation>
    </message>
    <message>
        <source>Printing cancelled; %1 was not written.</source>
        <translation>Stampa annullata; %1 non è stato scritto.</translation>
    </message>
    <message>
        <source>Printing %1 failed (exit status %2).</source>
        <translation>Stampa di %1 non riuscita (codice di uscita %2).</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>scritto %1</translation>
    </message>
</context>
<context>
    <name>AtlasYearChart</name>
    <message>
        <source>Port tonnes per year for the selected countries. Click a bar (or use the arrow keys and Enter) to show that year.</source>
        <translation>Tonnellate nei porti per anno per i paesi selezionati. Fare clic su una barra (o usare i tasti freccia e Invio) per mostrare quell&apos;anno.</translation>
    </message>
    <message>
        <source>Tonnes per year</source>
        <translation>Tonnellate per anno</translation>
    </message>
    <message>
        <source>No years to show</source>
        <translation>Nessun anno da mostrare</translation>
    </message>
    <message>
        <source>%1: %2 t (preferred port figures)</source>
        <translation>%1: %2 t (dati portuali preferiti)</translation>
    </message>
    <message>
        <source>%1: no port figure published</source>
        <translation>%1: nessun dato portuale pubblicato</translation>
    </message>
</context>
<context>
    <name>ChangePrintLayout</name>
    <message>
        <source>+50 % or more</source>
        <translation>+50 % o più</translation>
    </message>
    <message>
        <source>+10 to +50 %</source>
        <translation>da +10 a +50 %</translation>
    </message>
    <message>
        <source>within ±10 %</source>
        <translation>entro ±10 %</translation>
    </message>
    <message>
        <source>−10 to −50 %</source>
        <translation>da −10 a −50 %</translation>
    </message>
    <message>
        <source>−50 % or less</source>
        <translation>−50 % o meno</translation>
    </message>
    <message>
        <source>new: a figure for %1 only</source>
        <translation>nuovo: dato solo per il %1</translation>
    </message>
    <message>
        <source>no figure for %1 (not 0 t)</source>
        <translation>nessun dato per il %1 (non 0 t)</translation>
    </message>
    <message>
        <source>Rhine–Scheldt delta</source>
        <translation>Delta Reno-Mosa-Schelda</translation>
    </message>
    <message>
        <source>Delta inset</source>
        <translation>Riquadro delta</translation>
    </message>
    <message>
        <source>Change in cocaine seized in European ports, %1 → %2</source>
        <translation>Variazione della cocaina sequestrata nei porti europei, %1 → %2</translation>
    </message>
    <message>
        <source>the data has no ports layer</source>
        <translation>i dati non contengono un layer dei porti</translation>
    </message>
    <message>
        <source>Change %1 → %2</source>
        <translation>Variazione %1 → %2</translation>
    </message>
    <message>
        <source>no port has a figure for %1 or %2</source>
        <translation>nessun porto ha un dato per il %1 o il %2</translation>
    </message>
    <message>
        <source>all countries</source>
        <translation>tutti i paesi</translation>
    </message>
    <message>
        <source>Preferred port-level figures of %1 and %2, %3; sources on the following page.</source>
        <translation>Dati portuali preferiti del %1 e del %2, %3; fonti nella pagina seguente.</translation>
    </message>
    <message>
        <source>Change: the figure of %2 minus the figure of %1, in tonnes and in percent of %1. Circle area: the larger of the two years&apos; tonnes, on one fixed scale. A port with a figure in one of the two years only is marked &quot;new&quot; or &quot;no figure&quot;: an unknown is never 0 t.</source>
        <translation>Variazione: dato del %2 meno dato del %1, in tonnellate e in percentuale del %1. Area del cerchio: il maggiore dei tonnellaggi dei due anni, su un&apos;unica scala fissa. Un porto con un dato in uno solo dei due anni è indicato come &quot;nuovo&quot; o &quot;nessun dato&quot;: un valore non noto non è mai 0 t.</translation>
    </message>
    <message>
        <source>Basemap: Natural Earth (public domain), from QGIS&apos;s world map. Figures: the numbered sources. Made with QGIS and Port Seizure Atlas.</source>
        <translation>Mappa di base: Natural Earth (pubblico dominio), dalla mappa del mondo di QGIS. Dati: le fonti numerate. Realizzato con QGIS e Port Seizure Atlas.</translation>
    </message>
    <message>
        <source>Sources of the figures shown (%1 and %2)</source>
        <translation>Fonti dei dati mostrati (%1 e %2)</translation>
    </message>
</context>
<context>
    <name>CountryNames</name>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Antigua e Barbuda</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgio</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgaria</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Benin</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasile</translation>
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
        <translation>Cile</translation>
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
        <translation>Capo Verde</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Cipro</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Germania</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danimarca</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>Repubblica dominicana</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Ecuador</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estonia</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spagna</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlandia</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Regno Unito</translation>
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
        <translation>Guadalupa</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Grecia</translation>
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
        <translation>Croazia</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Giamaica</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Lituania</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettonia</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Marocco</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinica</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Messico</translation>
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
        <translation>Paesi Bassi</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norvegia</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>Panama</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Perù</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polonia</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portogallo</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Romania</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Svezia</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slovenia</translation>
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
        <translation>Trinidad e Tobago</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Stati Uniti</translation>
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
        <translation>Sudafrica</translation>
    </message>
</context>
<context>
    <name>ImportSeizureEventsTask</name>
    <message>
        <source>Checking seizure events</source>
        <translation>Verifica degli eventi di sequestro</translation>
    </message>
    <message>
        <source>Importing seizure events</source>
        <translation>Importazione degli eventi di sequestro</translation>
    </message>
</context>
<context>
    <name>ImportSeizureEventsWizard</name>
    <message>
        <source>Import seizure events</source>
        <translation>Importa eventi di sequestro</translation>
    </message>
    <message>
        <source>Your table of seizure events</source>
        <translation>Tabella degli eventi di sequestro</translation>
    </message>
    <message>
        <source>One row per seizure: CSV, XLSX, ODS or a GeoPackage table. The file is only read, never changed.</source>
        <translation>Una riga per sequestro: CSV, XLSX, ODS o una tabella GeoPackage. Il file viene solo letto, mai modificato.</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx *.ods *.gpkg)</source>
        <translation>Tabelle (*.csv *.tsv *.txt *.xlsx *.ods *.gpkg)</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Separatore</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Rileva</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Virgola ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Punto e virgola ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulazione</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Barra verticale |</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codifica</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Separatore decimale</translation>
    </message>
    <message>
        <source>Detect from the quantities</source>
        <translation>Rileva dalle quantità</translation>
    </message>
    <message>
        <source>Comma (1.500,5)</source>
        <translation>Virgola (1.500,5)</translation>
    </message>
    <message>
        <source>Point (1,500.5)</source>
        <translation>Punto (1,500.5)</translation>
    </message>
    <message>
        <source>Day and month</source>
        <translation>Giorno e mese</translation>
    </message>
    <message>
        <source>Detect from the dates</source>
        <translation>Rileva dalle date</translation>
    </message>
    <message>
        <source>Day first (03/04 = 3 April)</source>
        <translation>Prima il giorno (03/04 = 3 aprile)</translation>
    </message>
    <message>
        <source>Month first (03/04 = 4 March)</source>
        <translation>Prima il mese (03/04 = 4 marzo)</translation>
    </message>
    <message>
        <source>Accept single seizures above %1 t</source>
        <translation>Accetta singoli sequestri superiori a %1 t</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Corrispondenza delle colonne</translation>
    </message>
    <message>
        <source>Date, port, quantity and unit are needed. Columns named like a field are chosen already.</source>
        <translation>Sono obbligatori data, porto, quantità e unità. Le colonne con il nome di un campo sono già assegnate.</translation>
    </message>
    <message>
        <source>%1 (needed)</source>
        <translation>%1 (campo obbligatorio)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Every row is checked as for the atlas&apos;s own tables. Nothing is written until every row passes.</source>
        <translation>Ogni riga viene verificata come per le tabelle proprie dell&apos;atlante. Non viene scritto nulla finché tutte le righe non superano la verifica.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Salva in</translation>
    </message>
    <message>
        <source>A GeoPackage of your own, or a schema of your team&apos;s PostGIS. It is written completely or not at all; the layers are then added to the project.</source>
        <translation>Un GeoPackage proprio oppure uno schema del PostGIS del proprio team. Viene scritto per intero o per niente; i layer vengono poi aggiunti al progetto.</translation>
    </message>
    <message>
        <source>GeoPackage file</source>
        <translation>File GeoPackage</translation>
    </message>
    <message>
        <source>PostGIS connection: %1</source>
        <translation>Connessione PostGIS: %1</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>PostGIS schema</source>
        <translation>Schema PostGIS</translation>
    </message>
    <message>
        <source>Replace the GeoPackage, or the tables in the schema, if they exist</source>
        <translation>Sostituisci il GeoPackage, o le tabelle nello schema, se esistono</translation>
    </message>
    <message>
        <source>The PostGIS connection %1 no longer exists.</source>
        <translation>La connessione PostGIS %1 non esiste più.</translation>
    </message>
    <message>
        <source>PostGIS connection %1: %2 Nothing was written.</source>
        <translation>Connessione PostGIS %1: %2 Non è stato scritto nulla.</translation>
    </message>
</context>
<context>
    <name>ImportedDataActions</name>
    <message>
        <source>Import seizure events…</source>
        <translation>Importa eventi di sequestro…</translation>
    </message>
    <message>
        <source>Check a table of seizure events (CSV, XLSX, ODS) and import it into a GeoPackage</source>
        <translation>Verifica una tabella di eventi di sequestro (CSV, XLSX, ODS) e la importa in un GeoPackage</translation>
    </message>
    <message>
        <source>Add my seizure data (GeoPackage)…</source>
        <translation>Aggiungi i miei dati sui sequestri (GeoPackage)…</translation>
    </message>
    <message>
        <source>Add seizure events imported into a GeoPackage (port-seizure-atlas import) as layers the panel filters</source>
        <translation>Aggiunge gli eventi di sequestro importati in un GeoPackage (port-seizure-atlas import) come layer filtrati dal pannello</translation>
    </message>
    <message>
        <source>Add my seizure data (PostGIS)…</source>
        <translation>Aggiungi i miei dati sui sequestri (PostGIS)…</translation>
    </message>
    <message>
        <source>Add seizure events imported into a PostGIS database, through a QGIS connection</source>
        <translation>Aggiunge gli eventi di sequestro importati in un database PostGIS, tramite una connessione QGIS</translation>
    </message>
    <message>
        <source>%1 holds no ports; reinstall the plugin.</source>
        <translation>%1 non contiene porti; reinstallare il plugin.</translation>
    </message>
    <message>
        <source>Import refused; nothing was written.
%1</source>
        <translation>Importazione rifiutata; non è stato scritto nulla.
%1</translation>
    </message>
    <message>
        <source>Imported seizure events</source>
        <translation>Eventi di sequestro importati</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>No PostGIS connection is set up in QGIS. Add one in the Browser (PostgreSQL › New Connection), with an authentication configuration.</source>
        <translation>In QGIS non è configurata alcuna connessione PostGIS. Aggiungerne una nel Browser (PostgreSQL › Nuova connessione), con una configurazione di autenticazione.</translation>
    </message>
    <message>
        <source>PostGIS connection:</source>
        <translation>Connessione PostGIS:</translation>
    </message>
    <message>
        <source>Schema holding seizure_events:</source>
        <translation>Schema contenente seizure_events:</translation>
    </message>
    <message>
        <source>Port Seizure Atlas</source>
        <translation>Port Seizure Atlas</translation>
    </message>
    <message numerus="yes">
        <source>Added %n layer(s) of your seizure data; the panel filters them.</source>
        <translation>
            <numerusform>Aggiunto %n layer dei dati propri sui sequestri; il pannello lo filtra.</numerusform>
            <numerusform>Aggiunti %n layer dei dati propri sui sequestri; il pannello li filtra.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportedLayerSet</name>
    <message>
        <source>My seizures per port and year</source>
        <translation>I miei sequestri per porto e anno</translation>
    </message>
    <message>
        <source>My seizure events</source>
        <translation>I miei sequestri</translation>
    </message>
    <message>
        <source>My seizure routes</source>
        <translation>Rotte dei miei sequestri</translation>
    </message>
    <message>
        <source>My seizure data</source>
        <translation>I miei dati sui sequestri</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 non esiste.</translation>
    </message>
    <message>
        <source>The PostGIS connection holds a user name or password; use a QGIS authentication configuration instead, so no credentials are written into the project.</source>
        <translation>La connessione PostGIS contiene un nome utente o una password; usare invece una configurazione di autenticazione QGIS, così nessuna credenziale viene scritta nel progetto.</translation>
    </message>
    <message>
        <source>%1: no table &quot;%2&quot; (an import by an earlier version of the plugin): its layer is left out; import the file again to add it.</source>
        <translation>%1: manca la tabella &quot;%2&quot; (importazione eseguita con una versione precedente del plugin): il relativo layer viene omesso; importare di nuovo il file per aggiungerlo.</translation>
    </message>
    <message>
        <source>%1: table &quot;%2&quot; cannot be read; is it an import of seizure events?</source>
        <translation>%1: impossibile leggere la tabella &quot;%2&quot;; si tratta di un&apos;importazione di eventi di sequestro?</translation>
    </message>
</context>
<context>
    <name>ImportedPortYearsStyle</name>
    <message>
        <source>Seized in the years shown (t)</source>
        <translation>Sequestrato negli anni mostrati (t)</translation>
    </message>
    <message>
        <source>Years shown with events</source>
        <translation>Anni mostrati con eventi</translation>
    </message>
    <message>
        <source>Seizure events in the years shown</source>
        <translation>Eventi di sequestro negli anni mostrati</translation>
    </message>
    <message>
        <source>Events with a known quantity in the years shown</source>
        <translation>Eventi con quantità nota negli anni mostrati</translation>
    </message>
    <message>
        <source>Latest year shown with events (the row drawn)</source>
        <translation>Ultimo anno mostrato con eventi (riga disegnata)</translation>
    </message>
    <message>
        <source>My seizures, one circle per port</source>
        <translation>I miei sequestri, un cerchio per porto</translation>
    </message>
    <message>
        <source>Tonnes seized, area by t a year (sum ÷ years shown)</source>
        <translation>Tonnellate sequestrate, area in t all&apos;anno (somma ÷ anni mostrati)</translation>
    </message>
    <message>
        <source>No quantity known</source>
        <translation>Quantità non nota</translation>
    </message>
    <message>
        <source>&lt;b&gt;[% &quot;name&quot; %]&lt;/b&gt; ([% &quot;port_locode&quot; %])&lt;br&gt;[% if(&quot;%1&quot; IS NULL, &apos;No quantity known&apos;, format_number(&quot;%1&quot;, 1) || &apos; t seized&apos;) %] in [% &quot;%2&quot; %]&lt;br&gt;[% &quot;%3&quot; %] events, [% &quot;%4&quot; %] with a known quantity</source>
        <translation>&lt;b&gt;[% &quot;name&quot; %]&lt;/b&gt; ([% &quot;port_locode&quot; %])&lt;br&gt;[% if(&quot;%1&quot; IS NULL, &apos;Quantità non nota&apos;, format_number(&quot;%1&quot;, 1) || &apos; t sequestrate&apos;) %] nel [% &quot;%2&quot; %]&lt;br&gt;[% &quot;%3&quot; %] eventi, [% &quot;%4&quot; %] con quantità nota</translation>
    </message>
</context>
<context>
    <name>PortChange</name>
    <message>
        <source>new: %1 t</source>
        <translation>nuovo: %1 t</translation>
    </message>
    <message>
        <source>no figure for %1</source>
        <translation>nessun dato per il %1</translation>
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
        <translation>Sequestri di cocaina nei porti marittimi europei, anno per anno, e le rotte marittime di provenienza. Ogni dato riporta la propria fonte.</translation>
    </message>
    <message>
        <source>The filter saved in this project could not be read (%1). All years and countries are shown.</source>
        <translation>Impossibile leggere il filtro salvato in questo progetto (%1). Vengono mostrati tutti gli anni e tutti i paesi.</translation>
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
        <translation>Plugin %1, cartella dei dati %2</translation>
    </message>
    <message>
        <source>Plugin %1. The data folder %2 is missing: reinstall the plugin.</source>
        <translation>Plugin %1. Manca la cartella dei dati %2: reinstallare il plugin.</translation>
    </message>
    <message>
        <source>Show or hide the Port Seizure Atlas panel</source>
        <translation>Mostra o nasconde il pannello di Port Seizure Atlas</translation>
    </message>
    <message>
        <source>Add ports and seizures</source>
        <translation>Aggiungi porti e sequestri</translation>
    </message>
    <message>
        <source>Add the ports, routes and sourced seizure figures to the project</source>
        <translation>Aggiunge al progetto i porti, le rotte e i dati sui sequestri con le relative fonti</translation>
    </message>
    <message>
        <source>Print map…</source>
        <translation>Stampa mappa…</translation>
    </message>
    <message>
        <source>Print the map of the current selection to PDF, PNG or SVG, or an atlas per port or country</source>
        <translation>Stampa in PDF, PNG o SVG la mappa della selezione corrente, oppure un atlante per porto o per paese</translation>
    </message>
    <message>
        <source>Printed &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Stampato &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The plugin&apos;s layers are already in the project.</source>
        <translation>I layer del plugin sono già nel progetto.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n layer(s).</source>
        <translation>
            <numerusform>Aggiunto %n layer.</numerusform>
            <numerusform>Aggiunti %n layer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing %1 in the background; the layout &quot;%2&quot; is in the Layout Manager.</source>
        <translation>Stampa di %1 in background; il layout &quot;%2&quot; si trova nel Gestore layout.</translation>
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
        <translation>Port Seizure Atlas (rotte marittime)</translation>
    </message>
</context>
<context>
    <name>PrintLayoutItems</name>
    <message>
        <source>Cocaine seized in the port of [% &quot;name&quot; %] ([% &quot;country_name&quot; %]), [% @psa_years_text %]</source>
        <translation>Cocaina sequestrata nel porto di [% &quot;name&quot; %] ([% &quot;country_name&quot; %]), [% @psa_years_text %]</translation>
    </message>
    <message>
        <source>Cocaine seized in the ports of [% &quot;NAME&quot; %], [% @psa_years_text %]</source>
        <translation>Cocaina sequestrata nei porti di [% &quot;NAME&quot; %], [% @psa_years_text %]</translation>
    </message>
    <message>
        <source>Drug seizures in my data, port of [% coalesce(&quot;name&quot;, &quot;port_locode&quot;) %], [% @psa_years_text %]</source>
        <translation>Sequestri di droga nei miei dati, porto di [% coalesce(&quot;name&quot;, &quot;port_locode&quot;) %], [% @psa_years_text %]</translation>
    </message>
    <message>
        <source>Drug seizures in my data, ports of [% &quot;NAME&quot; %], [% @psa_years_text %]</source>
        <translation>Sequestri di droga nei miei dati, porti di [% &quot;NAME&quot; %], [% @psa_years_text %]</translation>
    </message>
    <message>
        <source>Cocaine seized in European ports, [% @psa_years_text %] — [% @psa_countries_text %]</source>
        <translation>Cocaina sequestrata nei porti europei, [% @psa_years_text %] — [% @psa_countries_text %]</translation>
    </message>
    <message>
        <source>Drug seizures in my data, European ports, [% @psa_years_text %] — [% @psa_countries_text %]</source>
        <translation>Sequestri di droga nei miei dati, porti europei, [% @psa_years_text %] — [% @psa_countries_text %]</translation>
    </message>
    <message>
        <source>Tonnes seized per port (preferred published figures) and documented inbound routes along sea lanes.</source>
        <translation>Tonnellate sequestrate per porto (dati pubblicati preferiti) e rotte documentate in arrivo lungo le vie di navigazione.</translation>
    </message>
    <message>
        <source>Own data, not published figures: tonnes seized per port in the imported events, and routes from origin port to port of seizure along sea lanes.</source>
        <translation>Dati propri, non dati pubblicati: tonnellate sequestrate per porto negli eventi importati e rotte dal porto di origine al porto di sequestro lungo le vie di navigazione.</translation>
    </message>
    <message>
        <source>Inbound routes across the Atlantic (frame: the main map)</source>
        <translation>Rotte in arrivo attraverso l&apos;Atlantico (riquadro: la mappa principale)</translation>
    </message>
    <message>
        <source>dashed route: tonnage unknown</source>
        <translation>rotta tratteggiata: tonnellate non note</translation>
    </message>
    <message>
        <source>dotted route: origin port not published (assumed)</source>
        <translation>rotta punteggiata: porto di origine non pubblicato (presunto)</translation>
    </message>
    <message>
        <source>Sources of the figures and routes shown</source>
        <translation>Fonti dei dati e delle rotte mostrati</translation>
    </message>
    <message>
        <source>Basemap: Natural Earth (public domain), from QGIS&apos;s world map. Sea lanes: Eurostat SeaRoute network, EUPL-1.2. Figures: the sources listed. Made with QGIS and Port Seizure Atlas.</source>
        <translation>Mappa di base: Natural Earth (pubblico dominio), dalla mappa del mondo di QGIS. Vie di navigazione: rete Eurostat SeaRoute, EUPL-1.2. Dati: le fonti elencate. Realizzato con QGIS e Port Seizure Atlas.</translation>
    </message>
</context>
<context>
    <name>PrintLegendColumn</name>
    <message>
        <source>Circles: tonnes seized per port in the imported events (several years: their sum ÷ number of years), on one fixed scale for every year and print; a ring where no quantity is recorded. Lines: width by tonnes.</source>
        <translation>Cerchi: tonnellate sequestrate per porto negli eventi importati (più anni: somma ÷ numero di anni), su un&apos;unica scala fissa per ogni anno e stampa; un anello dove non è registrata alcuna quantità. Linee: spessore in base alle tonnellate.</translation>
    </message>
    <message>
        <source>Circles: tonnes seized a year per port (several years: their sum ÷ number of years), area on one fixed scale for every year and print; a ring: no published figure. Lines: width by tonnes.</source>
        <translation>Cerchi: tonnellate sequestrate all&apos;anno per porto (più anni: somma ÷ numero di anni), area su un&apos;unica scala fissa per ogni anno e stampa; un anello: nessun dato pubblicato. Linee: spessore in base alle tonnellate.</translation>
    </message>
    <message numerus="yes">
        <source>Sources: the %n source(s) of the figures and routes shown are listed, numbered, on the following page (image output: in a second file, its name ending in _2).</source>
        <translation>
            <numerusform>Fonti: i dati e le rotte mostrati hanno %n fonte, elencata e numerata nella pagina seguente (output immagine: in un secondo file, il cui nome termina con _2).</numerusform>
            <numerusform>Fonti: i dati e le rotte mostrati hanno %n fonti, elencate e numerate nella pagina seguente (output immagine: in un secondo file, il cui nome termina con _2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintSourceList</name>
    <message>
        <source>Own data: seizure events imported from %1, in %2</source>
        <translation>Dati propri: eventi di sequestro importati da %1, in %2</translation>
    </message>
    <message>
        <source>Sources of the figures shown</source>
        <translation>Fonti dei dati mostrati</translation>
    </message>
    <message>
        <source>No figure is shown for this selection.</source>
        <translation>Nessun dato mostrato per questa selezione.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Own data (%1)</source>
        <translation>Dati propri (%1)</translation>
    </message>
    <message>
        <source>%1: table %2: reading stopped at feature %3 of %4; the import is left out of the choices.</source>
        <translation>%1: tabella %2: lettura interrotta all&apos;elemento %3 di %4; l&apos;importazione viene esclusa dalle scelte.</translation>
    </message>
    <message>
        <source>Port Seizure Atlas</source>
        <translation>Port Seizure Atlas</translation>
    </message>
    <message>
        <source>Cannot write %1 (renaming the finished export failed).</source>
        <translation>Impossibile scrivere %1 (rinomina dell&apos;esportazione completata non riuscita).</translation>
    </message>
    <message>
        <source>Import seizure events</source>
        <translation>Importa eventi di sequestro</translation>
    </message>
    <message>
        <source>import,seizure,events,csv,xlsx,ods,geopackage,cocaine,port,validate</source>
        <translation>importazione,sequestro,eventi,csv,xlsx,ods,geopackage,cocaina,porto,convalida</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Dati propri</translation>
    </message>
    <message>
        <source>Checks a table of seizure events and writes it, all or nothing, into a GeoPackage or a PostGIS schema the panel can filter.</source>
        <translation>Verifica una tabella di eventi di sequestro e la scrive (tutto o niente) in un GeoPackage o in uno schema PostGIS che il pannello può filtrare.</translation>
    </message>
    <message>
        <source>&lt;p&gt;One row per seizure with the columns date, port, origin_port, origin_country, drug, quantity, unit (date, port, quantity and unit needed; headers in German, Dutch, French, Spanish, Italian or Portuguese such as Datum, Hafen, Menge are recognised; other column names through &lt;i&gt;Column mapping&lt;/i&gt;, e.g. &lt;code&gt;Tag=date,Ort=port&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;Input: CSV (separator and encoding detected unless given), XLSX, ODS or a GeoPackage table. Ports: UN/LOCODE, name, UN/LOCODE local name or common exonym (Antwerpen, Anvers). Dates: 2021-03-12, 12.03.2021, 12/03/2021, 12 March 2021, Mai 2022 or 2021. Quantities: 1500, 1.5, 1,5, 1.500,5 in g, kg or t (stored as tonnes); the decimal mark and the order of day and month are decided once per file, and a value that reads two ways is refused unless &lt;i&gt;Decimal mark&lt;/i&gt; or &lt;i&gt;Order of day and month&lt;/i&gt; settles it. A seizure above 100 t is refused as implausible unless &lt;i&gt;Accept single seizures above 100 t&lt;/i&gt; is set.&lt;/p&gt;&lt;p&gt;All or nothing: when any row is refused, every problem is listed (file, line, column, rule, and the nearest port names for an unknown port) and nothing is written. The input file is never changed.&lt;/p&gt;&lt;p&gt;Save to a GeoPackage, or to a schema of a PostGIS database chosen as a QGIS PostgreSQL connection. The connection must use an authentication configuration: one that stores a user name or password is refused, so no credentials are written into a project.&lt;/p&gt;&lt;p&gt;The imported layers are added to the project (group &lt;i&gt;My seizure data&lt;/i&gt;), where the panel filters them; later with &lt;i&gt;Plugins › Port Seizure Atlas › Add my seizure data…&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Una riga per sequestro con le colonne date, port, origin_port, origin_country, drug, quantity, unit (obbligatorie date, port, quantity e unit; sono riconosciute intestazioni in tedesco, olandese, francese, spagnolo, italiano o portoghese come Datum, Hafen, Menge; altri nomi di colonna tramite &lt;i&gt;Mappatura colonne&lt;/i&gt;, ad es. &lt;code&gt;Tag=date,Ort=port&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;Input: CSV (separatore e codifica rilevati se non indicati), XLSX, ODS o una tabella GeoPackage. Porti: UN/LOCODE, nome, nome locale UN/LOCODE o esonimo comune (Antwerpen, Anvers). Date: 2021-03-12, 12.03.2021, 12/03/2021, 12 March 2021, Mai 2022 o 2021. Quantità: 1500, 1.5, 1,5, 1.500,5 in g, kg o t (memorizzate in tonnellate); il separatore decimale e l&apos;ordine di giorno e mese vengono stabiliti una sola volta per file, e un valore interpretabile in due modi viene rifiutato, a meno che &lt;i&gt;Separatore decimale&lt;/i&gt; o &lt;i&gt;Ordine di giorno e mese&lt;/i&gt; non lo chiarisca. Un sequestro superiore a 100 t viene rifiutato come non plausibile, a meno che non sia impostato &lt;i&gt;Accetta singoli sequestri superiori a 100 t&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Tutto o niente: se anche una sola riga viene rifiutata, vengono elencati tutti i problemi (file, riga, colonna, regola e, per un porto sconosciuto, i nomi di porto più simili) e non viene scritto nulla. Il file di input non viene mai modificato.&lt;/p&gt;&lt;p&gt;Salvataggio in un GeoPackage o in uno schema di un database PostGIS scelto come connessione PostgreSQL di QGIS. La connessione deve usare una configurazione di autenticazione: una connessione che memorizza nome utente o password viene rifiutata, così nessuna credenziale viene scritta in un progetto.&lt;/p&gt;&lt;p&gt;I layer importati vengono aggiunti al progetto (gruppo &lt;i&gt;I miei dati sui sequestri&lt;/i&gt;), dove il pannello li filtra; in seguito con &lt;i&gt;Plugin › Port Seizure Atlas › Aggiungi i miei dati sui sequestri…&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Seizure events (CSV, XLSX, ODS, GeoPackage)</source>
        <translation>Eventi di sequestro (CSV, XLSX, ODS, GeoPackage)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.ods *.gpkg)</source>
        <translation>Tabelle (*.csv *.xlsx *.ods *.gpkg)</translation>
    </message>
    <message>
        <source>Column mapping (column=field,...)</source>
        <translation>Mappatura colonne (colonna=campo,...)</translation>
    </message>
    <message>
        <source>Replace an existing GeoPackage, or the tables in the schema</source>
        <translation>Sostituisci un GeoPackage esistente, o le tabelle nello schema</translation>
    </message>
    <message>
        <source>Imported events (GeoPackage)</source>
        <translation>Eventi importati (GeoPackage)</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Or: PostGIS connection (with an authentication configuration)</source>
        <translation>Oppure: connessione PostGIS (con una configurazione di autenticazione)</translation>
    </message>
    <message>
        <source>PostGIS schema</source>
        <translation>Schema PostGIS</translation>
    </message>
    <message>
        <source>Add the imported layers to the project</source>
        <translation>Aggiungi i layer importati al progetto</translation>
    </message>
    <message>
        <source>CSV separator</source>
        <translation>Separatore CSV</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Rileva</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Virgola</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Punto e virgola</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulazione</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Barra verticale</translation>
    </message>
    <message>
        <source>CSV encoding (empty: detect; e.g. windows-1252)</source>
        <translation>Codifica CSV (vuoto: rileva; ad es. windows-1252)</translation>
    </message>
    <message>
        <source>Decimal mark, when the file does not show it</source>
        <translation>Separatore decimale, se il file non lo rende evidente</translation>
    </message>
    <message>
        <source>Comma (1.500,5)</source>
        <translation>Virgola (1.500,5)</translation>
    </message>
    <message>
        <source>Point (1,500.5)</source>
        <translation>Punto (1,500.5)</translation>
    </message>
    <message>
        <source>Order of day and month, when no day is above 12</source>
        <translation>Ordine di giorno e mese, se nessun giorno supera 12</translation>
    </message>
    <message>
        <source>Day first (dmy)</source>
        <translation>Prima il giorno (dmy)</translation>
    </message>
    <message>
        <source>Month first (mdy)</source>
        <translation>Prima il mese (mdy)</translation>
    </message>
    <message>
        <source>Accept single seizures above 100 t</source>
        <translation>Accetta singoli sequestri superiori a 100 t</translation>
    </message>
    <message>
        <source>Events imported</source>
        <translation>Eventi importati</translation>
    </message>
    <message>
        <source>Choose where to save the events: a GeoPackage or a PostGIS connection (one of them).</source>
        <translation>Scegliere dove salvare gli eventi: un GeoPackage o una connessione PostGIS (uno solo dei due).</translation>
    </message>
    <message>
        <source>PostGIS connection %1: %2</source>
        <translation>Connessione PostGIS %1: %2</translation>
    </message>
    <message>
        <source>There is no PostGIS connection named %1.</source>
        <translation>Non esiste alcuna connessione PostGIS denominata %1.</translation>
    </message>
    <message>
        <source>PostGIS connection %1: %2 Nothing was written.</source>
        <translation>Connessione PostGIS %1: %2 Non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>%1 holds no ports</source>
        <translation>%1 non contiene porti</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Importazione annullata; non è stato scritto nulla.</translation>
    </message>
    <message numerus="yes">
        <source>Import refused: %n error(s); nothing was written.</source>
        <translation>
            <numerusform>Importazione rifiutata: %n errore; non è stato scritto nulla.</numerusform>
            <numerusform>Importazione rifiutata: %n errori; non è stato scritto nulla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 of &apos;%2&apos;</source>
        <translation>Riga %1 di &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 (fid %2)</source>
        <translation>%1 (fid %2)</translation>
    </message>
    <message>
        <source>The %1 layer &apos;%2&apos; has no CRS: its coordinates are taken as WGS 84 longitude/latitude.</source>
        <translation>Il layer di %1 &apos;%2&apos; non ha un SR: le sue coordinate sono considerate longitudine/latitudine WGS 84.</translation>
    </message>
    <message>
        <source>%1 (&apos;%2&apos;)</source>
        <translation>%1 (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>the %1 has no geometry (NULL or empty)</source>
        <translation>geometria di %1 assente (NULL o vuota)</translation>
    </message>
    <message>
        <source>the %1 is a multipoint of %2 points; give one point per feature</source>
        <translation>la geometria di %1 è un multipunto di %2 punti; fornire un punto per elemento</translation>
    </message>
    <message>
        <source>the %1 cannot be transformed to WGS 84: %2</source>
        <translation>impossibile trasformare la geometria di %1 in WGS 84: %2</translation>
    </message>
    <message>
        <source>the %1 code field &apos;%2&apos; is NULL or empty</source>
        <translation>il campo codice di %1 &apos;%2&apos; è NULL o vuoto</translation>
    </message>
    <message>
        <source>no %1 field given</source>
        <translation>nessun campo di %1 indicato</translation>
    </message>
    <message>
        <source>the %1 %2 field &apos;%3&apos; is %4, expected a number</source>
        <translation>il campo %2 di %1 &apos;%3&apos; vale %4; atteso un numero</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>unknown %1 UN/LOCODE &apos;%2&apos;, routed by its coordinates</source>
        <translation>UN/LOCODE di %1 sconosciuto &apos;%2&apos;, instradato in base alle coordinate</translation>
    </message>
    <message>
        <source>%1: %2; no route.</source>
        <translation>%1: %2; nessuna rotta.</translation>
    </message>
    <message>
        <source>unknown %1 UN/LOCODE &apos;%2&apos;: not a port of the sea-lane network (%3)</source>
        <translation>UN/LOCODE di %1 sconosciuto &apos;%2&apos;: non è un porto della rete delle vie di navigazione (%3)</translation>
    </message>
    <message>
        <source>the %1 %2 is not a valid longitude/latitude</source>
        <translation>il valore di %1 %2 non è una longitudine/latitudine valida</translation>
    </message>
    <message>
        <source>Panama Canal</source>
        <translation>Canale di Panama</translation>
    </message>
    <message>
        <source>Suez Canal</source>
        <translation>Canale di Suez</translation>
    </message>
    <message>
        <source>Strait of Gibraltar</source>
        <translation>Stretto di Gibilterra</translation>
    </message>
    <message>
        <source>Strait of Dover</source>
        <translation>Stretto di Dover</translation>
    </message>
    <message>
        <source>Kiel Canal</source>
        <translation>Canale di Kiel</translation>
    </message>
    <message>
        <source>Corinth Canal</source>
        <translation>Canale di Corinto</translation>
    </message>
    <message>
        <source>Strait of Malacca</source>
        <translation>Stretto di Malacca</translation>
    </message>
    <message>
        <source>Bab-el-Mandeb</source>
        <translation>Bab-el-Mandeb</translation>
    </message>
    <message>
        <source>Bering Strait</source>
        <translation>Stretto di Bering</translation>
    </message>
    <message>
        <source>Strait of Magellan</source>
        <translation>Stretto di Magellano</translation>
    </message>
    <message>
        <source>Northwest Passage</source>
        <translation>Passaggio a nord-ovest</translation>
    </message>
    <message>
        <source>Northeast Passage</source>
        <translation>Passaggio a nord-est</translation>
    </message>
    <message>
        <source>Pentland Firth</source>
        <translation>Pentland Firth</translation>
    </message>
    <message>
        <source>Fair Isle channel</source>
        <translation>Canale di Fair Isle</translation>
    </message>
    <message>
        <source>The Minch</source>
        <translation>Stretto di Minch</translation>
    </message>
    <message>
        <source>Inland waterways</source>
        <translation>Vie navigabili interne</translation>
    </message>
    <message>
        <source>Sea-lane routes</source>
        <translation>Rotte marittime</translation>
    </message>
    <message>
        <source>sea,lane,route,shipping,maritime,port,unlocode,distance,origin,destination,matrix,searoute</source>
        <translation>mare,via,rotta,navigazione,marittimo,porto,unlocode,distanza,origine,destinazione,matrice,searoute</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Instradamento</translation>
    </message>
    <message>
        <source>Draws the shortest sea routes between ports or points along the shipping lanes.</source>
        <translation>Traccia le rotte marittime più brevi tra porti o punti lungo le vie di navigazione.</translation>
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
        <translation>Traccia la rotta marittima più breve tra porti o punti lungo una rete marittima globale, con una linea per rotta in WGS 84 (EPSG:4326).

&lt;b&gt;Input&lt;/b&gt;, in alternativa:
- &lt;i&gt;Origini&lt;/i&gt; e &lt;i&gt;Destinazioni&lt;/i&gt;: due layer di punti; ogni origine viene collegata a ogni destinazione. I campi ID facoltativi contengono un&apos;etichetta o un UN/LOCODE. Un UN/LOCODE noto alla rete fa iniziare o terminare la rotta in quel porto; qualsiasi altro punto si collega alla rete come descritto più avanti. I punti vengono riproiettati in WGS 84. Gli altri campi dei layer vengono copiati nell&apos;output con i prefissi origin_ e destination_.
- oppure una &lt;i&gt;Tabella OD&lt;/i&gt; (qualsiasi tabella, la geometria non è necessaria): una rotta per riga, tra gli UN/LOCODE nei campi codice di origine e di destinazione, oppure tra longitudine/latitudine WGS 84 nei campi X/Y (usati quando un codice è vuoto o sconosciuto). Gli altri campi della tabella vengono copiati nell&apos;output.

&lt;b&gt;Passaggi da evitare&lt;/b&gt;: punti di strozzatura che le rotte non devono usare. Per impostazione predefinita i canali di Corinto e di Kiel e i passaggi a nord-ovest e a nord-est, non usati dalle grandi navi. Svuotare l&apos;elenco per consentire tutti i passaggi.
&lt;b&gt;Tolleranza di aggancio&lt;/b&gt; (km): un punto più lontano di questo valore da tutti i nodi raggiungibili via mare non ottiene alcuna rotta.
&lt;b&gt;Distanza più breve&lt;/b&gt;: per impostazione predefinita i passaggi minori (Pentland Firth, stretti delle Orcadi, canale di Fair Isle, stretto di Minch), le vie navigabili interne e la via a nord della Scozia costano più della loro lunghezza, così che le rotte restino sulle vie principali (la Manica, lo Skagerrak); selezionare l&apos;opzione per ottenere la rotta più breve in distanza.
&lt;b&gt;Densifica&lt;/b&gt; (km): il segmento più lungo di una linea di output, con vertici inseriti lungo la geodetica WGS 84 (0 mantiene i vertici della rete).

&lt;b&gt;Campi di output&lt;/b&gt;: origin e destination (nome del porto o etichetta), origin_code e destination_code (UN/LOCODE, NULL per un punto), length_km (lunghezza geodetica della linea su WGS 84), network_km (lunghezza lungo la rete), passages (punti di strozzatura usati, separati da &apos;;&apos;), approximate (true quando un&apos;estremità è un punto collegato alla rete da una linea retta), approach_km (km dalle due estremità alla rete: connettori e linee di raccordo), fallback (perché un&apos;estremità con UN/LOCODE sconosciuto è stata instradata in base alle coordinate), quindi i campi copiati.

Le linee seguono le vie di navigazione e non attraversano mai la terraferma, tranne nel tratto di avvicinamento: un porto viene raggiunto tramite il proprio connettore interamente in mare; un punto entro 10 km da un porto della rete tramite i connettori di quel porto; qualsiasi altro punto con una linea retta fino al nodo più vicino che la linea raggiunge senza attraversare la terraferma della mappa del mondo di QGIS (la stessa con cui è stata corretta la rete), cercando verso l&apos;esterno. Le longitudini restano continue attraverso l&apos;antimeridiano (oltre 180 gradi).

Un UN/LOCODE sconosciuto in una riga che ha anche le coordinate viene instradato in base alle coordinate, e il log lo segnala. Una riga che non può essere instradata (UN/LOCODE sconosciuto senza coordinate, geometria NULL o vuota, un punto sulla terraferma o oltre la tolleranza di aggancio) viene segnalata nel log con il suo numero di riga; le altre rotte vengono comunque create.

Rete marittima: Eurostat SeaRoute (© Unione europea), EUPL-1.2, derivata da ORNL Global Shipping Lane Network.</translation>
    </message>
    <message>
        <source>Origins (points)</source>
        <translation>Origini (punti)</translation>
    </message>
    <message>
        <source>Origin ID field (label or UN/LOCODE)</source>
        <translation>Campo ID di origine (etichetta o UN/LOCODE)</translation>
    </message>
    <message>
        <source>Destinations (points)</source>
        <translation>Destinazioni (punti)</translation>
    </message>
    <message>
        <source>Destination ID field (label or UN/LOCODE)</source>
        <translation>Campo ID di destinazione (etichetta o UN/LOCODE)</translation>
    </message>
    <message>
        <source>OD table (one route per row)</source>
        <translation>Tabella OD (una rotta per riga)</translation>
    </message>
    <message>
        <source>Origin UN/LOCODE field</source>
        <translation>Campo UN/LOCODE di origine</translation>
    </message>
    <message>
        <source>Destination UN/LOCODE field</source>
        <translation>Campo UN/LOCODE di destinazione</translation>
    </message>
    <message>
        <source>Origin longitude field (WGS 84)</source>
        <translation>Campo longitudine di origine (WGS 84)</translation>
    </message>
    <message>
        <source>Origin latitude field (WGS 84)</source>
        <translation>Campo latitudine di origine (WGS 84)</translation>
    </message>
    <message>
        <source>Destination longitude field (WGS 84)</source>
        <translation>Campo longitudine di destinazione (WGS 84)</translation>
    </message>
    <message>
        <source>Destination latitude field (WGS 84)</source>
        <translation>Campo latitudine di destinazione (WGS 84)</translation>
    </message>
    <message>
        <source>Passages to avoid</source>
        <translation>Passaggi da evitare</translation>
    </message>
    <message>
        <source>Snap tolerance for points (km)</source>
        <translation>Tolleranza di aggancio per i punti (km)</translation>
    </message>
    <message>
        <source>Densify: longest segment (km, 0 = off)</source>
        <translation>Densifica: segmento più lungo (km, 0 = disattivato)</translation>
    </message>
    <message>
        <source>Shortest distance (do not keep to the main shipping lanes)</source>
        <translation>Distanza più breve (non restare sulle principali vie di navigazione)</translation>
    </message>
    <message>
        <source>Routes built</source>
        <translation>Rotte create</translation>
    </message>
    <message>
        <source>Rows or pairs without a route</source>
        <translation>Righe o coppie senza rotta</translation>
    </message>
    <message>
        <source>Give either an OD table or origin and destination layers, not both.</source>
        <translation>Indicare una tabella OD oppure i layer di origine e destinazione, non entrambi.</translation>
    </message>
    <message>
        <source>Give an origins and a destinations point layer, or an OD table.</source>
        <translation>Indicare un layer di punti di origine e uno di destinazione, oppure una tabella OD.</translation>
    </message>
    <message>
        <source>The OD table needs the %1 UN/LOCODE field, or both the %1 longitude and latitude fields.</source>
        <translation>La tabella OD richiede il campo UN/LOCODE di %1, oppure entrambi i campi longitudine e latitudine di %1.</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origine</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>destinazione</translation>
    </message>
    <message>
        <source>Cannot load the sea-lane network: %1</source>
        <translation>Impossibile caricare la rete delle vie di navigazione: %1</translation>
    </message>
    <message>
        <source>Sea-lane network: %1 nodes, %2 edges, %3 ports (%4)</source>
        <translation>Rete delle vie di navigazione: %1 nodi, %2 archi, %3 porti (%4)</translation>
    </message>
    <message>
        <source>QGIS&apos;s world map was not found: points join the network by straight lines that may cross land.</source>
        <translation>Mappa del mondo di QGIS non trovata: i punti si collegano alla rete con linee rette che possono attraversare la terraferma.</translation>
    </message>
    <message>
        <source>No edge of the network is in the passage &apos;%1&apos;; avoiding it changes nothing.</source>
        <translation>Nessun arco della rete si trova nel passaggio &apos;%1&apos;; evitarlo non cambia nulla.</translation>
    </message>
    <message>
        <source>Avoided passages: none</source>
        <translation>Passaggi evitati: nessuno</translation>
    </message>
    <message>
        <source>Avoided passages: %1</source>
        <translation>Passaggi evitati: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>da %1 a %2</translation>
    </message>
    <message>
        <source>%1: the origin %2 and the destination %3 are the same place; no route.</source>
        <translation>%1: l&apos;origine %2 e la destinazione %3 sono lo stesso luogo; nessuna rotta.</translation>
    </message>
    <message>
        <source>Canceled; routes built so far: %1.</source>
        <translation>Annullato; rotte create finora: %1.</translation>
    </message>
    <message>
        <source>Routes built: %1 of %2 rows; rows failed: %3.</source>
        <translation>Rotte create: %1 su %2 righe; righe non riuscite: %3.</translation>
    </message>
    <message>
        <source>Routes built: %1; input points failed: %2; origin-destination pairs without a route: %3.</source>
        <translation>Rotte create: %1; punti di input non riusciti: %2; coppie origine-destinazione senza rotta: %3.</translation>
    </message>
</context>
<context>
    <name>QgisProfileRegistration</name>
    <message>
        <source>Plugin folder %1 does not exist.</source>
        <translation>La cartella del plugin %1 non esiste.</translation>
    </message>
    <message>
        <source>Registered %1 (plugin %2) in %3. Restart QGIS to load it.</source>
        <translation>Registrato %1 (plugin %2) in %3. Riavviare QGIS per caricarlo.</translation>
    </message>
    <message>
        <source>Nothing to remove: %1 does not exist.</source>
        <translation>Niente da rimuovere: %1 non esiste.</translation>
    </message>
    <message>
        <source>Removed %1 (plugin %2) from %3.</source>
        <translation>Rimosso %1 (plugin %2) da %3.</translation>
    </message>
    <message>
        <source>QGIS profile folder %1 does not exist. Start QGIS once with profile &quot;%2&quot;, or ask to create it (--create-profile).</source>
        <translation>La cartella del profilo QGIS %1 non esiste. Avviare QGIS una volta con il profilo &quot;%2&quot;, oppure richiederne la creazione (--create-profile).</translation>
    </message>
    <message>
        <source>Cannot create the QGIS profile folder %1 (permission denied?).</source>
        <translation>Impossibile creare la cartella del profilo QGIS %1 (permesso negato?).</translation>
    </message>
    <message>
        <source>Cannot create folder %1 (permission denied?).</source>
        <translation>Impossibile creare la cartella %1 (permesso negato?).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2. The settings were not changed.</source>
        <translation>Impossibile scrivere in %1: %2. Le impostazioni non sono state modificate.</translation>
    </message>
    <message>
        <source>%1 is not a valid settings file; it was left unchanged.</source>
        <translation>%1 non è un file di impostazioni valido; è stato lasciato invariato.</translation>
    </message>
    <message>
        <source>Cannot write the new settings for %1; it was left unchanged.</source>
        <translation>Impossibile scrivere le nuove impostazioni per %1; è stato lasciato invariato.</translation>
    </message>
    <message>
        <source>Cannot read back %1; %2 was left unchanged.</source>
        <translation>Impossibile rileggere %1; %2 è stato lasciato invariato.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. It was left unchanged.</source>
        <translation>Impossibile scrivere %1: %2. È stato lasciato invariato.</translation>
    </message>
</context>
<context>
    <name>QgisVersionCompatibility</name>
    <message>
        <source>%1 was built for QGIS %2 but this is QGIS %3. A C++ plugin only runs in the QGIS major.minor version it was built for, so the plugin stays inactive. Rebuild it against this QGIS (see the plugin&apos;s README).</source>
        <translation>%1 è stato compilato per QGIS %2, ma questo è QGIS %3. Un plugin C++ funziona solo nella versione major.minor di QGIS per cui è stato compilato, quindi il plugin resta inattivo. Ricompilarlo per questa versione di QGIS (vedere il README del plugin).</translation>
    </message>
</context>
<context>
    <name>StyleLabels</name>
    <message>
        <source>up to 5 t</source>
        <translation>fino a 5 t</translation>
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
        <translation>oltre 50 t</translation>
    </message>
    <message>
        <source>0 t reported</source>
        <translation>0 t segnalate</translation>
    </message>
    <message>
        <source>no published figure</source>
        <translation>nessun dato pubblicato</translation>
    </message>
    <message>
        <source>origin or transit port</source>
        <translation>porto di origine o di transito</translation>
    </message>
    <message>
        <source>Origin or transit port</source>
        <translation>Porto di origine o di transito</translation>
    </message>
    <message>
        <source>Origin country not stated</source>
        <translation>Paese di origine non indicato</translation>
    </message>
    <message>
        <source>Single cocaine seizure: under 1 t</source>
        <translation>Sequestro di cocaina: meno di 1 t</translation>
    </message>
    <message>
        <source>Single cocaine seizure: 1–5 t</source>
        <translation>Sequestro di cocaina: 1–5 t</translation>
    </message>
    <message>
        <source>Single cocaine seizure: 5 t or more</source>
        <translation>Sequestro di cocaina: 5 t o più</translation>
    </message>
    <message>
        <source>Single seizure of another drug</source>
        <translation>Sequestro di un&apos;altra droga</translation>
    </message>
    <message>
        <source>up to 1 t per million TEU</source>
        <translation>fino a 1 t per milione di TEU</translation>
    </message>
    <message>
        <source>1–3 t per million TEU</source>
        <translation>1–3 t per milione di TEU</translation>
    </message>
    <message>
        <source>more than 3 t per million TEU</source>
        <translation>oltre 3 t per milione di TEU</translation>
    </message>
    <message>
        <source>No seizure and TEU figure of one year</source>
        <translation>Nessun anno con tonnellate e TEU noti</translation>
    </message>
    <message>
        <source>, all origins</source>
        <translation>, tutte le origini</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Provenienza: %1</translation>
    </message>
</context>
</TS>
