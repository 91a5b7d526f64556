<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AtlasCountryPicker</name>
    <message>
        <source>Search country or ISO code</source>
        <translation>Rechercher un pays ou un code ISO</translation>
    </message>
    <message>
        <source>Type part of a country name or its ISO code to shorten the list</source>
        <translation>Tapez une partie du nom d&apos;un pays ou son code ISO pour réduire la liste</translation>
    </message>
    <message>
        <source>Check the countries to show; none checked shows all. Space checks the current row.</source>
        <translation>Cochez les pays à afficher&#xa0;; si aucun n&apos;est coché, tous sont affichés. Espace coche la ligne courante.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Check every country (same as no country filter)</source>
        <translation>Cocher tous les pays (équivaut à aucun filtre par pays)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Uncheck every country (shows all countries)</source>
        <translation>Décocher tous les pays (affiche tous les pays)</translation>
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
        <translation>tous les pays</translation>
    </message>
    <message>
        <source>all origins</source>
        <translation>toutes les origines</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>all years</source>
        <translation>toutes les années</translation>
    </message>
</context>
<context>
    <name>AtlasFilterPanel</name>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>First year shown (only years with data are offered)</source>
        <translation>Première année affichée (seules les années avec des données sont proposées)</translation>
    </message>
    <message>
        <source>Last year shown; the same year as the first shows a single year</source>
        <translation>Dernière année affichée&#xa0;; la même année que la première n&apos;affiche qu&apos;une année</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;à</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <source>Step through the years one by one (Alt+P); press again to stop. The Temporal Controller&apos;s frame follows.</source>
        <translation>Parcourir les années une par une (Alt+L)&#xa0;; appuyer à nouveau pour arrêter. Le contrôleur temporel suit l&apos;année affichée.</translation>
    </message>
    <message>
        <source>&amp;Reset filter</source>
        <translation>&amp;Réinitialiser le filtre</translation>
    </message>
    <message>
        <source>Show all years and all countries again (Alt+R)</source>
        <translation>Afficher à nouveau toutes les années et tous les pays (Alt+R)</translation>
    </message>
    <message>
        <source>Destination countries</source>
        <translation>Pays de destination</translation>
    </message>
    <message>
        <source>Origin countries (routes)</source>
        <translation>Pays d&apos;origine (routes)</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Sum of the preferred port figures of the selection; national totals are not added</source>
        <translation>Somme des chiffres de port retenus pour la sélection&#xa0;; les totaux nationaux ne sont pas ajoutés</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Tonnes</source>
        <translation>Tonnes</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Last selected year versus the year before; empty when either figure is unknown</source>
        <translation>Dernière année sélectionnée par rapport à l&apos;année précédente&#xa0;; vide si l&apos;un des deux chiffres est inconnu</translation>
    </message>
    <message>
        <source>What is documented per origin: the routes from the chosen origin countries in the selection, with their tonnes and years</source>
        <translation>Ce qui est documenté par origine&#xa0;: les routes depuis les pays d&apos;origine choisis dans la sélection, avec leurs tonnes et leurs années</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>The atlas layers in this project are unavailable: %1 cannot be read. Put the file back, or point the layers to its new place with Layer › Change Data Source…</source>
        <translation>Les couches de l&apos;atlas de ce projet sont indisponibles&#xa0;: %1 est illisible. Remettez le fichier en place, ou indiquez aux couches son nouvel emplacement avec Couche › Changer la source de données…</translation>
    </message>
    <message>
        <source>Add the ports and seizures to the project to filter them here.</source>
        <translation>Ajoutez les ports et les saisies au projet pour les filtrer ici.</translation>
    </message>
    <message>
        <source>all countries</source>
        <translation>tous les pays</translation>
    </message>
    <message>
        <source>all origins</source>
        <translation>toutes les origines</translation>
    </message>
    <message>
        <source>All shown; check countries to limit the map.</source>
        <translation>Tous affichés&#xa0;; cochez des pays pour limiter la carte.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Choisis&#xa0;: %1</translation>
    </message>
    <message>
        <source>All shown; check countries to limit the routes.</source>
        <translation>Tous affichés&#xa0;; cochez des pays pour limiter les routes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · origins: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · origines&#xa0;: %3</translation>
    </message>
    <message>
        <source>No port figure published for this selection.</source>
        <translation>Aucun chiffre de port publié pour cette sélection.</translation>
    </message>
    <message>
        <source>%1 t of cocaine seized in these ports from all origins: port figures are not split by origin. What is documented from %2 is listed below.</source>
        <translation>%1 t de cocaïne saisies dans ces ports, toutes origines confondues&#xa0;: les chiffres par port ne sont pas ventilés par origine. Ce qui est documenté en provenance de %2 figure ci-dessous.</translation>
    </message>
    <message>
        <source>%1 t of cocaine seized in these ports (preferred port figures).</source>
        <translation>%1 t de cocaïne saisies dans ces ports (chiffres de port retenus).</translation>
    </message>
    <message>
        <source>Sources:
%1</source>
        <translation>Sources&#xa0;:
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
        <translation>Aucune route documentée depuis %1 dans cette sélection.</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>année inconnue</translation>
    </message>
    <message>
        <source>tonnes unknown</source>
        <translation>tonnes inconnues</translation>
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
        <translation>%1&#xa0;: %2 → %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Documented routes from %1&lt;/b&gt; (%n route(s)):&lt;br&gt;%2</source>
        <translation>
            <numerusform>&lt;b&gt;Routes documentées depuis %1&lt;/b&gt; (%n route)&#xa0;:&lt;br&gt;%2</numerusform>
            <numerusform>&lt;b&gt;Routes documentées depuis %1&lt;/b&gt; (%n routes)&#xa0;:&lt;br&gt;%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AtlasLayerSet</name>
    <message>
        <source>Port seizures, t a year</source>
        <translation>Saisies par port, t par an</translation>
    </message>
    <message>
        <source>Circle area: tonnes of cocaine seized in a port, from its preferred published figure. Latest year with a figure, or, with years chosen in the panel, their sum divided by the number of years. Hollow ring: no published figure (unknown, not 0 t). Port figures are totals of all origins.</source>
        <translation>Surface du cercle&#xa0;: tonnes de cocaïne saisies dans un port, d&apos;après le chiffre publié retenu. Dernière année disposant d&apos;un chiffre ou, si des années sont choisies dans le panneau, leur somme divisée par le nombre d&apos;années. Anneau vide&#xa0;: aucun chiffre publié (inconnu, et non 0 t). Les chiffres par port sont des totaux toutes origines confondues.</translation>
    </message>
    <message>
        <source>Single seizures (not totals)</source>
        <translation>Saisies individuelles (pas des totaux)</translation>
    </message>
    <message>
        <source>Documented single seizures of 0.1 t or more reported at European ports: each point is one seizure with its source, never a port&apos;s total.</source>
        <translation>Saisies individuelles documentées de 0.1 t ou plus signalées dans des ports européens&#xa0;: chaque point est une saisie avec sa source, jamais le total d&apos;un port.</translation>
    </message>
    <message>
        <source>Inbound sea routes</source>
        <translation>Routes maritimes entrantes</translation>
    </message>
    <message>
        <source>Documented origin → European port links along sea lanes; width by documented tonnes, dashed where unknown; dotted where the source names no origin port; colour by origin country.</source>
        <translation>Liaisons documentées origine → port européen le long des voies maritimes&#xa0;; épaisseur selon les tonnes documentées, en tirets si elles sont inconnues&#xa0;; en pointillés si la source ne nomme aucun port d&apos;origine&#xa0;; couleur selon le pays d&apos;origine.</translation>
    </message>
    <message>
        <source>National totals</source>
        <translation>Totaux nationaux</translation>
    </message>
    <message>
        <source>National seizure totals, never summed with the ports.</source>
        <translation>Totaux nationaux des saisies, jamais additionnés aux ports.</translation>
    </message>
    <message>
        <source>Figures and sources</source>
        <translation>Chiffres et sources</translation>
    </message>
    <message>
        <source>Every seizure figure with its source, scope and why it is preferred or not.</source>
        <translation>Chaque chiffre de saisie avec sa source, sa portée et la raison pour laquelle il est retenu ou non.</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Land basemap: Natural Earth, from QGIS&apos;s own world map.</source>
        <translation>Fond de carte terrestre&#xa0;: Natural Earth, issu de la carte du monde de QGIS.</translation>
    </message>
    <message>
        <source>%1: layer &quot;%2&quot; cannot be read (missing table or damaged file).</source>
        <translation>%1&#xa0;: la couche «&#xa0;%2&#xa0;» est illisible (table manquante ou fichier endommagé).</translation>
    </message>
    <message>
        <source>%1: layer &quot;%2&quot;: %3; it keeps QGIS&apos;s default style.</source>
        <translation>%1&#xa0;: couche «&#xa0;%2&#xa0;»&#xa0;: %3&#xa0;; elle conserve le style par défaut de QGIS.</translation>
    </message>
    <message>
        <source>%1: layer &quot;%2&quot;: %3</source>
        <translation>%1&#xa0;: couche «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>Years shown (t)</source>
        <translation>Années affichées (t)</translation>
    </message>
    <message>
        <source>Seizures per million TEU</source>
        <translation>Saisies par million de TEU</translation>
    </message>
    <message>
        <source>style %1 is missing or not valid XML</source>
        <translation>style %1 manquant ou XML non valide</translation>
    </message>
    <message>
        <source>style %1 is missing from the plugin</source>
        <translation>style %1 absent de l&apos;extension</translation>
    </message>
    <message>
        <source>style %1 is not valid XML</source>
        <translation>style %1&#xa0;: XML non valide</translation>
    </message>
    <message>
        <source>style %1: %2</source>
        <translation>style %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the plugin&apos;s data file does not exist. Rebuild or reinstall the plugin.</source>
        <translation>%1&#xa0;: le fichier de données de l&apos;extension n&apos;existe pas. Recompilez ou réinstallez l&apos;extension.</translation>
    </message>
    <message>
        <source>Seizure figures of this port</source>
        <translation>Chiffres de saisie de ce port</translation>
    </message>
