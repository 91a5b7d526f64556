<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis readOnly="1" version="3.22.16-Białowieża" styleCategories="AllStyleCategories" labelsEnabled="1" maxScale="0" minScale="100000000" hasScaleBasedVisibilityFlag="0">
  <renderer-v2 symbollevels="0" type="RuleRenderer" forceraster="0" referencescale="-1" enableorderby="1">
    <rules key="{6f0b8f3e-3c1d-4a57-9a3e-0d6c1e2b7a01}">
      <rule filter="&quot;drug&quot; = 'cocaine' AND &quot;tonnes&quot; &lt; 1" label="Single cocaine seizure: under 1 t" symbol="0" key="{6f0b8f3e-3c1d-4a57-9a3e-0d6c1e2b7a02}"/>
      <rule filter="&quot;drug&quot; = 'cocaine' AND &quot;tonnes&quot; >= 1 AND &quot;tonnes&quot; &lt; 5" label="Single cocaine seizure: 1–5 t" symbol="1" key="{6f0b8f3e-3c1d-4a57-9a3e-0d6c1e2b7a03}"/>
      <rule filter="&quot;drug&quot; = 'cocaine' AND &quot;tonnes&quot; >= 5" label="Single cocaine seizure: 5 t or more" symbol="2" key="{6f0b8f3e-3c1d-4a57-9a3e-0d6c1e2b7a04}"/>
      <rule filter="NOT (&quot;drug&quot; = 'cocaine')" label="Single seizure of another drug" symbol="3" key="{6f0b8f3e-3c1d-4a57-9a3e-0d6c1e2b7a05}"/>
    </rules>
    <symbols>
      <symbol clip_to_extent="1" type="marker" force_rhr="0" alpha="0.8" name="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="255,140,0,200" name="color"/>
            <Option type="QString" value="diamond" name="name"/>
            <Option type="QString" value="2.2,0" name="offset"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="40,40,40,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="1.6" name="size"/>
            <Option type="QString" value="MM" name="size_unit"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="255,140,0,200" k="color"/>
          <prop v="diamond" k="name"/>
          <prop v="2.2,0" k="offset"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="40,40,40,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.2" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="1.6" k="size"/>
          <prop v="MM" k="size_unit"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" type="marker" force_rhr="0" alpha="0.8" name="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="255,140,0,200" name="color"/>
            <Option type="QString" value="diamond" name="name"/>
            <Option type="QString" value="2.2,0" name="offset"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="40,40,40,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="2.6" name="size"/>
            <Option type="QString" value="MM" name="size_unit"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="255,140,0,200" k="color"/>
          <prop v="diamond" k="name"/>
          <prop v="2.2,0" k="offset"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="40,40,40,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.2" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="2.6" k="size"/>
          <prop v="MM" k="size_unit"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" type="marker" force_rhr="0" alpha="0.8" name="2">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="255,140,0,200" name="color"/>
            <Option type="QString" value="diamond" name="name"/>
            <Option type="QString" value="2.2,0" name="offset"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="40,40,40,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="3.8" name="size"/>
            <Option type="QString" value="MM" name="size_unit"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="255,140,0,200" k="color"/>
          <prop v="diamond" k="name"/>
          <prop v="2.2,0" k="offset"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="40,40,40,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.2" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="3.8" k="size"/>
          <prop v="MM" k="size_unit"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" type="marker" force_rhr="0" alpha="0.8" name="3">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="150,150,150,200" name="color"/>
            <Option type="QString" value="diamond" name="name"/>
            <Option type="QString" value="2.2,0" name="offset"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="40,40,40,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="1.6" name="size"/>
            <Option type="QString" value="MM" name="size_unit"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="150,150,150,200" k="color"/>
          <prop v="diamond" k="name"/>
          <prop v="2.2,0" k="offset"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="40,40,40,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.2" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="1.6" k="size"/>
          <prop v="MM" k="size_unit"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <orderby>
      <orderByClause nullsFirst="0" asc="0">"tonnes"</orderByClause>
    </orderby>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fontFamily="DejaVu Sans" fontSize="6.5" fontSizeUnit="Point" textColor="120,60,0,255" isExpression="1" fieldName="format_number(&quot;tonnes&quot;, 1) || ' t, ' || left(&quot;seizure_date&quot;, CASE WHEN &quot;date_precision&quot; = 'day' THEN 10 WHEN &quot;date_precision&quot; = 'month' THEN 7 ELSE 4 END)" fontWeight="50" fontItalic="0" textOpacity="1" namedStyle="" multilineHeight="1" allowHtml="0" capitalization="0" previewBkgrdColor="255,255,255,255">
        <families/>
        <text-buffer bufferDraw="1" bufferSize="0.6" bufferSizeUnits="MM" bufferColor="255,255,255,220" bufferOpacity="1" bufferJoinStyle="128" bufferNoFill="1" bufferBlendMode="0"/>
      </text-style>
      <text-format plussign="0" leftDirectionSymbol="&lt;" multilineAlign="3" wrapChar="" rightDirectionSymbol=">" placeDirectionSymbol="0" reverseDirectionSymbol="0" decimals="3" formatNumbers="0" addDirectionSymbol="0" autoWrapLength="0" useMaxLineLengthForAutoWrap="1"/>
      <placement placement="6" dist="0.8" distUnits="MM" predefinedPositionOrder="BR,BL,TR,TL,R,L,TSR,BSR" priority="3" quadOffset="4" offsetType="0" xOffset="0" yOffset="0" offsetUnits="MM" rotationAngle="0" geometryGeneratorEnabled="0" geometryGenerator="" geometryGeneratorType="PointGeometry" layerType="PointGeometry"/>
      <rendering scaleVisibility="1" scaleMin="1" scaleMax="6000000" drawLabels="1" obstacle="1" obstacleFactor="1" obstacleType="1" displayAll="0" upsidedownLabels="0" labelPerPart="0" mergeLines="0" minFeatureSize="0" limitNumLabels="0" maxNumLabels="2000" fontLimitPixelSize="0" fontMinPixelSize="0" fontMaxPixelSize="10000" zIndex="0" unplacedVisibility="0"/>
      <dd_properties>
        <Option type="Map">
          <Option type="QString" value="" name="name"/>
          <Option name="properties"/>
          <Option type="QString" value="collection" name="type"/>
        </Option>
      </dd_properties>
    </settings>
  </labeling>
  <aliases>
    <alias field="seizure_id" name="Seizure"/>
    <alias field="seizure_date" name="Date"/>
    <alias field="date_precision" name="Date known to the"/>
    <alias field="port_name" name="Port"/>
    <alias field="origin_unlocode" name="Origin port"/>
    <alias field="origin_country_name" name="Origin country"/>
    <alias field="tonnes" name="This seizure (t), not a total"/>
    <alias field="source_title" name="Source"/>
    <alias field="quote" name="Quote"/>
  </aliases>
  <mapTip>&lt;b>[% format_number("tonnes", 3) %] t of [% "drug" %]&lt;/b>, one seizure at [% "port_name" %], [% "seizure_date" %] ([% "date_precision" %] known)[% CASE WHEN "origin_country_name" IS NOT NULL THEN ', from ' || coalesce("origin_unlocode" || ', ', '') || "origin_country_name" ELSE '' END %]&lt;br>
&lt;a href="[% "source_url" %]">[% "source_title" %]&lt;/a>&lt;br>&lt;i>A single documented seizure, not a port total.&lt;/i></mapTip>
  <previewExpression>"seizure_id" || ': ' || format_number("tonnes", 1) || ' t, ' || "port_name"</previewExpression>
  <layerGeometryType>0</layerGeometryType>
</qgis>
