<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AtlasCountryPicker</name>
    <message>
        <source>Search country or ISO code</source>
        <translation>Buscar país o código ISO</translation>
    </message>
    <message>
        <source>Type part of a country name or its ISO code to shorten the list</source>
        <translation>Escriba parte del nombre de un país o su código ISO para acortar la lista</translation>
    </message>
    <message>
        <source>Check the countries to show; none checked shows all. Space checks the current row.</source>
        <translation>Marque los países que desea mostrar; si no marca ninguno, se muestran todos. La barra espaciadora marca la fila actual.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Check every country (same as no country filter)</source>
        <translation>Marcar todos los países (equivale a no filtrar por país)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Uncheck every country (shows all countries)</source>
        <translation>Desmarcar todos los países (se muestran todos)</translation>
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
        <translation>todos los países</translation>
    </message>
    <message>
        <source>all origins</source>
        <translation>todos los orígenes</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>all years</source>
        <translation>todos los años</translation>
    </message>
</context>
<context>
    <name>AtlasFilterPanel</name>
    <message>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <source>First year shown (only years with data are offered)</source>
        <translation>Primer año mostrado (solo se ofrecen años con datos)</translation>
    </message>
    <message>
        <source>Last year shown; the same year as the first shows a single year</source>
        <translation>Último año mostrado; si coincide con el primero, se muestra un solo año</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>Re&amp;producir</translation>
    </message>
    <message>
        <source>Step through the years one by one (Alt+P); press again to stop. The Temporal Controller&apos;s frame follows.</source>
        <translation>Recorre los años uno a uno (Alt+P); vuelva a pulsar para detener. El fotograma del Controlador temporal lo sigue.</translation>
    </message>
    <message>
        <source>&amp;Reset filter</source>
        <translation>&amp;Restablecer filtro</translation>
    </message>
    <message>
        <source>Show all years and all countries again (Alt+R)</source>
        <translation>Volver a mostrar todos los años y todos los países (Alt+R)</translation>
    </message>
    <message>
        <source>Destination countries</source>
        <translation>Países de destino</translation>
    </message>
    <message>
        <source>Origin countries (routes)</source>
        <translation>Países de origen (rutas)</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selección</translation>
    </message>
    <message>
        <source>Sum of the preferred port figures of the selection; national totals are not added</source>
        <translation>Suma de las cifras portuarias preferentes de la selección; no se suman los totales nacionales</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Tonnes</source>
        <translation>Toneladas</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
    <message>
        <source>Last selected year versus the year before; empty when either figure is unknown</source>
        <translation>Último año seleccionado frente al anterior; vacío si se desconoce alguna de las dos cifras</translation>
    </message>
    <message>
        <source>What is documented per origin: the routes from the chosen origin countries in the selection, with their tonnes and years</source>
        <translation>Lo documentado por origen: las rutas desde los países de origen elegidos en la selección, con sus toneladas y años</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>The atlas layers in this project are unavailable: %1 cannot be read. Put the file back, or point the layers to its new place with Layer › Change Data Source…</source>
        <translation>Las capas del atlas de este proyecto no están disponibles: no se puede leer %1. Restaure el archivo o indique a las capas su nueva ubicación con Capa › Cambiar fuente de datos…</translation>
    </message>
    <message>
        <source>Add the ports and seizures to the project to filter them here.</source>
        <translation>Añada los puertos y las incautaciones al proyecto para filtrarlos aquí.</translation>
    </message>
    <message>
        <source>all countries</source>
        <translation>todos los países</translation>
    </message>
    <message>
        <source>all origins</source>
        <translation>todos los orígenes</translation>
    </message>
    <message>
        <source>All shown; check countries to limit the map.</source>
        <translation>Se muestran todos; marque países para limitar el mapa.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Elegidos: %1</translation>
    </message>
    <message>
        <source>All shown; check countries to limit the routes.</source>
        <translation>Se muestran todos; marque países para limitar las rutas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · origins: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · orígenes: %3</translation>
    </message>
    <message>
        <source>No port figure published for this selection.</source>
        <translation>No hay ninguna cifra portuaria publicada para esta selección.</translation>
    </message>
    <message>
        <source>%1 t of cocaine seized in these ports from all origins: port figures are not split by origin. What is documented from %2 is listed below.</source>
        <translation>%1 t de cocaína incautadas en estos puertos, de todos los orígenes: las cifras portuarias no se desglosan por origen. Lo documentado desde %2 figura a continuación.</translation>
    </message>
    <message>
        <source>%1 t of cocaine seized in these ports (preferred port figures).</source>
        <translation>%1 t de cocaína incautadas en estos puertos (cifras portuarias preferentes).</translation>
    </message>
    <message>
        <source>Sources:
%1</source>
        <translation>Fuentes:
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
        <translation>No hay ninguna ruta documentada desde %1 en esta selección.</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>año desconocido</translation>
    </message>
    <message>
        <source>tonnes unknown</source>
        <translation>toneladas desconocidas</translation>
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
            <numerusform>&lt;b&gt;Rutas documentadas desde %1&lt;/b&gt; (%n ruta):&lt;br&gt;%2</numerusform>
            <numerusform>&lt;b&gt;Rutas documentadas desde %1&lt;/b&gt; (%n rutas):&lt;br&gt;%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AtlasLayerSet</name>
    <message>
        <source>Port seizures, t a year</source>
        <translation>Incautaciones por puerto, t al año</translation>
    </message>
    <message>
        <source>Circle area: tonnes of cocaine seized in a port, from its preferred published figure. Latest year with a figure, or, with years chosen in the panel, their sum divided by the number of years. Hollow ring: no published figure (unknown, not 0 t). Port figures are totals of all origins.</source>
        <translation>Área del círculo: toneladas de cocaína incautadas en un puerto, según su cifra publicada preferente. Último año con cifra o, si se eligen años en el panel, su suma dividida por el número de años. Anillo hueco: sin cifra publicada (desconocida, no 0 t). Las cifras portuarias son totales de todos los orígenes.</translation>
    </message>
    <message>
        <source>Single seizures (not totals)</source>
        <translation>Incautaciones individuales (no totales)</translation>
    </message>
    <message>
        <source>Documented single seizures of 0.1 t or more reported at European ports: each point is one seizure with its source, never a port&apos;s total.</source>
        <translation>Incautaciones individuales documentadas de 0.1 t o más en puertos europeos: cada punto es una incautación con su fuente, nunca el total de un puerto.</translation>
    </message>
    <message>
        <source>Inbound sea routes</source>
        <translation>Rutas marítimas de entrada</translation>
    </message>
    <message>
        <source>Documented origin → European port links along sea lanes; width by documented tonnes, dashed where unknown; dotted where the source names no origin port; colour by origin country.</source>
        <translation>Enlaces documentados origen → puerto europeo por las vías marítimas; grosor según las toneladas documentadas, discontinuo si se desconocen; punteado si la fuente no indica el puerto de origen; color según el país de origen.</translation>
    </message>
    <message>
        <source>National totals</source>
        <translation>Totales nacionales</translation>
    </message>
    <message>
        <source>National seizure totals, never summed with the ports.</source>
        <translation>Totales nacionales de incautaciones, nunca sumados a los de los puertos.</translation>
    </message>
    <message>
        <source>Figures and sources</source>
        <translation>Cifras y fuentes</translation>
    </message>
    <message>
        <source>Every seizure figure with its source, scope and why it is preferred or not.</source>
        <translation>Cada cifra de incautación con su fuente, su alcance y el motivo por el que es preferente o no.</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Land basemap: Natural Earth, from QGIS&apos;s own world map.</source>
        <translation>Mapa base terrestre: Natural Earth, del mapa mundial propio de QGIS.</translation>
    </message>
    <message>
        <source>%1: layer &quot;%2&quot; cannot be read (missing table or damaged file).</source>
        <translation>%1: no se puede leer la capa &quot;%2&quot; (falta la tabla o el archivo está dañado).</translation>
    </message>
    <message>
        <source>%1: layer &quot;%2&quot;: %3; it keeps QGIS&apos;s default style.</source>
        <translation>%1: capa &quot;%2&quot;: %3; conserva el estilo predeterminado de QGIS.</translation>
    </message>
    <message>
        <source>%1: layer &quot;%2&quot;: %3</source>
        <translation>%1: capa &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>Years shown (t)</source>
        <translation>Años mostrados (t)</translation>
    </message>
    <message>
        <source>Seizures per million TEU</source>
        <translation>Incautaciones por millón de TEU</translation>
    </message>
    <message>
        <source>style %1 is missing or not valid XML</source>
        <translation>el estilo %1 falta o no es XML válido</translation>
    </message>
    <message>
        <source>style %1 is missing from the plugin</source>
        <translation>falta el estilo %1 en el complemento</translation>
    </message>
    <message>
        <source>style %1 is not valid XML</source>
        <translation>el estilo %1 no es XML válido</translation>
    </message>
    <message>
        <source>style %1: %2</source>
        <translation>estilo %1: %2</translation>
    </message>
    <message>
        <source>%1: the plugin&apos;s data file does not exist. Rebuild or reinstall the plugin.</source>
        <translation>%1: el archivo de datos del complemento no existe. Recompile o reinstale el complemento.</translation>
    </message>
    <message>
        <source>Seizure figures of this port</source>
        <translation>Cifras de incautación de este puerto</translation>
    </message>