</context>
<context>
    <name>AtlasPrintController</name>
    <message>
        <source>No project to print.</source>
        <translation>Aucun projet à imprimer.</translation>
    </message>
    <message>
        <source>Cannot find the program port-seizure-atlas that exports prints; reinstall the plugin.</source>
        <translation>Programme port-seizure-atlas d&apos;export des impressions introuvable&#xa0;; réinstallez l&apos;extension.</translation>
    </message>
    <message>
        <source>The layout &quot;%1&quot; is ready in the Layout Manager: export it from the layout designer. The background export cannot sign in to the PostGIS database of &quot;%2&quot; (its QGIS authentication stays in this QGIS).</source>
        <translation>La mise en page «&#xa0;%1&#xa0;» est prête dans le gestionnaire de mises en page&#xa0;: exportez-la depuis le concepteur de mise en page. L&apos;export en arrière-plan ne peut pas se connecter à la base PostGIS de «&#xa0;%2&#xa0;» (son authentification QGIS reste dans cette session QGIS).</translation>
    </message>
    <message>
        <source>Cannot write the layout to a temporary folder (%1).</source>
        <translation>Impossible d&apos;écrire la mise en page dans un dossier temporaire (%1).</translation>
    </message>
</context>
<context>
    <name>AtlasPrintDialog</name>
    <message>
        <source>Print the Port Seizure Atlas map</source>
        <translation>Imprimer la carte Port Seizure Atlas</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 paysage</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 paysage</translation>
    </message>
    <message>
        <source>Paper of the layout; the layout is kept in the project&apos;s Layout Manager and can be edited there.</source>
        <translation>Format de la mise en page&#xa0;; celle-ci est conservée dans le gestionnaire de mises en page du projet et peut y être modifiée.</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>One map of the selection</source>
        <translation>Une carte de la sélection</translation>
    </message>
    <message>
        <source>Atlas: one page per port with figures</source>
        <translation>Atlas&#xa0;: une page par port avec chiffres</translation>
    </message>
    <message>
        <source>Atlas: one page per country with figures</source>
        <translation>Atlas&#xa0;: une page par pays avec chiffres</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>Pa&amp;ges</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Resolution of PNG output (PDF and SVG stay vector).</source>
        <translation>Résolution de la sortie PNG (PDF et SVG restent vectoriels).</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Résolution</translation>
    </message>
    <message>
        <source>A .pdf, .png or .svg file; the extension picks the format.</source>
        <translation>Un fichier .pdf, .png ou .svg&#xa0;; l&apos;extension du fichier détermine le format.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimer</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;Image PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print to</source>
        <translation>Imprimer vers</translation>
    </message>
    <message>
        <source>Choose a file to print to.</source>
        <translation>Choisissez le fichier de destination de l&apos;impression.</translation>
    </message>
    <message>
        <source>Change map: the last year shown against the first</source>
        <translation>Carte des variations&#xa0;: dernière année affichée par rapport à la première</translation>
    </message>
    <message>
        <source>An atlas is exported as one multi-page PDF. A change map compares the first and the last year of the selection (a single year: against the year before).</source>
        <translation>Un atlas est exporté en un seul PDF de plusieurs pages. Une carte des variations compare la première et la dernière année de la sélection (une seule année&#xa0;: par rapport à l&apos;année précédente).</translation>
    </message>
</context>
<context>
    <name>AtlasPrintExporter</name>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export annulé&#xa0;; %1 n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>Not enough memory to export %1: choose a lower resolution or a smaller paper.</source>
        <translation>Mémoire insuffisante pour exporter %1&#xa0;: choisissez une résolution plus basse ou un format de papier plus petit.</translation>
    </message>
    <message>
        <source>The atlas has no page to print for this selection.</source>
        <translation>L&apos;atlas n&apos;a aucune page à imprimer pour cette sélection.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>%1: unknown output format; the file name must end in .pdf, .png or .svg.</source>
        <translation>%1&#xa0;: format de sortie inconnu&#xa0;; le nom du fichier doit se terminer par .pdf, .png ou .svg.</translation>
    </message>
    <message>
        <source>%1: an atlas is exported as one multi-page PDF; the file name must end in .pdf.</source>
        <translation>%1&#xa0;: un atlas est exporté en un seul PDF de plusieurs pages&#xa0;; le nom du fichier doit se terminer par .pdf.</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1&#xa0;: le dossier %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1: cannot write there (permission denied).</source>
        <translation>%1&#xa0;: écriture impossible à cet emplacement (permission refusée).</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file name.</source>
        <translation>%1 est un dossier, pas un nom de fichier.</translation>
    </message>
    <message>
        <source>%1 dpi is out of range (10 to 2400).</source>
        <translation>%1 dpi est hors limites (10 à 2400).</translation>
    </message>
    <message>
        <source>Cannot write %1: writing the file failed (is the disk full?).</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: l&apos;écriture du fichier a échoué (disque plein&#xa0;?).</translation>
    </message>
</context>
<context>
    <name>AtlasPrintLayout</name>
    <message>
        <source>The project holds no Port Seizure Atlas layers: add them first (Plugins › Port Seizure Atlas › Add ports and seizures, or Add my seizure data).</source>
        <translation>Le projet ne contient aucune couche Port Seizure Atlas&#xa0;: ajoutez-les d&apos;abord (Extensions › Port Seizure Atlas › Ajouter les ports et les saisies, ou Ajouter mes données sur les saisies).</translation>
    </message>
    <message>
        <source>%1: cannot read the print template (%2).</source>
        <translation>%1&#xa0;: impossible de lire le modèle d&apos;impression (%2).</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not a Port Seizure Atlas print template (no map with the id &quot;%2&quot;).</source>
        <translation>%1&#xa0;: ce n&apos;est pas un modèle d&apos;impression Port Seizure Atlas (aucune carte avec l&apos;identifiant «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>The project&apos;s layout manager refused the layout &quot;%1&quot;.</source>
        <translation>Le gestionnaire de mises en page du projet a refusé la mise en page «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Data: Port Seizure Atlas %1; no dated source in this selection.</source>
        <translation>Données&#xa0;: Port Seizure Atlas %1&#xa0;; aucune source datée dans cette sélection.</translation>
    </message>
    <message>
        <source>Data as published up to %1 (latest source shown). Port Seizure Atlas %2.</source>
        <translation>Données telles que publiées (source la plus récente affichée&#xa0;: %1). Port Seizure Atlas %2.</translation>
    </message>
    <message>
        <source>Own data: seizure events imported into Port Seizure Atlas %1.</source>
        <translation>Données propres&#xa0;: événements de saisie importés dans Port Seizure Atlas %1.</translation>
    </message>
    <message>
        <source>Latest imported event: %1.</source>
        <translation>Dernier événement importé&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>AtlasPrintTask</name>
    <message>
        <source>Port Seizure Atlas: printing %1</source>
        <translation>Port Seizure Atlas&#xa0;: impression de %1</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>Impossible de démarrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Printing cancelled; %1 was not written.</source>
        <translation>Impression annulée&#xa0;; %1 n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>Printing %1 failed (exit status %2).</source>
        <translation>Échec de l&apos;impression de %1 (code de sortie %2).</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
</context>
<context>
    <name>AtlasYearChart</name>
    <message>
        <source>Port tonnes per year for the selected countries. Click a bar (or use the arrow keys and Enter) to show that year.</source>
        <translation>Tonnes par port et par an pour les pays sélectionnés. Cliquez sur une barre (ou utilisez les flèches et Entrée) pour afficher cette année.</translation>
    </message>
    <message>
        <source>Tonnes per year</source>
        <translation>Tonnes par an</translation>
    </message>
    <message>
        <source>No years to show</source>
        <translation>Aucune année à afficher</translation>
    </message>
    <message>
        <source>%1: %2 t (preferred port figures)</source>
        <translation>%1&#xa0;: %2 t (chiffres de port retenus)</translation>
    </message>
    <message>
        <source>%1: no port figure published</source>
        <translation>%1&#xa0;: aucun chiffre de port publié</translation>
    </message>
</context>
<context>
    <name>ChangePrintLayout</name>
    <message>
        <source>+50 % or more</source>
        <translation>+50&#xa0;% ou plus</translation>
    </message>
    <message>
        <source>+10 to +50 %</source>
        <translation>+10 à +50&#xa0;%</translation>
    </message>
    <message>
        <source>within ±10 %</source>
        <translation>à ±10&#xa0;% près</translation>
    </message>
    <message>
        <source>−10 to −50 %</source>
        <translation>−10 à −50&#xa0;%</translation>
    </message>
    <message>
        <source>−50 % or less</source>
        <translation>−50&#xa0;% ou moins</translation>
    </message>
    <message>
        <source>new: a figure for %1 only</source>
        <translation>nouveau&#xa0;: chiffre pour %1 seulement</translation>
    </message>
    <message>
        <source>no figure for %1 (not 0 t)</source>
        <translation>aucun chiffre pour %1 (et non 0 t)</translation>
    </message>
    <message>
        <source>Rhine–Scheldt delta</source>
        <translation>Delta du Rhin et de l&apos;Escaut</translation>
    </message>
    <message>
        <source>Delta inset</source>
        <translation>Encart delta</translation>
    </message>
    <message>
        <source>Change in cocaine seized in European ports, %1 → %2</source>
        <translation>Évolution des saisies de cocaïne dans les ports européens, %1 → %2</translation>
    </message>
    <message>
        <source>the data has no ports layer</source>
        <translation>les données ne contiennent pas de couche des ports</translation>
    </message>
    <message>
        <source>Change %1 → %2</source>
        <translation>Variation %1 → %2</translation>
    </message>
    <message>
        <source>no port has a figure for %1 or %2</source>
        <translation>aucun port n&apos;a de chiffre pour %1 ou %2</translation>
    </message>
    <message>
        <source>all countries</source>
        <translation>tous les pays</translation>
    </message>
    <message>
        <source>Preferred port-level figures of %1 and %2, %3; sources on the following page.</source>
        <translation>Chiffres par port retenus pour %1 et %2, %3&#xa0;; sources à la page suivante.</translation>
    </message>
    <message>
        <source>Change: the figure of %2 minus the figure of %1, in tonnes and in percent of %1. Circle area: the larger of the two years&apos; tonnes, on one fixed scale. A port with a figure in one of the two years only is marked &quot;new&quot; or &quot;no figure&quot;: an unknown is never 0 t.</source>
        <translation>Variation&#xa0;: chiffre de %2 moins chiffre de %1, en tonnes et en pourcentage de %1. Surface du cercle&#xa0;: le plus élevé des tonnages des deux années, sur une échelle fixe unique. Un port qui n&apos;a de chiffre que pour l&apos;une des deux années est marqué «&#xa0;nouveau&#xa0;» ou «&#xa0;aucun chiffre&#xa0;»&#xa0;: une inconnue ne vaut jamais 0 t.</translation>
    </message>
    <message>
        <source>Basemap: Natural Earth (public domain), from QGIS&apos;s world map. Figures: the numbered sources. Made with QGIS and Port Seizure Atlas.</source>
        <translation>Fond de carte&#xa0;: Natural Earth (domaine public), issu de la carte du monde de QGIS. Chiffres&#xa0;: les sources numérotées. Réalisé avec QGIS et Port Seizure Atlas.</translation>
    </message>
    <message>
        <source>Sources of the figures shown (%1 and %2)</source>
        <translation>Sources des chiffres affichés (%1 et %2)</translation>
    </message>
</context>
<context>
    <name>CountryNames</name>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Antigua-et-Barbuda</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentine</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgarie</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Bénin</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brésil</translation>
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
        <translation>Chili</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Colombie</translation>
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
        <translation>Chypre</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danemark</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>République dominicaine</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Équateur</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estonie</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlande</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guinée</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Grèce</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <source>Guinea-Bissau</source>
        <translation>Guinée-Bissau</translation>
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
        <translation>Croatie</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Jamaïque</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Lituanie</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettonie</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Maroc</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malte</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Mexique</translation>
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
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norvège</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>Panama</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Pérou</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Pologne</translation>
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
        <translation>Roumanie</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Suède</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slovénie</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Sénégal</translation>
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
        <translation>Trinité-et-Tobago</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
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
        <translation>Afrique du Sud</translation>
    </message>
</context>
<context>
    <name>ImportSeizureEventsTask</name>
    <message>
        <source>Checking seizure events</source>
        <translation>Vérification des événements de saisie</translation>
    </message>
    <message>
        <source>Importing seizure events</source>
        <translation>Importation des événements de saisie</translation>
    </message>
</context>
<context>
    <name>ImportSeizureEventsWizard</name>
    <message>
        <source>Import seizure events</source>
        <translation>Importer des événements de saisie</translation>
    </message>
    <message>
        <source>Your table of seizure events</source>
        <translation>Votre table d&apos;événements de saisie</translation>
    </message>
    <message>
        <source>One row per seizure: CSV, XLSX, ODS or a GeoPackage table. The file is only read, never changed.</source>
        <translation>Une ligne par saisie&#xa0;: CSV, XLSX, ODS ou table GeoPackage. Le fichier est seulement lu, jamais modifié.</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx *.ods *.gpkg)</source>
        <translation>Tables (*.csv *.tsv *.txt *.xlsx *.ods *.gpkg)</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Virgule ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Point-virgule&#xa0;;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Barre verticale |</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Séparateur décimal</translation>
    </message>
    <message>
        <source>Detect from the quantities</source>
        <translation>Détecter d&apos;après les quantités</translation>
    </message>
    <message>
        <source>Comma (1.500,5)</source>
        <translation>Virgule (1.500,5)</translation>
    </message>
    <message>
        <source>Point (1,500.5)</source>
        <translation>Point (1,500.5)</translation>
    </message>
    <message>
        <source>Day and month</source>
        <translation>Jour et mois</translation>
    </message>
    <message>
        <source>Detect from the dates</source>
        <translation>Détecter d&apos;après les dates</translation>
    </message>
    <message>
        <source>Day first (03/04 = 3 April)</source>
        <translation>Jour d&apos;abord (03/04 = 3 avril)</translation>
    </message>
    <message>
        <source>Month first (03/04 = 4 March)</source>
        <translation>Mois d&apos;abord (03/04 = 4 mars)</translation>
    </message>
    <message>
        <source>Accept single seizures above %1 t</source>
        <translation>Accepter les saisies individuelles de plus de %1 t</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Date, port, quantity and unit are needed. Columns named like a field are chosen already.</source>
        <translation>La date, le port, la quantité et l&apos;unité sont obligatoires. Les colonnes nommées comme un champ sont déjà sélectionnées.</translation>
    </message>
    <message>
        <source>%1 (needed)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Every row is checked as for the atlas&apos;s own tables. Nothing is written until every row passes.</source>
        <translation>Chaque ligne est vérifiée comme pour les tables de l&apos;atlas lui-même. Rien n&apos;est écrit tant que toutes les lignes ne sont pas valides.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <source>A GeoPackage of your own, or a schema of your team&apos;s PostGIS. It is written completely or not at all; the layers are then added to the project.</source>
        <translation>Un GeoPackage à vous, ou un schéma du PostGIS de votre équipe. L&apos;écriture est complète ou n&apos;a pas lieu du tout&#xa0;; les couches sont ensuite ajoutées au projet.</translation>
    </message>
    <message>
        <source>GeoPackage file</source>
        <translation>Fichier GeoPackage</translation>
    </message>
    <message>
        <source>PostGIS connection: %1</source>
        <translation>Connexion PostGIS&#xa0;: %1</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>PostGIS schema</source>
        <translation>Schéma PostGIS</translation>
    </message>
    <message>
        <source>Replace the GeoPackage, or the tables in the schema, if they exist</source>
        <translation>Remplacer le GeoPackage, ou les tables du schéma, s&apos;ils existent</translation>
    </message>
    <message>
        <source>The PostGIS connection %1 no longer exists.</source>
        <translation>La connexion PostGIS %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>PostGIS connection %1: %2 Nothing was written.</source>
        <translation>Connexion PostGIS %1&#xa0;: %2 Rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>ImportedDataActions</name>
    <message>
        <source>Import seizure events…</source>
        <translation>Importer des événements de saisie…</translation>
    </message>
    <message>
        <source>Check a table of seizure events (CSV, XLSX, ODS) and import it into a GeoPackage</source>
        <translation>Vérifier une table d&apos;événements de saisie (CSV, XLSX, ODS) et l&apos;importer dans un GeoPackage</translation>
    </message>
    <message>
        <source>Add my seizure data (GeoPackage)…</source>
        <translation>Ajouter mes données sur les saisies (GeoPackage)…</translation>
    </message>
    <message>
        <source>Add seizure events imported into a GeoPackage (port-seizure-atlas import) as layers the panel filters</source>
        <translation>Ajouter des événements de saisie importés dans un GeoPackage (port-seizure-atlas import) comme couches filtrées par le panneau</translation>
    </message>
    <message>
        <source>Add my seizure data (PostGIS)…</source>
        <translation>Ajouter mes données sur les saisies (PostGIS)…</translation>
    </message>
    <message>
        <source>Add seizure events imported into a PostGIS database, through a QGIS connection</source>
        <translation>Ajouter des événements de saisie importés dans une base PostGIS, via une connexion QGIS</translation>
    </message>
    <message>
        <source>%1 holds no ports; reinstall the plugin.</source>
        <translation>%1 ne contient aucun port&#xa0;; réinstallez l&apos;extension.</translation>
    </message>
    <message>
        <source>Import refused; nothing was written.
%1</source>
        <translation>Import refusé&#xa0;; rien n&apos;a été écrit.
%1</translation>
    </message>
    <message>
        <source>Imported seizure events</source>
        <translation>Événements de saisie importés</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>No PostGIS connection is set up in QGIS. Add one in the Browser (PostgreSQL › New Connection), with an authentication configuration.</source>
        <translation>Aucune connexion PostGIS n&apos;est configurée dans QGIS. Ajoutez-en une dans l&apos;Explorateur (PostgreSQL › Nouvelle connexion), avec une configuration d&apos;authentification.</translation>
    </message>
    <message>
        <source>PostGIS connection:</source>
        <translation>Connexion PostGIS&#xa0;:</translation>
    </message>
    <message>
        <source>Schema holding seizure_events:</source>
        <translation>Schéma contenant seizure_events&#xa0;:</translation>
    </message>
    <message>
        <source>Port Seizure Atlas</source>
        <translation>Port Seizure Atlas</translation>
    </message>
    <message numerus="yes">
        <source>Added %n layer(s) of your seizure data; the panel filters them.</source>
        <translation>
            <numerusform>%n couche de vos données sur les saisies ajoutée&#xa0;; le panneau la filtre.</numerusform>
            <numerusform>%n couches de vos données sur les saisies ajoutées&#xa0;; le panneau les filtre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportedLayerSet</name>
    <message>
        <source>My seizures per port and year</source>
        <translation>Mes saisies par port et par année</translation>
    </message>
    <message>
        <source>My seizure events</source>
        <translation>Mes saisies</translation>
    </message>
    <message>
        <source>My seizure routes</source>
        <translation>Routes de mes saisies</translation>
    </message>
    <message>
        <source>My seizure data</source>
        <translation>Mes données sur les saisies</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The PostGIS connection holds a user name or password; use a QGIS authentication configuration instead, so no credentials are written into the project.</source>
        <translation>La connexion PostGIS contient un nom d&apos;utilisateur ou un mot de passe&#xa0;; utilisez plutôt une configuration d&apos;authentification QGIS, afin qu&apos;aucun identifiant ne soit écrit dans le projet.</translation>
    </message>
    <message>
        <source>%1: no table &quot;%2&quot; (an import by an earlier version of the plugin): its layer is left out; import the file again to add it.</source>
        <translation>%1&#xa0;: aucune table «&#xa0;%2&#xa0;» (import réalisé par une version antérieure de l&apos;extension)&#xa0;: sa couche est omise&#xa0;; importez à nouveau le fichier pour l&apos;ajouter.</translation>
    </message>
    <message>
        <source>%1: table &quot;%2&quot; cannot be read; is it an import of seizure events?</source>
        <translation>%1&#xa0;: la table «&#xa0;%2&#xa0;» est illisible&#xa0;; s&apos;agit-il d&apos;un import d&apos;événements de saisie&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ImportedPortYearsStyle</name>
    <message>
        <source>Seized in the years shown (t)</source>
        <translation>Quantité saisie, années affichées (t)</translation>
    </message>
    <message>
        <source>Years shown with events</source>
        <translation>Années affichées avec événements</translation>
    </message>
    <message>
        <source>Seizure events in the years shown</source>
        <translation>Événements de saisie, années affichées</translation>
    </message>
    <message>
        <source>Events with a known quantity in the years shown</source>
        <translation>Événements à quantité connue (années affichées)</translation>
    </message>
    <message>
        <source>Latest year shown with events (the row drawn)</source>
        <translation>Dernière année affichée avec événements (ligne tracée)</translation>
    </message>
    <message>
        <source>My seizures, one circle per port</source>
        <translation>Mes saisies, un cercle par port</translation>
    </message>
    <message>
        <source>Tonnes seized, area by t a year (sum ÷ years shown)</source>
        <translation>Tonnes saisies, surface en t par an (somme ÷ années affichées)</translation>
    </message>
    <message>
        <source>No quantity known</source>
        <translation>Quantité inconnue</translation>
    </message>
    <message>
        <source>&lt;b&gt;[% &quot;name&quot; %]&lt;/b&gt; ([% &quot;port_locode&quot; %])&lt;br&gt;[% if(&quot;%1&quot; IS NULL, &apos;No quantity known&apos;, format_number(&quot;%1&quot;, 1) || &apos; t seized&apos;) %] in [% &quot;%2&quot; %]&lt;br&gt;[% &quot;%3&quot; %] events, [% &quot;%4&quot; %] with a known quantity</source>
        <translation>&lt;b&gt;[% &quot;name&quot; %]&lt;/b&gt; ([% &quot;port_locode&quot; %])&lt;br&gt;[% if(&quot;%1&quot; IS NULL, &apos;No quantity known&apos;, format_number(&quot;%1&quot;, 1) || &apos; t seized&apos;) %] en [% &quot;%2&quot; %]&lt;br&gt;[% &quot;%3&quot; %] événements, dont [% &quot;%4&quot; %] à quantité connue</translation>
    </message>
</context>
<context>
    <name>PortChange</name>
    <message>
        <source>new: %1 t</source>
        <translation>nouveau&#xa0;: %1 t</translation>
    </message>
    <message>
        <source>no figure for %1</source>
        <translation>aucun chiffre pour %1</translation>
    </message>
    <message>
        <source>%1 t</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2&#xa0;%)</translation>
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
        <translation>Saisies de cocaïne dans les ports maritimes européens, année par année, et routes maritimes par lesquelles elle arrive. Chaque chiffre est accompagné de sa source.</translation>
    </message>
    <message>
        <source>The filter saved in this project could not be read (%1). All years and countries are shown.</source>
        <translation>Le filtre enregistré dans ce projet n&apos;a pas pu être lu (%1). Toutes les années et tous les pays sont affichés.</translation>
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
        <translation>Extension %1, dossier de données %2</translation>
    </message>
    <message>
        <source>Plugin %1. The data folder %2 is missing: reinstall the plugin.</source>
        <translation>Extension %1. Le dossier de données %2 est manquant&#xa0;: réinstallez l&apos;extension.</translation>
    </message>
    <message>
        <source>Show or hide the Port Seizure Atlas panel</source>
        <translation>Afficher ou masquer le panneau Port Seizure Atlas</translation>
    </message>
    <message>
        <source>Add ports and seizures</source>
        <translation>Ajouter les ports et les saisies</translation>
    </message>
    <message>
        <source>Add the ports, routes and sourced seizure figures to the project</source>
        <translation>Ajouter au projet les ports, les routes et les chiffres de saisie avec leurs sources</translation>
    </message>
    <message>
        <source>Print map…</source>
        <translation>Imprimer la carte…</translation>
    </message>
    <message>
        <source>Print the map of the current selection to PDF, PNG or SVG, or an atlas per port or country</source>
        <translation>Imprimer la carte de la sélection actuelle en PDF, PNG ou SVG, ou un atlas par port ou par pays</translation>
    </message>
    <message>
        <source>Printed &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Imprimé&#xa0;: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The plugin&apos;s layers are already in the project.</source>
        <translation>Les couches de l&apos;extension sont déjà dans le projet.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n layer(s).</source>
        <translation>
            <numerusform>%n couche ajoutée.</numerusform>
            <numerusform>%n couches ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing %1 in the background; the layout &quot;%2&quot; is in the Layout Manager.</source>
        <translation>Impression de %1 en arrière-plan&#xa0;; la mise en page «&#xa0;%2&#xa0;» se trouve dans le gestionnaire de mises en page.</translation>
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
        <translation>Port Seizure Atlas (routes maritimes)</translation>
    </message>
</context>
<context>
    <name>PrintLayoutItems</name>
    <message>
        <source>Cocaine seized in the port of [% &quot;name&quot; %] ([% &quot;country_name&quot; %]), [% @psa_years_text %]</source>
        <translation>Cocaïne saisie – [% &quot;name&quot; %] ([% &quot;country_name&quot; %]), [% @psa_years_text %]</translation>
    </message>
    <message>
        <source>Cocaine seized in the ports of [% &quot;NAME&quot; %], [% @psa_years_text %]</source>
        <translation>Cocaïne saisie dans les ports – [% &quot;NAME&quot; %], [% @psa_years_text %]</translation>
    </message>
    <message>
        <source>Drug seizures in my data, port of [% coalesce(&quot;name&quot;, &quot;port_locode&quot;) %], [% @psa_years_text %]</source>
        <translation>Saisies de drogue (mes données) – [% coalesce(&quot;name&quot;, &quot;port_locode&quot;) %], [% @psa_years_text %]</translation>
    </message>
    <message>
        <source>Drug seizures in my data, ports of [% &quot;NAME&quot; %], [% @psa_years_text %]</source>
        <translation>Saisies de drogue (mes données) dans les ports – [% &quot;NAME&quot; %], [% @psa_years_text %]</translation>
    </message>
    <message>
        <source>Cocaine seized in European ports, [% @psa_years_text %] — [% @psa_countries_text %]</source>
        <translation>Cocaïne saisie dans les ports européens, [% @psa_years_text %] — [% @psa_countries_text %]</translation>
    </message>
    <message>
        <source>Drug seizures in my data, European ports, [% @psa_years_text %] — [% @psa_countries_text %]</source>
        <translation>Saisies de drogue (mes données) dans les ports européens, [% @psa_years_text %] — [% @psa_countries_text %]</translation>
    </message>
    <message>
        <source>Tonnes seized per port (preferred published figures) and documented inbound routes along sea lanes.</source>
        <translation>Tonnes saisies par port (chiffres publiés retenus) et routes d&apos;arrivée documentées le long des voies maritimes.</translation>
    </message>
    <message>
        <source>Own data, not published figures: tonnes seized per port in the imported events, and routes from origin port to port of seizure along sea lanes.</source>
        <translation>Données propres, et non chiffres publiés&#xa0;: tonnes saisies par port dans les événements importés, et routes du port d&apos;origine au port de saisie le long des voies maritimes.</translation>
    </message>
    <message>
        <source>Inbound routes across the Atlantic (frame: the main map)</source>
        <translation>Routes d&apos;arrivée à travers l&apos;Atlantique (cadre&#xa0;: la carte principale)</translation>
    </message>
    <message>
        <source>dashed route: tonnage unknown</source>
        <translation>route en tirets&#xa0;: tonnage inconnu</translation>
    </message>
    <message>
        <source>dotted route: origin port not published (assumed)</source>
        <translation>route en pointillés&#xa0;: port d&apos;origine non publié (supposé)</translation>
    </message>
    <message>
        <source>Sources of the figures and routes shown</source>
        <translation>Sources des chiffres et des routes affichés</translation>
    </message>
    <message>
        <source>Basemap: Natural Earth (public domain), from QGIS&apos;s world map. Sea lanes: Eurostat SeaRoute network, EUPL-1.2. Figures: the sources listed. Made with QGIS and Port Seizure Atlas.</source>
        <translation>Fond de carte&#xa0;: Natural Earth (domaine public), issu de la carte du monde de QGIS. Voies maritimes&#xa0;: réseau SeaRoute d&apos;Eurostat, EUPL-1.2. Chiffres&#xa0;: les sources citées. Réalisé avec QGIS et Port Seizure Atlas.</translation>
    </message>
</context>
<context>
    <name>PrintLegendColumn</name>
    <message>
        <source>Circles: tonnes seized per port in the imported events (several years: their sum ÷ number of years), on one fixed scale for every year and print; a ring where no quantity is recorded. Lines: width by tonnes.</source>
        <translation>Cercles&#xa0;: tonnes saisies par port dans les événements importés (plusieurs années&#xa0;: leur somme ÷ nombre d&apos;années), sur une même échelle fixe pour toutes les années et toutes les impressions&#xa0;; un anneau là où aucune quantité n&apos;est enregistrée. Lignes&#xa0;: épaisseur selon les tonnes.</translation>
    </message>
    <message>
        <source>Circles: tonnes seized a year per port (several years: their sum ÷ number of years), area on one fixed scale for every year and print; a ring: no published figure. Lines: width by tonnes.</source>
        <translation>Cercles&#xa0;: tonnes saisies par an et par port (plusieurs années&#xa0;: leur somme ÷ nombre d&apos;années), surface sur une même échelle fixe pour toutes les années et toutes les impressions&#xa0;; un anneau&#xa0;: aucun chiffre publié. Lignes&#xa0;: épaisseur selon les tonnes.</translation>
    </message>
    <message numerus="yes">
        <source>Sources: the %n source(s) of the figures and routes shown are listed, numbered, on the following page (image output: in a second file, its name ending in _2).</source>
        <translation>
            <numerusform>Sources&#xa0;: la %n source des chiffres et des routes affichés est citée, numérotée, sur la page suivante (sortie image&#xa0;: dans un second fichier, dont le nom se termine par _2).</numerusform>
            <numerusform>Sources&#xa0;: les %n sources des chiffres et des routes affichés sont citées, numérotées, sur la page suivante (sortie image&#xa0;: dans un second fichier, dont le nom se termine par _2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintSourceList</name>
    <message>
        <source>Own data: seizure events imported from %1, in %2</source>
        <translation>Données propres&#xa0;: événements de saisie importés depuis %1, dans %2</translation>
    </message>
    <message>
        <source>Sources of the figures shown</source>
        <translation>Sources des chiffres affichés</translation>
    </message>
    <message>
        <source>No figure is shown for this selection.</source>
        <translation>Aucun chiffre n&apos;est affiché pour cette sélection.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Own data (%1)</source>
        <translation>Données propres (%1)</translation>
    </message>
    <message>
        <source>%1: table %2: reading stopped at feature %3 of %4; the import is left out of the choices.</source>
        <translation>%1&#xa0;: table %2&#xa0;: lecture arrêtée à l&apos;entité %3 sur %4&#xa0;; l&apos;import est exclu des choix.</translation>
    </message>
    <message>
        <source>Port Seizure Atlas</source>
        <translation>Port Seizure Atlas</translation>
    </message>
    <message>
        <source>Cannot write %1 (renaming the finished export failed).</source>
        <translation>Impossible d&apos;écrire %1 (échec du renommage de l&apos;export terminé).</translation>
    </message>
    <message>
        <source>Import seizure events</source>
        <translation>Importer des événements de saisie</translation>
    </message>
    <message>
        <source>import,seizure,events,csv,xlsx,ods,geopackage,cocaine,port,validate</source>
        <translation>import,saisie,événements,csv,xlsx,ods,geopackage,cocaïne,port,valider</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Checks a table of seizure events and writes it, all or nothing, into a GeoPackage or a PostGIS schema the panel can filter.</source>
        <translation>Vérifie une table d&apos;événements de saisie et l&apos;écrit, en totalité ou pas du tout, dans un GeoPackage ou un schéma PostGIS que le panneau peut filtrer.</translation>
    </message>
    <message>
        <source>&lt;p&gt;One row per seizure with the columns date, port, origin_port, origin_country, drug, quantity, unit (date, port, quantity and unit needed; headers in German, Dutch, French, Spanish, Italian or Portuguese such as Datum, Hafen, Menge are recognised; other column names through &lt;i&gt;Column mapping&lt;/i&gt;, e.g. &lt;code&gt;Tag=date,Ort=port&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;Input: CSV (separator and encoding detected unless given), XLSX, ODS or a GeoPackage table. Ports: UN/LOCODE, name, UN/LOCODE local name or common exonym (Antwerpen, Anvers). Dates: 2021-03-12, 12.03.2021, 12/03/2021, 12 March 2021, Mai 2022 or 2021. Quantities: 1500, 1.5, 1,5, 1.500,5 in g, kg or t (stored as tonnes); the decimal mark and the order of day and month are decided once per file, and a value that reads two ways is refused unless &lt;i&gt;Decimal mark&lt;/i&gt; or &lt;i&gt;Order of day and month&lt;/i&gt; settles it. A seizure above 100 t is refused as implausible unless &lt;i&gt;Accept single seizures above 100 t&lt;/i&gt; is set.&lt;/p&gt;&lt;p&gt;All or nothing: when any row is refused, every problem is listed (file, line, column, rule, and the nearest port names for an unknown port) and nothing is written. The input file is never changed.&lt;/p&gt;&lt;p&gt;Save to a GeoPackage, or to a schema of a PostGIS database chosen as a QGIS PostgreSQL connection. The connection must use an authentication configuration: one that stores a user name or password is refused, so no credentials are written into a project.&lt;/p&gt;&lt;p&gt;The imported layers are added to the project (group &lt;i&gt;My seizure data&lt;/i&gt;), where the panel filters them; later with &lt;i&gt;Plugins › Port Seizure Atlas › Add my seizure data…&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Une ligne par saisie, avec les colonnes date, port, origin_port, origin_country, drug, quantity, unit (date, port, quantity et unit obligatoires&#xa0;; les en-têtes en allemand, néerlandais, français, espagnol, italien ou portugais comme Datum, Hafen, Menge sont reconnus&#xa0;; les autres noms de colonnes via &lt;i&gt;Correspondance des colonnes&lt;/i&gt;, p. ex. &lt;code&gt;Tag=date,Ort=port&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;Entrée&#xa0;: CSV (séparateur et encodage détectés s&apos;ils ne sont pas indiqués), XLSX, ODS ou table GeoPackage. Ports&#xa0;: UN/LOCODE, nom, nom local UN/LOCODE ou exonyme courant (Antwerpen, Anvers). Dates&#xa0;: 2021-03-12, 12.03.2021, 12/03/2021, 12 March 2021, Mai 2022 ou 2021. Quantités&#xa0;: 1500, 1.5, 1,5, 1.500,5 en g, kg ou t (enregistrées en tonnes)&#xa0;; le séparateur décimal et l&apos;ordre du jour et du mois sont déterminés une fois par fichier, et une valeur qui peut se lire de deux façons est refusée sauf si &lt;i&gt;Séparateur décimal&lt;/i&gt; ou &lt;i&gt;Ordre du jour et du mois&lt;/i&gt; tranche. Une saisie de plus de 100 t est refusée comme invraisemblable sauf si &lt;i&gt;Accepter les saisies individuelles de plus de 100 t&lt;/i&gt; est coché.&lt;/p&gt;&lt;p&gt;Tout ou rien&#xa0;: si une ligne est refusée, tous les problèmes sont listés (fichier, ligne, colonne, règle et, pour un port inconnu, les noms de ports les plus proches) et rien n&apos;est écrit. Le fichier d&apos;entrée n&apos;est jamais modifié.&lt;/p&gt;&lt;p&gt;Enregistrement dans un GeoPackage, ou dans un schéma d&apos;une base PostGIS choisie comme connexion PostgreSQL de QGIS. La connexion doit utiliser une configuration d&apos;authentification&#xa0;: une connexion qui stocke un nom d&apos;utilisateur ou un mot de passe est refusée, afin qu&apos;aucun identifiant ne soit écrit dans un projet.&lt;/p&gt;&lt;p&gt;Les couches importées sont ajoutées au projet (groupe &lt;i&gt;Mes données sur les saisies&lt;/i&gt;), où le panneau les filtre&#xa0;; par la suite avec &lt;i&gt;Extensions › Port Seizure Atlas › Ajouter mes données sur les saisies…&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Seizure events (CSV, XLSX, ODS, GeoPackage)</source>
        <translation>Événements de saisie (CSV, XLSX, ODS, GeoPackage)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.ods *.gpkg)</source>
        <translation>Tables (*.csv *.xlsx *.ods *.gpkg)</translation>
    </message>
    <message>
        <source>Column mapping (column=field,...)</source>
        <translation>Correspondance des colonnes (colonne=champ,...)</translation>
    </message>
    <message>
        <source>Replace an existing GeoPackage, or the tables in the schema</source>
        <translation>Remplacer un GeoPackage existant, ou les tables du schéma</translation>
    </message>
    <message>
        <source>Imported events (GeoPackage)</source>
        <translation>Événements importés (GeoPackage)</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Or: PostGIS connection (with an authentication configuration)</source>
        <translation>Ou&#xa0;: connexion PostGIS (avec une configuration d&apos;authentification)</translation>
    </message>
    <message>
        <source>PostGIS schema</source>
        <translation>Schéma PostGIS</translation>
    </message>
    <message>
        <source>Add the imported layers to the project</source>
        <translation>Ajouter les couches importées au projet</translation>
    </message>
    <message>
        <source>CSV separator</source>
        <translation>Séparateur CSV</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Barre verticale</translation>
    </message>
    <message>
        <source>CSV encoding (empty: detect; e.g. windows-1252)</source>
        <translation>Encodage CSV (vide&#xa0;: détection&#xa0;; p. ex. windows-1252)</translation>
    </message>
    <message>
        <source>Decimal mark, when the file does not show it</source>
        <translation>Séparateur décimal, si le fichier ne permet pas de le déterminer</translation>
    </message>
    <message>
        <source>Comma (1.500,5)</source>
        <translation>Virgule (1.500,5)</translation>
    </message>
    <message>
        <source>Point (1,500.5)</source>
        <translation>Point (1,500.5)</translation>
    </message>
    <message>
        <source>Order of day and month, when no day is above 12</source>
        <translation>Ordre du jour et du mois, si aucun jour ne dépasse 12</translation>
    </message>
    <message>
        <source>Day first (dmy)</source>
        <translation>Jour d&apos;abord (jma)</translation>
    </message>
    <message>
        <source>Month first (mdy)</source>
        <translation>Mois d&apos;abord (mja)</translation>
    </message>
    <message>
        <source>Accept single seizures above 100 t</source>
        <translation>Accepter les saisies individuelles de plus de 100 t</translation>
    </message>
    <message>
        <source>Events imported</source>
        <translation>Événements importés</translation>
    </message>
    <message>
        <source>Choose where to save the events: a GeoPackage or a PostGIS connection (one of them).</source>
        <translation>Choisissez où enregistrer les événements&#xa0;: un GeoPackage ou une connexion PostGIS (l&apos;un des deux).</translation>
    </message>
    <message>
        <source>PostGIS connection %1: %2</source>
        <translation>Connexion PostGIS %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no PostGIS connection named %1.</source>
        <translation>Il n&apos;existe aucune connexion PostGIS nommée %1.</translation>
    </message>
    <message>
        <source>PostGIS connection %1: %2 Nothing was written.</source>
        <translation>Connexion PostGIS %1&#xa0;: %2 Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 holds no ports</source>
        <translation>%1 ne contient aucun port</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Import refused: %n error(s); nothing was written.</source>
        <translation>
            <numerusform>Import refusé&#xa0;: %n erreur&#xa0;; rien n&apos;a été écrit.</numerusform>
            <numerusform>Import refusé&#xa0;: %n erreurs&#xa0;; rien n&apos;a été écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 of &apos;%2&apos;</source>
        <translation>Ligne %1 de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (fid %2)</source>
        <translation>%1 (fid %2)</translation>
    </message>
    <message>
        <source>The %1 layer &apos;%2&apos; has no CRS: its coordinates are taken as WGS 84 longitude/latitude.</source>
        <translation>La couche de %1 «&#xa0;%2&#xa0;» n&apos;a pas de SCR&#xa0;: ses coordonnées sont interprétées comme longitude/latitude WGS 84.</translation>
    </message>
    <message>
        <source>%1 (&apos;%2&apos;)</source>
        <translation>%1 («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>the %1 has no geometry (NULL or empty)</source>
        <translation>%1 n&apos;a pas de géométrie (NULL ou vide)</translation>
    </message>
    <message>
        <source>the %1 is a multipoint of %2 points; give one point per feature</source>
        <translation>%1 est un multipoint de %2 points&#xa0;; donnez un seul point par entité</translation>
    </message>
    <message>
        <source>the %1 cannot be transformed to WGS 84: %2</source>
        <translation>%1 ne peut pas être transformée en WGS 84&#xa0;: %2</translation>
    </message>
    <message>
        <source>the %1 code field &apos;%2&apos; is NULL or empty</source>
        <translation>le champ de code de %1 «&#xa0;%2&#xa0;» est NULL ou vide</translation>
    </message>
    <message>
        <source>no %1 field given</source>
        <translation>aucun champ indiqué pour %1</translation>
    </message>
    <message>
        <source>the %1 %2 field &apos;%3&apos; is %4, expected a number</source>
        <translation>le champ %2 de %1 «&#xa0;%3&#xa0;» vaut %4&#xa0;; un nombre est attendu</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>unknown %1 UN/LOCODE &apos;%2&apos;, routed by its coordinates</source>
        <translation>UN/LOCODE inconnu «&#xa0;%2&#xa0;» pour %1, route calculée d&apos;après ses coordonnées</translation>
    </message>
    <message>
        <source>%1: %2; no route.</source>
        <translation>%1&#xa0;: %2&#xa0;; aucune route.</translation>
    </message>
    <message>
        <source>unknown %1 UN/LOCODE &apos;%2&apos;: not a port of the sea-lane network (%3)</source>
        <translation>UN/LOCODE inconnu «&#xa0;%2&#xa0;» pour %1&#xa0;: ce n&apos;est pas un port du réseau de voies maritimes (%3)</translation>
    </message>
    <message>
        <source>the %1 %2 is not a valid longitude/latitude</source>
        <translation>les coordonnées %2 de %1 ne sont pas une longitude/latitude valide</translation>
    </message>
    <message>
        <source>Panama Canal</source>
        <translation>Canal de Panama</translation>
    </message>
    <message>
        <source>Suez Canal</source>
        <translation>Canal de Suez</translation>
    </message>
    <message>
        <source>Strait of Gibraltar</source>
        <translation>Détroit de Gibraltar</translation>
    </message>
    <message>
        <source>Strait of Dover</source>
        <translation>Pas de Calais</translation>
    </message>
    <message>
        <source>Kiel Canal</source>
        <translation>Canal de Kiel</translation>
    </message>
    <message>
        <source>Corinth Canal</source>
        <translation>Canal de Corinthe</translation>
    </message>
    <message>
        <source>Strait of Malacca</source>
        <translation>Détroit de Malacca</translation>
    </message>
    <message>
        <source>Bab-el-Mandeb</source>
        <translation>Bab-el-Mandeb</translation>
    </message>
    <message>
        <source>Bering Strait</source>
        <translation>Détroit de Béring</translation>
    </message>
    <message>
        <source>Strait of Magellan</source>
        <translation>Détroit de Magellan</translation>
    </message>
    <message>
        <source>Northwest Passage</source>
        <translation>Passage du Nord-Ouest</translation>
    </message>
    <message>
        <source>Northeast Passage</source>
        <translation>Passage du Nord-Est</translation>
    </message>
    <message>
        <source>Pentland Firth</source>
        <translation>Pentland Firth</translation>
    </message>
    <message>
        <source>Fair Isle channel</source>
        <translation>Chenal de Fair Isle</translation>
    </message>
    <message>
        <source>The Minch</source>
        <translation>Le Minch</translation>
    </message>
    <message>
        <source>Inland waterways</source>
        <translation>Voies navigables intérieures</translation>
    </message>
    <message>
        <source>Sea-lane routes</source>
        <translation>Routes maritimes</translation>
    </message>
    <message>
        <source>sea,lane,route,shipping,maritime,port,unlocode,distance,origin,destination,matrix,searoute</source>
        <translation>mer,voie,route,navigation,maritime,port,unlocode,distance,origine,destination,matrice,searoute</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <source>Draws the shortest sea routes between ports or points along the shipping lanes.</source>
        <translation>Trace les routes maritimes les plus courtes entre ports ou points le long des voies de navigation.</translation>
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
        <translation>Trace la route maritime la plus courte entre ports ou points le long d&apos;un réseau maritime mondial, sous forme d&apos;une ligne par route en WGS 84 (EPSG:4326).

&lt;b&gt;Entrée&lt;/b&gt;, au choix&#xa0;:
- &lt;i&gt;Origines&lt;/i&gt; et &lt;i&gt;Destinations&lt;/i&gt;&#xa0;: deux couches de points&#xa0;; chaque origine est reliée à chaque destination. Les champs d&apos;identifiant facultatifs contiennent une étiquette ou un UN/LOCODE. Un UN/LOCODE connu du réseau fait commencer ou finir la route à ce port&#xa0;; tout autre point rejoint le réseau comme décrit ci-dessous. Les points sont reprojetés en WGS 84. Les autres champs des couches sont copiés dans la sortie avec les préfixes origin_ et destination_.
- ou une &lt;i&gt;table OD&lt;/i&gt; (n&apos;importe quelle table, géométrie non requise)&#xa0;: une route par ligne, entre les UN/LOCODE des champs de code d&apos;origine et de destination, ou les longitude/latitude WGS 84 des champs X/Y (utilisées quand un code est vide ou inconnu). Les autres champs de la table sont copiés dans la sortie.

&lt;b&gt;Passages à éviter&lt;/b&gt;&#xa0;: points de passage obligés que les routes ne doivent pas emprunter. Par défaut, les canaux de Corinthe et de Kiel et les passages du Nord-Ouest et du Nord-Est, que les grands navires n&apos;empruntent pas. Videz la liste pour autoriser tous les passages.
&lt;b&gt;Tolérance d&apos;accrochage&lt;/b&gt; (km)&#xa0;: un point plus éloigné que cette distance de tout nœud qu&apos;il peut atteindre en mer n&apos;obtient aucune route.
&lt;b&gt;Distance la plus courte&lt;/b&gt;&#xa0;: par défaut, les passages secondaires (Pentland Firth, détroits des Orcades, chenal de Fair Isle, le Minch), les voies navigables intérieures et la voie au nord de l&apos;Écosse coûtent plus que leur longueur, afin que les routes suivent les voies principales (la Manche, le Skagerrak)&#xa0;; cochez cette option pour obtenir la route la plus courte en distance.
&lt;b&gt;Densifier&lt;/b&gt; (km)&#xa0;: le plus long segment d&apos;une ligne en sortie, les points étant insérés le long de la géodésique WGS 84 (0 conserve les sommets du réseau).

&lt;b&gt;Champs en sortie&lt;/b&gt;&#xa0;: origin et destination (nom du port ou étiquette), origin_code et destination_code (UN/LOCODE, NULL pour un point), length_km (longueur géodésique de la ligne sur WGS 84), network_km (longueur le long du réseau), passages (points de passage empruntés, séparés par &apos;;&apos;), approximate (true quand une extrémité est un point relié au réseau par une ligne droite), approach_km (km entre les deux extrémités et le réseau&#xa0;: connecteurs et lignes de raccordement), fallback (raison pour laquelle une extrémité dont le UN/LOCODE est inconnu a été routée d&apos;après ses coordonnées), puis les champs copiés.

Les lignes suivent les voies maritimes et ne traversent jamais les terres, sauf à l&apos;approche&#xa0;: un port est atteint par son propre connecteur entièrement maritime&#xa0;; un point situé à moins de 10 km d&apos;un port du réseau, par les connecteurs de ce port&#xa0;; tout autre point, par une ligne droite vers le nœud le plus proche que cette ligne atteint sans traverser les terres de la carte du monde de QGIS (celles avec lesquelles le réseau a été corrigé), en cherchant de proche en proche vers l&apos;extérieur. Les longitudes restent continues à travers l&apos;antiméridien (au-delà de 180 degrés).

Un UN/LOCODE inconnu dans une ligne qui a aussi des coordonnées est routé d&apos;après ces coordonnées, et le journal le signale. Une ligne qui ne peut pas être routée (UN/LOCODE inconnu sans coordonnées, géométrie NULL ou vide, point sur terre ou au-delà de la tolérance d&apos;accrochage) est signalée dans le journal avec son numéro de ligne&#xa0;; les autres routes sont tout de même construites.

Réseau maritime&#xa0;: Eurostat SeaRoute (© Union européenne), EUPL-1.2, dérivé de l&apos;ORNL Global Shipping Lane Network.</translation>
    </message>
    <message>
        <source>Origins (points)</source>
        <translation>Origines (points)</translation>
    </message>
    <message>
        <source>Origin ID field (label or UN/LOCODE)</source>
        <translation>Champ d&apos;identifiant d&apos;origine (étiquette ou UN/LOCODE)</translation>
    </message>
    <message>
        <source>Destinations (points)</source>
        <translation>Destinations (points)</translation>
    </message>
    <message>
        <source>Destination ID field (label or UN/LOCODE)</source>
        <translation>Champ d&apos;identifiant de destination (étiquette ou UN/LOCODE)</translation>
    </message>
    <message>
        <source>OD table (one route per row)</source>
        <translation>Table OD (une route par ligne)</translation>
    </message>
    <message>
        <source>Origin UN/LOCODE field</source>
        <translation>Champ UN/LOCODE d&apos;origine</translation>
    </message>
    <message>
        <source>Destination UN/LOCODE field</source>
        <translation>Champ UN/LOCODE de destination</translation>
    </message>
    <message>
        <source>Origin longitude field (WGS 84)</source>
        <translation>Champ de longitude d&apos;origine (WGS 84)</translation>
    </message>
    <message>
        <source>Origin latitude field (WGS 84)</source>
        <translation>Champ de latitude d&apos;origine (WGS 84)</translation>
    </message>
    <message>
        <source>Destination longitude field (WGS 84)</source>
        <translation>Champ de longitude de destination (WGS 84)</translation>
    </message>
    <message>
        <source>Destination latitude field (WGS 84)</source>
        <translation>Champ de latitude de destination (WGS 84)</translation>
    </message>
    <message>
        <source>Passages to avoid</source>
        <translation>Passages à éviter</translation>
    </message>
    <message>
        <source>Snap tolerance for points (km)</source>
        <translation>Tolérance d&apos;accrochage des points (km)</translation>
    </message>
    <message>
        <source>Densify: longest segment (km, 0 = off)</source>
        <translation>Densifier&#xa0;: segment le plus long (km, 0 = désactivé)</translation>
    </message>
    <message>
        <source>Shortest distance (do not keep to the main shipping lanes)</source>
        <translation>Distance la plus courte (ne pas s&apos;en tenir aux voies de navigation principales)</translation>
    </message>
    <message>
        <source>Routes built</source>
        <translation>Routes construites</translation>
    </message>
    <message>
        <source>Rows or pairs without a route</source>
        <translation>Lignes ou paires sans route</translation>
    </message>
    <message>
        <source>Give either an OD table or origin and destination layers, not both.</source>
        <translation>Indiquez soit une table OD, soit des couches d&apos;origines et de destinations, mais pas les deux.</translation>
    </message>
    <message>
        <source>Give an origins and a destinations point layer, or an OD table.</source>
        <translation>Indiquez une couche de points d&apos;origines et une couche de points de destinations, ou une table OD.</translation>
    </message>
    <message>
        <source>The OD table needs the %1 UN/LOCODE field, or both the %1 longitude and latitude fields.</source>
        <translation>La table OD nécessite le champ UN/LOCODE de %1, ou à la fois les champs de longitude et de latitude de %1.</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>l&apos;origine</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>la destination</translation>
    </message>
    <message>
        <source>Cannot load the sea-lane network: %1</source>
        <translation>Impossible de charger le réseau de voies maritimes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sea-lane network: %1 nodes, %2 edges, %3 ports (%4)</source>
        <translation>Réseau de voies maritimes&#xa0;: %1 nœuds, %2 arêtes, %3 ports (%4)</translation>
    </message>
    <message>
        <source>QGIS&apos;s world map was not found: points join the network by straight lines that may cross land.</source>
        <translation>Carte du monde de QGIS introuvable&#xa0;: les points rejoignent le réseau par des lignes droites qui peuvent traverser les terres.</translation>
    </message>
    <message>
        <source>No edge of the network is in the passage &apos;%1&apos;; avoiding it changes nothing.</source>
        <translation>Aucune arête du réseau ne se trouve dans le passage «&#xa0;%1&#xa0;»&#xa0;; l&apos;éviter ne change rien.</translation>
    </message>
    <message>
        <source>Avoided passages: none</source>
        <translation>Passages évités&#xa0;: aucun</translation>
    </message>
    <message>
        <source>Avoided passages: %1</source>
        <translation>Passages évités&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 vers %2</translation>
    </message>
    <message>
        <source>%1: the origin %2 and the destination %3 are the same place; no route.</source>
        <translation>%1&#xa0;: l&apos;origine %2 et la destination %3 sont le même lieu&#xa0;; aucune route.</translation>
    </message>
    <message>
        <source>Canceled; routes built so far: %1.</source>
        <translation>Annulé&#xa0;; routes construites jusqu&apos;ici&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Routes built: %1 of %2 rows; rows failed: %3.</source>
        <translation>Routes construites&#xa0;: %1 sur %2 lignes&#xa0;; lignes en échec&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Routes built: %1; input points failed: %2; origin-destination pairs without a route: %3.</source>
        <translation>Routes construites&#xa0;: %1&#xa0;; points d&apos;entrée en échec&#xa0;: %2&#xa0;; paires origine-destination sans route&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>QgisProfileRegistration</name>
    <message>
        <source>Plugin folder %1 does not exist.</source>
        <translation>Le dossier de l&apos;extension %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Registered %1 (plugin %2) in %3. Restart QGIS to load it.</source>
        <translation>%1 (extension %2) enregistré dans %3. Redémarrez QGIS pour le charger.</translation>
    </message>
    <message>
        <source>Nothing to remove: %1 does not exist.</source>
        <translation>Rien à supprimer&#xa0;: %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Removed %1 (plugin %2) from %3.</source>
        <translation>%1 (extension %2) supprimé de %3.</translation>
    </message>
    <message>
        <source>QGIS profile folder %1 does not exist. Start QGIS once with profile &quot;%2&quot;, or ask to create it (--create-profile).</source>
        <translation>Le dossier de profil QGIS %1 n&apos;existe pas. Démarrez QGIS une fois avec le profil «&#xa0;%2&#xa0;», ou demandez sa création (--create-profile).</translation>
    </message>
    <message>
        <source>Cannot create the QGIS profile folder %1 (permission denied?).</source>
        <translation>Impossible de créer le dossier de profil QGIS %1 (permission refusée&#xa0;?).</translation>
    </message>
    <message>
        <source>Cannot create folder %1 (permission denied?).</source>
        <translation>Impossible de créer le dossier %1 (permission refusée&#xa0;?).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2. The settings were not changed.</source>
        <translation>Impossible d&apos;écrire dans %1&#xa0;: %2. Les paramètres n&apos;ont pas été modifiés.</translation>
    </message>
    <message>
        <source>%1 is not a valid settings file; it was left unchanged.</source>
        <translation>%1 n&apos;est pas un fichier de paramètres valide&#xa0;; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot write the new settings for %1; it was left unchanged.</source>
        <translation>Impossible d&apos;écrire les nouveaux paramètres pour %1&#xa0;; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot read back %1; %2 was left unchanged.</source>
        <translation>Impossible de relire %1&#xa0;; %2 n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. It was left unchanged.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Il n&apos;a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>QgisVersionCompatibility</name>
    <message>
        <source>%1 was built for QGIS %2 but this is QGIS %3. A C++ plugin only runs in the QGIS major.minor version it was built for, so the plugin stays inactive. Rebuild it against this QGIS (see the plugin&apos;s README).</source>
        <translation>%1 a été compilé pour QGIS %2, mais cette version est QGIS %3. Une extension C++ ne fonctionne que dans la version majeure.mineure de QGIS pour laquelle elle a été compilée&#xa0;; l&apos;extension reste donc inactive. Recompilez-la pour cette version de QGIS (voir le README de l&apos;extension).</translation>
    </message>
</context>
<context>
    <name>StyleLabels</name>
    <message>
        <source>up to 5 t</source>
        <translation>jusqu&apos;à 5 t</translation>
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
        <translation>plus de 50 t</translation>
    </message>
    <message>
        <source>0 t reported</source>
        <translation>0 t signalée</translation>
    </message>
    <message>
        <source>no published figure</source>
        <translation>aucun chiffre publié</translation>
    </message>
    <message>
        <source>origin or transit port</source>
        <translation>port d&apos;origine ou de transit</translation>
    </message>
    <message>
        <source>Origin or transit port</source>
        <translation>Port d&apos;origine ou de transit</translation>
    </message>
    <message>
        <source>Origin country not stated</source>
        <translation>Pays d&apos;origine non indiqué</translation>
    </message>
    <message>
        <source>Single cocaine seizure: under 1 t</source>
        <translation>Saisie de cocaïne&#xa0;: moins de 1 t</translation>
    </message>
    <message>
        <source>Single cocaine seizure: 1–5 t</source>
        <translation>Saisie de cocaïne&#xa0;: 1–5 t</translation>
    </message>
    <message>
        <source>Single cocaine seizure: 5 t or more</source>
        <translation>Saisie de cocaïne&#xa0;: 5 t ou plus</translation>
    </message>
    <message>
        <source>Single seizure of another drug</source>
        <translation>Saisie d&apos;une autre drogue</translation>
    </message>
    <message>
        <source>up to 1 t per million TEU</source>
        <translation>jusqu&apos;à 1 t par million de TEU</translation>
    </message>
    <message>
        <source>1–3 t per million TEU</source>
        <translation>1–3 t par million de TEU</translation>
    </message>
    <message>
        <source>more than 3 t per million TEU</source>
        <translation>plus de 3 t par million de TEU</translation>
    </message>
    <message>
        <source>No seizure and TEU figure of one year</source>
        <translation>Aucune année avec tonnage et TEU connus</translation>
    </message>
    <message>
        <source>, all origins</source>
        <translation>, toutes les origines</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Provenance&#xa0;: %1</translation>
    </message>
</context>
</TS>