</context>
<context>
    <name>AtlasPrintController</name>
    <message>
        <source>No project to print.</source>
        <translation>No hay ningún proyecto que imprimir.</translation>
    </message>
    <message>
        <source>Cannot find the program port-seizure-atlas that exports prints; reinstall the plugin.</source>
        <translation>No se encuentra el programa port-seizure-atlas, que exporta las impresiones; reinstale el complemento.</translation>
    </message>
    <message>
        <source>The layout &quot;%1&quot; is ready in the Layout Manager: export it from the layout designer. The background export cannot sign in to the PostGIS database of &quot;%2&quot; (its QGIS authentication stays in this QGIS).</source>
        <translation>El diseño &quot;%1&quot; está listo en el Administrador de diseños: expórtelo desde el diseñador. La exportación en segundo plano no puede iniciar sesión en la base de datos PostGIS de &quot;%2&quot; (su autenticación de QGIS permanece en este QGIS).</translation>
    </message>
    <message>
        <source>Cannot write the layout to a temporary folder (%1).</source>
        <translation>No se puede escribir el diseño en una carpeta temporal (%1).</translation>
    </message>
</context>
<context>
    <name>AtlasPrintDialog</name>
    <message>
        <source>Print the Port Seizure Atlas map</source>
        <translation>Imprimir el mapa de Port Seizure Atlas</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 horizontal</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 horizontal</translation>
    </message>
    <message>
        <source>Paper of the layout; the layout is kept in the project&apos;s Layout Manager and can be edited there.</source>
        <translation>Papel del diseño; el diseño se conserva en el Administrador de diseños del proyecto y puede editarse allí.</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papel</translation>
    </message>
    <message>
        <source>One map of the selection</source>
        <translation>Un mapa de la selección</translation>
    </message>
    <message>
        <source>Atlas: one page per port with figures</source>
        <translation>Atlas: una página por puerto con cifras</translation>
    </message>
    <message>
        <source>Atlas: one page per country with figures</source>
        <translation>Atlas: una página por país con cifras</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>Pá&amp;ginas</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>Resolution of PNG output (PDF and SVG stay vector).</source>
        <translation>Resolución de la salida PNG (PDF y SVG siguen siendo vectoriales).</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Resolución</translation>
    </message>
    <message>
        <source>A .pdf, .png or .svg file; the extension picks the format.</source>
        <translation>Un archivo .pdf, .png o .svg; la extensión determina el formato.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimir</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;Imagen PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print to</source>
        <translation>Imprimir en</translation>
    </message>
    <message>
        <source>Choose a file to print to.</source>
        <translation>Elija un archivo en el que imprimir.</translation>
    </message>
    <message>
        <source>Change map: the last year shown against the first</source>
        <translation>Mapa de variación: último año mostrado frente al primero</translation>
    </message>
    <message>
        <source>An atlas is exported as one multi-page PDF. A change map compares the first and the last year of the selection (a single year: against the year before).</source>
        <translation>Un atlas se exporta como un único PDF de varias páginas. Un mapa de variación compara el primer y el último año de la selección (con un solo año: frente al año anterior).</translation>
    </message>
</context>
<context>
    <name>AtlasPrintExporter</name>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Exportación cancelada; no se ha escrito %1.</translation>
    </message>
    <message>
        <source>Not enough memory to export %1: choose a lower resolution or a smaller paper.</source>
        <translation>Memoria insuficiente para exportar %1: elija una resolución más baja o un papel más pequeño.</translation>
    </message>
    <message>
        <source>The atlas has no page to print for this selection.</source>
        <translation>El atlas no tiene ninguna página que imprimir para esta selección.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>%1: unknown output format; the file name must end in .pdf, .png or .svg.</source>
        <translation>%1: formato de salida desconocido; el nombre del archivo debe terminar en .pdf, .png o .svg.</translation>
    </message>
    <message>
        <source>%1: an atlas is exported as one multi-page PDF; the file name must end in .pdf.</source>
        <translation>%1: un atlas se exporta como un único PDF de varias páginas; el nombre del archivo debe terminar en .pdf.</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>%1: cannot write there (permission denied).</source>
        <translation>%1: no se puede escribir ahí (permiso denegado).</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file name.</source>
        <translation>%1 es una carpeta, no un nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 dpi is out of range (10 to 2400).</source>
        <translation>%1 ppp está fuera del rango permitido (10 a 2400).</translation>
    </message>
    <message>
        <source>Cannot write %1: writing the file failed (is the disk full?).</source>
        <translation>No se puede escribir %1: falló la escritura del archivo (¿está lleno el disco?).</translation>
    </message>
</context>
<context>
    <name>AtlasPrintLayout</name>
    <message>
        <source>The project holds no Port Seizure Atlas layers: add them first (Plugins › Port Seizure Atlas › Add ports and seizures, or Add my seizure data).</source>
        <translation>El proyecto no contiene capas de Port Seizure Atlas: añádalas primero (Complementos › Port Seizure Atlas › Añadir puertos e incautaciones, o Añadir mis datos de incautaciones).</translation>
    </message>
    <message>
        <source>%1: cannot read the print template (%2).</source>
        <translation>%1: no se puede leer la plantilla de impresión (%2).</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>%1: not a Port Seizure Atlas print template (no map with the id &quot;%2&quot;).</source>
        <translation>%1: no es una plantilla de impresión de Port Seizure Atlas (no hay ningún mapa con el id &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The project&apos;s layout manager refused the layout &quot;%1&quot;.</source>
        <translation>El Administrador de diseños del proyecto rechazó el diseño &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Data: Port Seizure Atlas %1; no dated source in this selection.</source>
        <translation>Datos: Port Seizure Atlas %1; ninguna fuente fechada en esta selección.</translation>
    </message>
    <message>
        <source>Data as published up to %1 (latest source shown). Port Seizure Atlas %2.</source>
        <translation>Datos publicados hasta %1 (última fuente mostrada). Port Seizure Atlas %2.</translation>
    </message>
    <message>
        <source>Own data: seizure events imported into Port Seizure Atlas %1.</source>
        <translation>Datos propios: eventos de incautación importados en Port Seizure Atlas %1.</translation>
    </message>
    <message>
        <source>Latest imported event: %1.</source>
        <translation>Último evento importado: %1.</translation>
    </message>
</context>
<context>
    <name>AtlasPrintTask</name>
    <message>
        <source>Port Seizure Atlas: printing %1</source>
        <translation>Port Seizure Atlas: imprimiendo %1</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>No se puede iniciar %1: %2</translation>
    </message>
    <message>
        <source>Printing cancelled; %1 was not written.</source>
        <translation>Impresión cancelada; no se ha escrito %1.</translation>
    </message>
    <message>
        <source>Printing %1 failed (exit status %2).</source>
        <translation>Falló la impresión de %1 (código de salida %2).</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>se ha escrito %1</translation>
    </message>
</context>
<context>
    <name>AtlasYearChart</name>
    <message>
        <source>Port tonnes per year for the selected countries. Click a bar (or use the arrow keys and Enter) to show that year.</source>
        <translation>Toneladas portuarias por año de los países seleccionados. Haga clic en una barra (o use las teclas de flecha e Intro) para mostrar ese año.</translation>
    </message>
    <message>
        <source>Tonnes per year</source>
        <translation>Toneladas por año</translation>
    </message>
    <message>
        <source>No years to show</source>
        <translation>No hay años que mostrar</translation>
    </message>
    <message>
        <source>%1: %2 t (preferred port figures)</source>
        <translation>%1: %2 t (cifras portuarias preferentes)</translation>
    </message>
    <message>
        <source>%1: no port figure published</source>
        <translation>%1: ninguna cifra portuaria publicada</translation>
    </message>
</context>
<context>
    <name>ChangePrintLayout</name>
    <message>
        <source>+50 % or more</source>
        <translation>+50 % o más</translation>
    </message>
    <message>
        <source>+10 to +50 %</source>
        <translation>de +10 a +50 %</translation>
    </message>
    <message>
        <source>within ±10 %</source>
        <translation>dentro de ±10 %</translation>
    </message>
    <message>
        <source>−10 to −50 %</source>
        <translation>de −10 a −50 %</translation>
    </message>
    <message>
        <source>−50 % or less</source>
        <translation>−50 % o menos</translation>
    </message>
    <message>
        <source>new: a figure for %1 only</source>
        <translation>nuevo: cifra solo para %1</translation>
    </message>
    <message>
        <source>no figure for %1 (not 0 t)</source>
        <translation>sin cifra para %1 (no es 0 t)</translation>
    </message>
    <message>
        <source>Rhine–Scheldt delta</source>
        <translation>Delta del Rin, el Mosa y el Escalda</translation>
    </message>
    <message>
        <source>Delta inset</source>
        <translation>Recuadro del delta</translation>
    </message>
    <message>
        <source>Change in cocaine seized in European ports, %1 → %2</source>
        <translation>Variación de la cocaína incautada en puertos europeos, %1 → %2</translation>
    </message>
    <message>
        <source>the data has no ports layer</source>
        <translation>los datos no tienen capa de puertos</translation>
    </message>
    <message>
        <source>Change %1 → %2</source>
        <translation>Variación %1 → %2</translation>
    </message>
    <message>
        <source>no port has a figure for %1 or %2</source>
        <translation>ningún puerto tiene cifra para %1 ni para %2</translation>
    </message>
    <message>
        <source>all countries</source>
        <translation>todos los países</translation>
    </message>
    <message>
        <source>Preferred port-level figures of %1 and %2, %3; sources on the following page.</source>
        <translation>Cifras portuarias preferentes de %1 y %2, %3; fuentes en la página siguiente.</translation>
    </message>
    <message>
        <source>Change: the figure of %2 minus the figure of %1, in tonnes and in percent of %1. Circle area: the larger of the two years&apos; tonnes, on one fixed scale. A port with a figure in one of the two years only is marked &quot;new&quot; or &quot;no figure&quot;: an unknown is never 0 t.</source>
        <translation>Variación: cifra de %2 menos cifra de %1, en toneladas y en porcentaje de %1. Área del círculo: el mayor de los tonelajes de ambos años, en una única escala fija. Un puerto con cifra en solo uno de los dos años se marca como &quot;nuevo&quot; o &quot;sin cifra&quot;: un valor desconocido nunca es 0 t.</translation>
    </message>
    <message>
        <source>Basemap: Natural Earth (public domain), from QGIS&apos;s world map. Figures: the numbered sources. Made with QGIS and Port Seizure Atlas.</source>
        <translation>Mapa base: Natural Earth (dominio público), del mapa mundial de QGIS. Cifras: las fuentes numeradas. Elaborado con QGIS y Port Seizure Atlas.</translation>
    </message>
    <message>
        <source>Sources of the figures shown (%1 and %2)</source>
        <translation>Fuentes de las cifras mostradas (%1 y %2)</translation>
    </message>
</context>
<context>
    <name>CountryNames</name>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Antigua y Barbuda</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Bélgica</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgaria</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Benín</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasil</translation>
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
        <translation>Colombia</translation>
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
        <translation>Curazao</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Chipre</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Dinamarca</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>República Dominicana</translation>
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
        <translation>España</translation>
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
        <translation>Reino Unido</translation>
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
        <translation>Guadalupe</translation>
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
        <translation>Guinea-Bisáu</translation>
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
        <translation>Croacia</translation>
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
        <translation>Jamaica</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Lituania</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Letonia</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Marruecos</translation>
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
        <translation>México</translation>
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
        <translation>Países Bajos</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Noruega</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>Panamá</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Perú</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polonia</translation>
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
        <translation>Rumanía</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Suecia</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Eslovenia</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leona</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Senegal</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Surinam</translation>
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
        <translation>Trinidad y Tobago</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
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
        <translation>Sudáfrica</translation>
    </message>
</context>
<context>
    <name>ImportSeizureEventsTask</name>
    <message>
        <source>Checking seizure events</source>
        <translation>Comprobando eventos de incautación</translation>
    </message>
    <message>
        <source>Importing seizure events</source>
        <translation>Importando eventos de incautación</translation>
    </message>
</context>
<context>
    <name>ImportSeizureEventsWizard</name>
    <message>
        <source>Import seizure events</source>
        <translation>Importar eventos de incautación</translation>
    </message>
    <message>
        <source>Your table of seizure events</source>
        <translation>Su tabla de eventos de incautación</translation>
    </message>
    <message>
        <source>One row per seizure: CSV, XLSX, ODS or a GeoPackage table. The file is only read, never changed.</source>
        <translation>Una fila por incautación: CSV, XLSX, ODS o una tabla GeoPackage. El archivo solo se lee, nunca se modifica.</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx *.ods *.gpkg)</source>
        <translation>Tablas (*.csv *.tsv *.txt *.xlsx *.ods *.gpkg)</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Separador</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Coma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Punto y coma ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Barra vertical |</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Separador decimal</translation>
    </message>
    <message>
        <source>Detect from the quantities</source>
        <translation>Detectar a partir de las cantidades</translation>
    </message>
    <message>
        <source>Comma (1.500,5)</source>
        <translation>Coma (1.500,5)</translation>
    </message>
    <message>
        <source>Point (1,500.5)</source>
        <translation>Punto (1,500.5)</translation>
    </message>
    <message>
        <source>Day and month</source>
        <translation>Día y mes</translation>
    </message>
    <message>
        <source>Detect from the dates</source>
        <translation>Detectar a partir de las fechas</translation>
    </message>
    <message>
        <source>Day first (03/04 = 3 April)</source>
        <translation>Primero el día (03/04 = 3 de abril)</translation>
    </message>
    <message>
        <source>Month first (03/04 = 4 March)</source>
        <translation>Primero el mes (03/04 = 4 de marzo)</translation>
    </message>
    <message>
        <source>Accept single seizures above %1 t</source>
        <translation>Aceptar incautaciones individuales de más de %1 t</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Qué es cada columna</translation>
    </message>
    <message>
        <source>Date, port, quantity and unit are needed. Columns named like a field are chosen already.</source>
        <translation>Se necesitan fecha, puerto, cantidad y unidad. Las columnas con nombre de campo ya vienen elegidas.</translation>
    </message>
    <message>
        <source>%1 (needed)</source>
        <translation>%1 (obligatorio)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Every row is checked as for the atlas&apos;s own tables. Nothing is written until every row passes.</source>
        <translation>Cada fila se comprueba igual que las tablas propias del atlas. No se escribe nada hasta que todas las filas sean válidas.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <source>A GeoPackage of your own, or a schema of your team&apos;s PostGIS. It is written completely or not at all; the layers are then added to the project.</source>
        <translation>Un GeoPackage propio o un esquema del PostGIS de su equipo. Se escribe completo o no se escribe nada; después, las capas se añaden al proyecto.</translation>
    </message>
    <message>
        <source>GeoPackage file</source>
        <translation>Archivo GeoPackage</translation>
    </message>
    <message>
        <source>PostGIS connection: %1</source>
        <translation>Conexión PostGIS: %1</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>PostGIS schema</source>
        <translation>Esquema PostGIS</translation>
    </message>
    <message>
        <source>Replace the GeoPackage, or the tables in the schema, if they exist</source>
        <translation>Reemplazar el GeoPackage, o las tablas del esquema, si existen</translation>
    </message>
    <message>
        <source>The PostGIS connection %1 no longer exists.</source>
        <translation>La conexión PostGIS %1 ya no existe.</translation>
    </message>
    <message>
        <source>PostGIS connection %1: %2 Nothing was written.</source>
        <translation>Conexión PostGIS %1: %2 No se ha escrito nada.</translation>
    </message>
</context>
<context>
    <name>ImportedDataActions</name>
    <message>
        <source>Import seizure events…</source>
        <translation>Importar eventos de incautación…</translation>
    </message>
    <message>
        <source>Check a table of seizure events (CSV, XLSX, ODS) and import it into a GeoPackage</source>
        <translation>Comprobar una tabla de eventos de incautación (CSV, XLSX, ODS) e importarla en un GeoPackage</translation>
    </message>
    <message>
        <source>Add my seizure data (GeoPackage)…</source>
        <translation>Añadir mis datos de incautaciones (GeoPackage)…</translation>
    </message>
    <message>
        <source>Add seizure events imported into a GeoPackage (port-seizure-atlas import) as layers the panel filters</source>
        <translation>Añadir eventos de incautación importados en un GeoPackage (port-seizure-atlas import) como capas que filtra el panel</translation>
    </message>
    <message>
        <source>Add my seizure data (PostGIS)…</source>
        <translation>Añadir mis datos de incautaciones (PostGIS)…</translation>
    </message>
    <message>
        <source>Add seizure events imported into a PostGIS database, through a QGIS connection</source>
        <translation>Añadir eventos de incautación importados en una base de datos PostGIS, mediante una conexión de QGIS</translation>
    </message>
    <message>
        <source>%1 holds no ports; reinstall the plugin.</source>
        <translation>%1 no contiene puertos; reinstale el complemento.</translation>
    </message>
    <message>
        <source>Import refused; nothing was written.
%1</source>
        <translation>Importación rechazada; no se ha escrito nada.
%1</translation>
    </message>
    <message>
        <source>Imported seizure events</source>
        <translation>Eventos de incautación importados</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>No PostGIS connection is set up in QGIS. Add one in the Browser (PostgreSQL › New Connection), with an authentication configuration.</source>
        <translation>No hay ninguna conexión PostGIS configurada en QGIS. Añada una en el Navegador (PostgreSQL › Nueva conexión), con una configuración de autenticación.</translation>
    </message>
    <message>
        <source>PostGIS connection:</source>
        <translation>Conexión PostGIS:</translation>
    </message>
    <message>
        <source>Schema holding seizure_events:</source>
        <translation>Esquema que contiene seizure_events:</translation>
    </message>
    <message>
        <source>Port Seizure Atlas</source>
        <translation>Port Seizure Atlas</translation>
    </message>
    <message numerus="yes">
        <source>Added %n layer(s) of your seizure data; the panel filters them.</source>
        <translation>
            <numerusform>Se ha añadido %n capa de sus datos de incautaciones; el panel la filtra.</numerusform>
            <numerusform>Se han añadido %n capas de sus datos de incautaciones; el panel las filtra.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportedLayerSet</name>
    <message>
        <source>My seizures per port and year</source>
        <translation>Mis incautaciones por puerto y año</translation>
    </message>
    <message>
        <source>My seizure events</source>
        <translation>Mis incautaciones</translation>
    </message>
    <message>
        <source>My seizure routes</source>
        <translation>Rutas de mis incautaciones</translation>
    </message>
    <message>
        <source>My seizure data</source>
        <translation>Mis datos de incautaciones</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>The PostGIS connection holds a user name or password; use a QGIS authentication configuration instead, so no credentials are written into the project.</source>
        <translation>La conexión PostGIS contiene un nombre de usuario o una contraseña; use en su lugar una configuración de autenticación de QGIS para que no se escriba ninguna credencial en el proyecto.</translation>
    </message>
    <message>
        <source>%1: no table &quot;%2&quot; (an import by an earlier version of the plugin): its layer is left out; import the file again to add it.</source>
        <translation>%1: no existe la tabla &quot;%2&quot; (importación realizada con una versión anterior del complemento): su capa se omite; vuelva a importar el archivo para añadirla.</translation>
    </message>
    <message>
        <source>%1: table &quot;%2&quot; cannot be read; is it an import of seizure events?</source>
        <translation>%1: no se puede leer la tabla &quot;%2&quot;; ¿es una importación de eventos de incautación?</translation>
    </message>
</context>
<context>
    <name>ImportedPortYearsStyle</name>
    <message>
        <source>Seized in the years shown (t)</source>
        <translation>Incautado en los años mostrados (t)</translation>
    </message>
    <message>
        <source>Years shown with events</source>
        <translation>Años mostrados con eventos</translation>
    </message>
    <message>
        <source>Seizure events in the years shown</source>
        <translation>Incautaciones en los años mostrados</translation>
    </message>
    <message>
        <source>Events with a known quantity in the years shown</source>
        <translation>Eventos con cantidad conocida en los años mostrados</translation>
    </message>
    <message>
        <source>Latest year shown with events (the row drawn)</source>
        <translation>Último año mostrado con eventos (la fila dibujada)</translation>
    </message>
    <message>
        <source>My seizures, one circle per port</source>
        <translation>Mis incautaciones, un círculo por puerto</translation>
    </message>
    <message>
        <source>Tonnes seized, area by t a year (sum ÷ years shown)</source>
        <translation>Toneladas incautadas, área según t al año (suma ÷ años mostrados)</translation>
    </message>
    <message>
        <source>No quantity known</source>
        <translation>Cantidad desconocida</translation>
    </message>
    <message>
        <source>&lt;b&gt;[% &quot;name&quot; %]&lt;/b&gt; ([% &quot;port_locode&quot; %])&lt;br&gt;[% if(&quot;%1&quot; IS NULL, &apos;No quantity known&apos;, format_number(&quot;%1&quot;, 1) || &apos; t seized&apos;) %] in [% &quot;%2&quot; %]&lt;br&gt;[% &quot;%3&quot; %] events, [% &quot;%4&quot; %] with a known quantity</source>
        <translation>&lt;b&gt;[% &quot;name&quot; %]&lt;/b&gt; ([% &quot;port_locode&quot; %])&lt;br&gt;[% if(&quot;%1&quot; IS NULL, &apos;Cantidad desconocida&apos;, format_number(&quot;%1&quot;, 1) || &apos; t incautadas&apos;) %] en [% &quot;%2&quot; %]&lt;br&gt;[% &quot;%3&quot; %] eventos, [% &quot;%4&quot; %] con cantidad conocida</translation>
    </message>
</context>
<context>
    <name>PortChange</name>
    <message>
        <source>new: %1 t</source>
        <translation>nuevo: %1 t</translation>
    </message>
    <message>
        <source>no figure for %1</source>
        <translation>sin cifra para %1</translation>
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
        <translation>Incautaciones de cocaína en los puertos marítimos europeos, año por año, y las rutas marítimas por las que llega la droga. Cada cifra indica su fuente.</translation>
    </message>
    <message>
        <source>The filter saved in this project could not be read (%1). All years and countries are shown.</source>
        <translation>No se ha podido leer el filtro guardado en este proyecto (%1). Se muestran todos los años y países.</translation>
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
        <translation>Complemento %1, carpeta de datos %2</translation>
    </message>
    <message>
        <source>Plugin %1. The data folder %2 is missing: reinstall the plugin.</source>
        <translation>Complemento %1. Falta la carpeta de datos %2: reinstale el complemento.</translation>
    </message>
    <message>
        <source>Show or hide the Port Seizure Atlas panel</source>
        <translation>Mostrar u ocultar el panel de Port Seizure Atlas</translation>
    </message>
    <message>
        <source>Add ports and seizures</source>
        <translation>Añadir puertos e incautaciones</translation>
    </message>
    <message>
        <source>Add the ports, routes and sourced seizure figures to the project</source>
        <translation>Añadir al proyecto los puertos, las rutas y las cifras de incautación con sus fuentes</translation>
    </message>
    <message>
        <source>Print map…</source>
        <translation>Imprimir mapa…</translation>
    </message>
    <message>
        <source>Print the map of the current selection to PDF, PNG or SVG, or an atlas per port or country</source>
        <translation>Imprimir el mapa de la selección actual en PDF, PNG o SVG, o un atlas por puerto o por país</translation>
    </message>
    <message>
        <source>Printed &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Se ha impreso &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The plugin&apos;s layers are already in the project.</source>
        <translation>Las capas del complemento ya están en el proyecto.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n layer(s).</source>
        <translation>
            <numerusform>Se ha añadido %n capa.</numerusform>
            <numerusform>Se han añadido %n capas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing %1 in the background; the layout &quot;%2&quot; is in the Layout Manager.</source>
        <translation>Imprimiendo %1 en segundo plano; el diseño &quot;%2&quot; está en el Administrador de diseños.</translation>
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
        <translation>Port Seizure Atlas (rutas marítimas)</translation>
    </message>
</context>
<context>
    <name>PrintLayoutItems</name>
    <message>
        <source>Cocaine seized in the port of [% &quot;name&quot; %] ([% &quot;country_name&quot; %]), [% @psa_years_text %]</source>
        <translation>Cocaína incautada en el puerto de [% &quot;name&quot; %] ([% &quot;country_name&quot; %]), [% @psa_years_text %]</translation>
    </message>
    <message>
        <source>Cocaine seized in the ports of [% &quot;NAME&quot; %], [% @psa_years_text %]</source>
        <translation>Cocaína incautada en los puertos de [% &quot;NAME&quot; %], [% @psa_years_text %]</translation>
    </message>
    <message>
        <source>Drug seizures in my data, port of [% coalesce(&quot;name&quot;, &quot;port_locode&quot;) %], [% @psa_years_text %]</source>
        <translation>Incautaciones de droga en mis datos, puerto de [% coalesce(&quot;name&quot;, &quot;port_locode&quot;) %], [% @psa_years_text %]</translation>
    </message>
    <message>
        <source>Drug seizures in my data, ports of [% &quot;NAME&quot; %], [% @psa_years_text %]</source>
        <translation>Incautaciones de droga en mis datos, puertos de [% &quot;NAME&quot; %], [% @psa_years_text %]</translation>
    </message>
    <message>
        <source>Cocaine seized in European ports, [% @psa_years_text %] — [% @psa_countries_text %]</source>
        <translation>Cocaína incautada en puertos europeos, [% @psa_years_text %] — [% @psa_countries_text %]</translation>
    </message>
    <message>
        <source>Drug seizures in my data, European ports, [% @psa_years_text %] — [% @psa_countries_text %]</source>
        <translation>Incautaciones de droga en mis datos, puertos europeos, [% @psa_years_text %] — [% @psa_countries_text %]</translation>
    </message>
    <message>
        <source>Tonnes seized per port (preferred published figures) and documented inbound routes along sea lanes.</source>
        <translation>Toneladas incautadas por puerto (cifras publicadas preferentes) y rutas de entrada documentadas por las vías marítimas.</translation>
    </message>
    <message>
        <source>Own data, not published figures: tonnes seized per port in the imported events, and routes from origin port to port of seizure along sea lanes.</source>
        <translation>Datos propios, no cifras publicadas: toneladas incautadas por puerto en los eventos importados y rutas del puerto de origen al puerto de incautación por las vías marítimas.</translation>
    </message>
    <message>
        <source>Inbound routes across the Atlantic (frame: the main map)</source>
        <translation>Rutas de entrada a través del Atlántico (marco: el mapa principal)</translation>
    </message>
    <message>
        <source>dashed route: tonnage unknown</source>
        <translation>ruta discontinua: tonelaje desconocido</translation>
    </message>
    <message>
        <source>dotted route: origin port not published (assumed)</source>
        <translation>ruta punteada: puerto de origen no publicado (supuesto)</translation>
    </message>
    <message>
        <source>Sources of the figures and routes shown</source>
        <translation>Fuentes de las cifras y rutas mostradas</translation>
    </message>
    <message>
        <source>Basemap: Natural Earth (public domain), from QGIS&apos;s world map. Sea lanes: Eurostat SeaRoute network, EUPL-1.2. Figures: the sources listed. Made with QGIS and Port Seizure Atlas.</source>
        <translation>Mapa base: Natural Earth (dominio público), del mapa mundial de QGIS. Vías marítimas: red SeaRoute de Eurostat, EUPL-1.2. Cifras: las fuentes indicadas. Elaborado con QGIS y Port Seizure Atlas.</translation>
    </message>
</context>
<context>
    <name>PrintLegendColumn</name>
    <message>
        <source>Circles: tonnes seized per port in the imported events (several years: their sum ÷ number of years), on one fixed scale for every year and print; a ring where no quantity is recorded. Lines: width by tonnes.</source>
        <translation>Círculos: toneladas incautadas por puerto en los eventos importados (varios años: su suma ÷ número de años), en una única escala fija para todos los años e impresiones; un anillo donde no consta ninguna cantidad. Líneas: grosor según las toneladas.</translation>
    </message>
    <message>
        <source>Circles: tonnes seized a year per port (several years: their sum ÷ number of years), area on one fixed scale for every year and print; a ring: no published figure. Lines: width by tonnes.</source>
        <translation>Círculos: toneladas incautadas al año por puerto (varios años: su suma ÷ número de años), área en una única escala fija para todos los años e impresiones; un anillo: sin cifra publicada. Líneas: grosor según las toneladas.</translation>
    </message>
    <message numerus="yes">
        <source>Sources: the %n source(s) of the figures and routes shown are listed, numbered, on the following page (image output: in a second file, its name ending in _2).</source>
        <translation>
            <numerusform>Fuentes: %n fuente de las cifras y rutas mostradas figura numerada en la página siguiente (salida de imagen: en un segundo archivo cuyo nombre termina en _2).</numerusform>
            <numerusform>Fuentes: las %n fuentes de las cifras y rutas mostradas figuran numeradas en la página siguiente (salida de imagen: en un segundo archivo cuyo nombre termina en _2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintSourceList</name>
    <message>
        <source>Own data: seizure events imported from %1, in %2</source>
        <translation>Datos propios: eventos de incautación importados de %1, en %2</translation>
    </message>
    <message>
        <source>Sources of the figures shown</source>
        <translation>Fuentes de las cifras mostradas</translation>
    </message>
    <message>
        <source>No figure is shown for this selection.</source>
        <translation>No se muestra ninguna cifra para esta selección.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Own data (%1)</source>
        <translation>Datos propios (%1)</translation>
    </message>
    <message>
        <source>%1: table %2: reading stopped at feature %3 of %4; the import is left out of the choices.</source>
        <translation>%1: tabla %2: la lectura se detuvo en la entidad %3 de %4; la importación no figura entre las opciones.</translation>
    </message>
    <message>
        <source>Port Seizure Atlas</source>
        <translation>Port Seizure Atlas</translation>
    </message>
    <message>
        <source>Cannot write %1 (renaming the finished export failed).</source>
        <translation>No se puede escribir %1 (falló el cambio de nombre de la exportación terminada).</translation>
    </message>
    <message>
        <source>Import seizure events</source>
        <translation>Importar eventos de incautación</translation>
    </message>
    <message>
        <source>import,seizure,events,csv,xlsx,ods,geopackage,cocaine,port,validate</source>
        <translation>importar,incautación,eventos,csv,xlsx,ods,geopackage,cocaína,puerto,validar</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>Checks a table of seizure events and writes it, all or nothing, into a GeoPackage or a PostGIS schema the panel can filter.</source>
        <translation>Comprueba una tabla de eventos de incautación y la escribe, completa o nada, en un GeoPackage o en un esquema PostGIS que el panel puede filtrar.</translation>
    </message>
    <message>
        <source>&lt;p&gt;One row per seizure with the columns date, port, origin_port, origin_country, drug, quantity, unit (date, port, quantity and unit needed; headers in German, Dutch, French, Spanish, Italian or Portuguese such as Datum, Hafen, Menge are recognised; other column names through &lt;i&gt;Column mapping&lt;/i&gt;, e.g. &lt;code&gt;Tag=date,Ort=port&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;Input: CSV (separator and encoding detected unless given), XLSX, ODS or a GeoPackage table. Ports: UN/LOCODE, name, UN/LOCODE local name or common exonym (Antwerpen, Anvers). Dates: 2021-03-12, 12.03.2021, 12/03/2021, 12 March 2021, Mai 2022 or 2021. Quantities: 1500, 1.5, 1,5, 1.500,5 in g, kg or t (stored as tonnes); the decimal mark and the order of day and month are decided once per file, and a value that reads two ways is refused unless &lt;i&gt;Decimal mark&lt;/i&gt; or &lt;i&gt;Order of day and month&lt;/i&gt; settles it. A seizure above 100 t is refused as implausible unless &lt;i&gt;Accept single seizures above 100 t&lt;/i&gt; is set.&lt;/p&gt;&lt;p&gt;All or nothing: when any row is refused, every problem is listed (file, line, column, rule, and the nearest port names for an unknown port) and nothing is written. The input file is never changed.&lt;/p&gt;&lt;p&gt;Save to a GeoPackage, or to a schema of a PostGIS database chosen as a QGIS PostgreSQL connection. The connection must use an authentication configuration: one that stores a user name or password is refused, so no credentials are written into a project.&lt;/p&gt;&lt;p&gt;The imported layers are added to the project (group &lt;i&gt;My seizure data&lt;/i&gt;), where the panel filters them; later with &lt;i&gt;Plugins › Port Seizure Atlas › Add my seizure data…&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Una fila por incautación con las columnas date, port, origin_port, origin_country, drug, quantity, unit (se necesitan date, port, quantity y unit; se reconocen encabezados en alemán, neerlandés, francés, español, italiano o portugués como Datum, Hafen, Menge; otros nombres de columna, mediante &lt;i&gt;Asignación de columnas&lt;/i&gt;, p. ej. &lt;code&gt;Tag=date,Ort=port&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;Entrada: CSV (separador y codificación detectados salvo que se indiquen), XLSX, ODS o una tabla GeoPackage. Puertos: UN/LOCODE, nombre, nombre local UN/LOCODE o exónimo habitual (Antwerpen, Anvers). Fechas: 2021-03-12, 12.03.2021, 12/03/2021, 12 March 2021, Mai 2022 o 2021. Cantidades: 1500, 1.5, 1,5, 1.500,5 en g, kg o t (se almacenan en toneladas); el separador decimal y el orden de día y mes se deciden una vez por archivo, y un valor que admite dos lecturas se rechaza salvo que &lt;i&gt;Separador decimal&lt;/i&gt; u &lt;i&gt;Orden de día y mes&lt;/i&gt; lo resuelva. Una incautación de más de 100 t se rechaza por inverosímil salvo que se active &lt;i&gt;Aceptar incautaciones individuales de más de 100 t&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Todo o nada: si se rechaza alguna fila, se enumeran todos los problemas (archivo, línea, columna, regla y, para un puerto desconocido, los nombres de puerto más parecidos) y no se escribe nada. El archivo de entrada nunca se modifica.&lt;/p&gt;&lt;p&gt;Guardar en un GeoPackage o en un esquema de una base de datos PostGIS elegida como conexión PostgreSQL de QGIS. La conexión debe usar una configuración de autenticación: se rechaza la que almacene un nombre de usuario o una contraseña, para que no se escriba ninguna credencial en un proyecto.&lt;/p&gt;&lt;p&gt;Las capas importadas se añaden al proyecto (grupo &lt;i&gt;Mis datos de incautaciones&lt;/i&gt;), donde el panel las filtra; más adelante, con &lt;i&gt;Complementos › Port Seizure Atlas › Añadir mis datos de incautaciones…&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Seizure events (CSV, XLSX, ODS, GeoPackage)</source>
        <translation>Eventos de incautación (CSV, XLSX, ODS, GeoPackage)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.ods *.gpkg)</source>
        <translation>Tablas (*.csv *.xlsx *.ods *.gpkg)</translation>
    </message>
    <message>
        <source>Column mapping (column=field,...)</source>
        <translation>Asignación de columnas (columna=campo,...)</translation>
    </message>
    <message>
        <source>Replace an existing GeoPackage, or the tables in the schema</source>
        <translation>Reemplazar un GeoPackage existente, o las tablas del esquema</translation>
    </message>
    <message>
        <source>Imported events (GeoPackage)</source>
        <translation>Eventos importados (GeoPackage)</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Or: PostGIS connection (with an authentication configuration)</source>
        <translation>O bien: conexión PostGIS (con una configuración de autenticación)</translation>
    </message>
    <message>
        <source>PostGIS schema</source>
        <translation>Esquema PostGIS</translation>
    </message>
    <message>
        <source>Add the imported layers to the project</source>
        <translation>Añadir las capas importadas al proyecto</translation>
    </message>
    <message>
        <source>CSV separator</source>
        <translation>Separador CSV</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Punto y coma</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Barra vertical</translation>
    </message>
    <message>
        <source>CSV encoding (empty: detect; e.g. windows-1252)</source>
        <translation>Codificación CSV (vacío: detectar; p. ej. windows-1252)</translation>
    </message>
    <message>
        <source>Decimal mark, when the file does not show it</source>
        <translation>Separador decimal, cuando el archivo no lo indica</translation>
    </message>
    <message>
        <source>Comma (1.500,5)</source>
        <translation>Coma (1.500,5)</translation>
    </message>
    <message>
        <source>Point (1,500.5)</source>
        <translation>Punto (1,500.5)</translation>
    </message>
    <message>
        <source>Order of day and month, when no day is above 12</source>
        <translation>Orden de día y mes, cuando ningún día es mayor que 12</translation>
    </message>
    <message>
        <source>Day first (dmy)</source>
        <translation>Primero el día (dmy)</translation>
    </message>
    <message>
        <source>Month first (mdy)</source>
        <translation>Primero el mes (mdy)</translation>
    </message>
    <message>
        <source>Accept single seizures above 100 t</source>
        <translation>Aceptar incautaciones individuales de más de 100 t</translation>
    </message>
    <message>
        <source>Events imported</source>
        <translation>Eventos importados</translation>
    </message>
    <message>
        <source>Choose where to save the events: a GeoPackage or a PostGIS connection (one of them).</source>
        <translation>Elija dónde guardar los eventos: un GeoPackage o una conexión PostGIS (solo uno de los dos).</translation>
    </message>
    <message>
        <source>PostGIS connection %1: %2</source>
        <translation>Conexión PostGIS %1: %2</translation>
    </message>
    <message>
        <source>There is no PostGIS connection named %1.</source>
        <translation>No existe ninguna conexión PostGIS llamada %1.</translation>
    </message>
    <message>
        <source>PostGIS connection %1: %2 Nothing was written.</source>
        <translation>Conexión PostGIS %1: %2 No se ha escrito nada.</translation>
    </message>
    <message>
        <source>%1 holds no ports</source>
        <translation>%1 no contiene puertos</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Importación cancelada; no se ha escrito nada.</translation>
    </message>
    <message numerus="yes">
        <source>Import refused: %n error(s); nothing was written.</source>
        <translation>
            <numerusform>Importación rechazada: %n error; no se ha escrito nada.</numerusform>
            <numerusform>Importación rechazada: %n errores; no se ha escrito nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 of &apos;%2&apos;</source>
        <translation>Fila %1 de &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 (fid %2)</source>
        <translation>%1 (fid %2)</translation>
    </message>
    <message>
        <source>The %1 layer &apos;%2&apos; has no CRS: its coordinates are taken as WGS 84 longitude/latitude.</source>
        <translation>La capa de %1 &apos;%2&apos; no tiene SRC: sus coordenadas se toman como longitud/latitud WGS 84.</translation>
    </message>
    <message>
        <source>%1 (&apos;%2&apos;)</source>
        <translation>%1 (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>the %1 has no geometry (NULL or empty)</source>
        <translation>el %1 no tiene geometría (NULL o vacía)</translation>
    </message>
    <message>
        <source>the %1 is a multipoint of %2 points; give one point per feature</source>
        <translation>el %1 es un multipunto de %2 puntos; indique un punto por entidad</translation>
    </message>
    <message>
        <source>the %1 cannot be transformed to WGS 84: %2</source>
        <translation>el %1 no se puede transformar a WGS 84: %2</translation>
    </message>
    <message>
        <source>the %1 code field &apos;%2&apos; is NULL or empty</source>
        <translation>el campo de código de %1 &apos;%2&apos; es NULL o está vacío</translation>
    </message>
    <message>
        <source>no %1 field given</source>
        <translation>no se ha indicado el campo de %1</translation>
    </message>
    <message>
        <source>the %1 %2 field &apos;%3&apos; is %4, expected a number</source>
        <translation>el campo de %2 de %1 &apos;%3&apos; vale %4; se esperaba un número</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>unknown %1 UN/LOCODE &apos;%2&apos;, routed by its coordinates</source>
        <translation>UN/LOCODE de %1 desconocido &apos;%2&apos;; la ruta se calcula por sus coordenadas</translation>
    </message>
    <message>
        <source>%1: %2; no route.</source>
        <translation>%1: %2; sin ruta.</translation>
    </message>
    <message>
        <source>unknown %1 UN/LOCODE &apos;%2&apos;: not a port of the sea-lane network (%3)</source>
        <translation>UN/LOCODE de %1 desconocido &apos;%2&apos;: no es un puerto de la red de vías marítimas (%3)</translation>
    </message>
    <message>
        <source>the %1 %2 is not a valid longitude/latitude</source>
        <translation>el %1 %2 no es una longitud/latitud válida</translation>
    </message>
    <message>
        <source>Panama Canal</source>
        <translation>Canal de Panamá</translation>
    </message>
    <message>
        <source>Suez Canal</source>
        <translation>Canal de Suez</translation>
    </message>
    <message>
        <source>Strait of Gibraltar</source>
        <translation>Estrecho de Gibraltar</translation>
    </message>
    <message>
        <source>Strait of Dover</source>
        <translation>Paso de Calais</translation>
    </message>
    <message>
        <source>Kiel Canal</source>
        <translation>Canal de Kiel</translation>
    </message>
    <message>
        <source>Corinth Canal</source>
        <translation>Canal de Corinto</translation>
    </message>
    <message>
        <source>Strait of Malacca</source>
        <translation>Estrecho de Malaca</translation>
    </message>
    <message>
        <source>Bab-el-Mandeb</source>
        <translation>Bab el-Mandeb</translation>
    </message>
    <message>
        <source>Bering Strait</source>
        <translation>Estrecho de Bering</translation>
    </message>
    <message>
        <source>Strait of Magellan</source>
        <translation>Estrecho de Magallanes</translation>
    </message>
    <message>
        <source>Northwest Passage</source>
        <translation>Paso del Noroeste</translation>
    </message>
    <message>
        <source>Northeast Passage</source>
        <translation>Paso del Noreste</translation>
    </message>
    <message>
        <source>Pentland Firth</source>
        <translation>Pentland Firth</translation>
    </message>
    <message>
        <source>Fair Isle channel</source>
        <translation>Canal de Fair Isle</translation>
    </message>
    <message>
        <source>The Minch</source>
        <translation>Minch</translation>
    </message>
    <message>
        <source>Inland waterways</source>
        <translation>Vías navegables interiores</translation>
    </message>
    <message>
        <source>Sea-lane routes</source>
        <translation>Rutas marítimas</translation>
    </message>
    <message>
        <source>sea,lane,route,shipping,maritime,port,unlocode,distance,origin,destination,matrix,searoute</source>
        <translation>mar,vía,ruta,navegación,marítimo,puerto,unlocode,distancia,origen,destino,matriz,searoute</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Cálculo de rutas</translation>
    </message>
    <message>
        <source>Draws the shortest sea routes between ports or points along the shipping lanes.</source>
        <translation>Traza las rutas marítimas más cortas entre puertos o puntos a lo largo de las rutas de navegación.</translation>
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
        <translation>Traza la ruta marítima más corta entre puertos o puntos sobre una red marítima mundial, como una línea por ruta en WGS 84 (EPSG:4326).

&lt;b&gt;Entrada&lt;/b&gt;, una de estas dos:
- &lt;i&gt;Orígenes&lt;/i&gt; y &lt;i&gt;Destinos&lt;/i&gt;: dos capas de puntos; cada origen se une con cada destino. Los campos ID opcionales contienen una etiqueta o un UN/LOCODE. Un UN/LOCODE que la red conoce inicia o termina la ruta en ese puerto; cualquier otro punto se une a la red como se describe más abajo. Los puntos se reproyectan a WGS 84. Los demás campos de las capas se copian en la salida con los prefijos origin_ y destination_.
- o una &lt;i&gt;Tabla OD&lt;/i&gt; (cualquier tabla; no necesita geometría): una ruta por fila, entre los UN/LOCODE de los campos de código de origen y destino, o entre longitudes/latitudes WGS 84 de los campos X/Y (se usan cuando un código está vacío o es desconocido). Los demás campos de la tabla se copian en la salida.

&lt;b&gt;Pasos que evitar&lt;/b&gt;: pasos estratégicos que las rutas no deben usar. De forma predeterminada, los canales de Corinto y de Kiel y los pasos del Noroeste y del Noreste, que los buques grandes no utilizan. Vacíe la lista para permitir todos los pasos.
&lt;b&gt;Tolerancia de ajuste&lt;/b&gt; (km): un punto más alejado que esta distancia de todos los nodos que puede alcanzar por mar no obtiene ruta.
&lt;b&gt;Distancia más corta&lt;/b&gt;: de forma predeterminada, los pasos menores (Pentland Firth, estrechos de las Orcadas, canal de Fair Isle, el Minch), las vías navegables interiores y la ruta al norte de Escocia cuestan más que su longitud, para que las rutas se ciñan a las vías principales (el canal de la Mancha, el Skagerrak); actívela para obtener la ruta más corta por distancia.
&lt;b&gt;Densificar&lt;/b&gt; (km): el segmento más largo de una línea de salida; se insertan vértices a lo largo de la geodésica WGS 84 (0 conserva los vértices de la red).

&lt;b&gt;Campos de salida&lt;/b&gt;: origin y destination (nombre del puerto o etiqueta), origin_code y destination_code (UN/LOCODE, NULL para un punto), length_km (longitud geodésica de la línea sobre WGS 84), network_km (longitud a lo largo de la red), passages (pasos utilizados, separados por &apos;;&apos;), approximate (true cuando un extremo es un punto unido a la red por una línea recta), approach_km (km desde los dos extremos hasta la red: conectores y líneas de unión), fallback (por qué un extremo con un UN/LOCODE desconocido se enrutó por sus coordenadas) y, a continuación, los campos copiados.

Las líneas siguen las vías marítimas y nunca cruzan tierra firme, salvo en la aproximación: a un puerto se llega por su propio conector exclusivamente marítimo; a un punto situado a menos de 10 km de un puerto de la red, por los conectores de ese puerto; a cualquier otro punto, por una línea recta hasta el nodo más cercano que esa línea alcance sin cruzar la tierra del mapa mundial de QGIS (la tierra con la que se reparó la red), buscando hacia fuera. Las longitudes se mantienen continuas a través del antimeridiano (más allá de 180 grados).

Un UN/LOCODE desconocido en una fila que también tiene coordenadas se enruta por las coordenadas, y el registro lo indica. Una fila que no se puede enrutar (UN/LOCODE desconocido sin coordenadas, geometría NULL o vacía, un punto en tierra o más allá de la tolerancia de ajuste) se notifica en el registro con su número de fila; las demás rutas se generan igualmente.

Red marítima: Eurostat SeaRoute (© Unión Europea), EUPL-1.2, derivada de la ORNL Global Shipping Lane Network.</translation>
    </message>
    <message>
        <source>Origins (points)</source>
        <translation>Orígenes (puntos)</translation>
    </message>
    <message>
        <source>Origin ID field (label or UN/LOCODE)</source>
        <translation>Campo ID de origen (etiqueta o UN/LOCODE)</translation>
    </message>
    <message>
        <source>Destinations (points)</source>
        <translation>Destinos (puntos)</translation>
    </message>
    <message>
        <source>Destination ID field (label or UN/LOCODE)</source>
        <translation>Campo ID de destino (etiqueta o UN/LOCODE)</translation>
    </message>
    <message>
        <source>OD table (one route per row)</source>
        <translation>Tabla OD (una ruta por fila)</translation>
    </message>
    <message>
        <source>Origin UN/LOCODE field</source>
        <translation>Campo UN/LOCODE de origen</translation>
    </message>
    <message>
        <source>Destination UN/LOCODE field</source>
        <translation>Campo UN/LOCODE de destino</translation>
    </message>
    <message>
        <source>Origin longitude field (WGS 84)</source>
        <translation>Campo de longitud de origen (WGS 84)</translation>
    </message>
    <message>
        <source>Origin latitude field (WGS 84)</source>
        <translation>Campo de latitud de origen (WGS 84)</translation>
    </message>
    <message>
        <source>Destination longitude field (WGS 84)</source>
        <translation>Campo de longitud de destino (WGS 84)</translation>
    </message>
    <message>
        <source>Destination latitude field (WGS 84)</source>
        <translation>Campo de latitud de destino (WGS 84)</translation>
    </message>
    <message>
        <source>Passages to avoid</source>
        <translation>Pasos que evitar</translation>
    </message>
    <message>
        <source>Snap tolerance for points (km)</source>
        <translation>Tolerancia de ajuste de los puntos (km)</translation>
    </message>
    <message>
        <source>Densify: longest segment (km, 0 = off)</source>
        <translation>Densificar: segmento más largo (km, 0 = desactivado)</translation>
    </message>
    <message>
        <source>Shortest distance (do not keep to the main shipping lanes)</source>
        <translation>Distancia más corta (no ceñirse a las rutas de navegación principales)</translation>
    </message>
    <message>
        <source>Routes built</source>
        <translation>Rutas generadas</translation>
    </message>
    <message>
        <source>Rows or pairs without a route</source>
        <translation>Filas o pares sin ruta</translation>
    </message>
    <message>
        <source>Give either an OD table or origin and destination layers, not both.</source>
        <translation>Indique una tabla OD o bien capas de origen y destino, no ambas cosas.</translation>
    </message>
    <message>
        <source>Give an origins and a destinations point layer, or an OD table.</source>
        <translation>Indique una capa de puntos de origen y otra de destino, o una tabla OD.</translation>
    </message>
    <message>
        <source>The OD table needs the %1 UN/LOCODE field, or both the %1 longitude and latitude fields.</source>
        <translation>La tabla OD necesita el campo UN/LOCODE de %1, o bien los campos de longitud y latitud de %1.</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>destino</translation>
    </message>
    <message>
        <source>Cannot load the sea-lane network: %1</source>
        <translation>No se puede cargar la red de vías marítimas: %1</translation>
    </message>
    <message>
        <source>Sea-lane network: %1 nodes, %2 edges, %3 ports (%4)</source>
        <translation>Red de vías marítimas: %1 nodos, %2 aristas, %3 puertos (%4)</translation>
    </message>
    <message>
        <source>QGIS&apos;s world map was not found: points join the network by straight lines that may cross land.</source>
        <translation>No se encontró el mapa mundial de QGIS: los puntos se unen a la red mediante líneas rectas que pueden cruzar tierra firme.</translation>
    </message>
    <message>
        <source>No edge of the network is in the passage &apos;%1&apos;; avoiding it changes nothing.</source>
        <translation>Ninguna arista de la red está en el paso &apos;%1&apos;; evitarlo no cambia nada.</translation>
    </message>
    <message>
        <source>Avoided passages: none</source>
        <translation>Pasos evitados: ninguno</translation>
    </message>
    <message>
        <source>Avoided passages: %1</source>
        <translation>Pasos evitados: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1: the origin %2 and the destination %3 are the same place; no route.</source>
        <translation>%1: el origen %2 y el destino %3 son el mismo lugar; sin ruta.</translation>
    </message>
    <message>
        <source>Canceled; routes built so far: %1.</source>
        <translation>Cancelado; rutas generadas hasta ahora: %1.</translation>
    </message>
    <message>
        <source>Routes built: %1 of %2 rows; rows failed: %3.</source>
        <translation>Rutas generadas: %1 de %2 filas; filas fallidas: %3.</translation>
    </message>
    <message>
        <source>Routes built: %1; input points failed: %2; origin-destination pairs without a route: %3.</source>
        <translation>Rutas generadas: %1; puntos de entrada fallidos: %2; pares origen-destino sin ruta: %3.</translation>
    </message>
</context>
<context>
    <name>QgisProfileRegistration</name>
    <message>
        <source>Plugin folder %1 does not exist.</source>
        <translation>La carpeta del complemento %1 no existe.</translation>
    </message>
    <message>
        <source>Registered %1 (plugin %2) in %3. Restart QGIS to load it.</source>
        <translation>Se ha registrado %1 (complemento %2) en %3. Reinicie QGIS para cargarlo.</translation>
    </message>
    <message>
        <source>Nothing to remove: %1 does not exist.</source>
        <translation>Nada que quitar: %1 no existe.</translation>
    </message>
    <message>
        <source>Removed %1 (plugin %2) from %3.</source>
        <translation>Se ha quitado %1 (complemento %2) de %3.</translation>
    </message>
    <message>
        <source>QGIS profile folder %1 does not exist. Start QGIS once with profile &quot;%2&quot;, or ask to create it (--create-profile).</source>
        <translation>La carpeta del perfil de QGIS %1 no existe. Inicie QGIS una vez con el perfil &quot;%2&quot; o pida que se cree (--create-profile).</translation>
    </message>
    <message>
        <source>Cannot create the QGIS profile folder %1 (permission denied?).</source>
        <translation>No se puede crear la carpeta del perfil de QGIS %1 (¿permiso denegado?).</translation>
    </message>
    <message>
        <source>Cannot create folder %1 (permission denied?).</source>
        <translation>No se puede crear la carpeta %1 (¿permiso denegado?).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2. The settings were not changed.</source>
        <translation>No se puede escribir en %1: %2. No se ha modificado la configuración.</translation>
    </message>
    <message>
        <source>%1 is not a valid settings file; it was left unchanged.</source>
        <translation>%1 no es un archivo de configuración válido; no se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot write the new settings for %1; it was left unchanged.</source>
        <translation>No se puede escribir la nueva configuración de %1; no se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot read back %1; %2 was left unchanged.</source>
        <translation>No se puede volver a leer %1; %2 no se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. It was left unchanged.</source>
        <translation>No se puede escribir %1: %2. No se ha modificado.</translation>
    </message>
</context>
<context>
    <name>QgisVersionCompatibility</name>
    <message>
        <source>%1 was built for QGIS %2 but this is QGIS %3. A C++ plugin only runs in the QGIS major.minor version it was built for, so the plugin stays inactive. Rebuild it against this QGIS (see the plugin&apos;s README).</source>
        <translation>%1 se compiló para QGIS %2, pero este es QGIS %3. Un complemento C++ solo funciona en la versión mayor.menor de QGIS para la que se compiló, por lo que el complemento permanece inactivo. Vuelva a compilarlo para esta versión de QGIS (consulte el README del complemento).</translation>
    </message>
</context>
<context>
    <name>StyleLabels</name>
    <message>
        <source>up to 5 t</source>
        <translation>hasta 5 t</translation>
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
        <translation>más de 50 t</translation>
    </message>
    <message>
        <source>0 t reported</source>
        <translation>0 t notificadas</translation>
    </message>
    <message>
        <source>no published figure</source>
        <translation>sin cifra publicada</translation>
    </message>
    <message>
        <source>origin or transit port</source>
        <translation>puerto de origen o de tránsito</translation>
    </message>
    <message>
        <source>Origin or transit port</source>
        <translation>Puerto de origen o de tránsito</translation>
    </message>
    <message>
        <source>Origin country not stated</source>
        <translation>País de origen no indicado</translation>
    </message>
    <message>
        <source>Single cocaine seizure: under 1 t</source>
        <translation>Incautación de cocaína: menos de 1 t</translation>
    </message>
    <message>
        <source>Single cocaine seizure: 1–5 t</source>
        <translation>Incautación de cocaína: 1–5 t</translation>
    </message>
    <message>
        <source>Single cocaine seizure: 5 t or more</source>
        <translation>Incautación de cocaína: 5 t o más</translation>
    </message>
    <message>
        <source>Single seizure of another drug</source>
        <translation>Incautación de otra droga</translation>
    </message>
    <message>
        <source>up to 1 t per million TEU</source>
        <translation>hasta 1 t por millón de TEU</translation>
    </message>
    <message>
        <source>1–3 t per million TEU</source>
        <translation>1–3 t por millón de TEU</translation>
    </message>
    <message>
        <source>more than 3 t per million TEU</source>
        <translation>más de 3 t por millón de TEU</translation>
    </message>
    <message>
        <source>No seizure and TEU figure of one year</source>
        <translation>Sin toneladas y TEU del mismo año</translation>
    </message>
    <message>
        <source>, all origins</source>
        <translation>, todos los orígenes</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Procedencia: %1</translation>
    </message>
</context>
</TS>
