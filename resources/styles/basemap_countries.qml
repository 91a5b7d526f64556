<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis maxScale="0" simplifyMaxScale="1" readOnly="1" simplifyDrawingTol="1" simplifyAlgorithm="0" hasScaleBasedVisibilityFlag="0" minScale="0" labelsEnabled="0" version="3.22.16-Białowieża" simplifyDrawingHints="1" symbologyReferenceScale="-1" styleCategories="AllStyleCategories" simplifyLocal="1">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal limitMode="0" endExpression="" durationUnit="min" fixedDuration="0" durationField="" enabled="0" endField="" startField="" mode="0" startExpression="" accumulate="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 symbollevels="0" type="singleSymbol" enableorderby="0" referencescale="-1" forceraster="0">
    <symbols>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" type="fill" name="0">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
            <Option value="235,231,222,255" type="QString" name="color"/>
            <Option value="bevel" type="QString" name="joinstyle"/>
            <Option value="0,0" type="QString" name="offset"/>
            <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
            <Option value="MM" type="QString" name="offset_unit"/>
            <Option value="185,178,165,255" type="QString" name="outline_color"/>
            <Option value="solid" type="QString" name="outline_style"/>
            <Option value="0.2" type="QString" name="outline_width"/>
            <Option value="MM" type="QString" name="outline_width_unit"/>
            <Option value="solid" type="QString" name="style"/>
          </Option>
          <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
          <prop v="235,231,222,255" k="color"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="185,178,165,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0.2" k="outline_width"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="solid" k="style"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <rotation/>
    <sizescale/>
  </renderer-v2>
  <customproperties>
    <Option type="Map">
      <Option value="NAME" type="QString" name="dualview/previewExpressions"/>
      <Option value="0" type="QString" name="embeddedWidgets/count"/>
      <Option name="variableNames"/>
      <Option name="variableValues"/>
    </Option>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <SingleCategoryDiagramRenderer attributeLegend="1" diagramType="Histogram">
    <DiagramCategory backgroundAlpha="255" maxScaleDenominator="1e+08" scaleBasedVisibility="0" height="15" penAlpha="255" sizeScale="3x:0,0,0,0,0,0" lineSizeType="MM" width="15" minScaleDenominator="0" rotationOffset="270" lineSizeScale="3x:0,0,0,0,0,0" penWidth="0" direction="1" scaleDependency="Area" backgroundColor="#ffffff" labelPlacementMethod="XHeight" spacing="0" enabled="0" sizeType="MM" penColor="#000000" opacity="1" barWidth="5" minimumSize="0" spacingUnit="MM" spacingUnitScale="3x:0,0,0,0,0,0" diagramOrientation="Up" showAxis="0">
      <fontProperties description="Cantarell,11,-1,5,50,0,0,0,0,0" style=""/>
      <attribute color="#000000" colorOpacity="1" label="" field=""/>
      <axisSymbol>
        <symbol alpha="1" clip_to_extent="1" force_rhr="0" type="line" name="">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleLine" enabled="1" locked="0" pass="0">
            <Option type="Map">
              <Option value="0" type="QString" name="align_dash_pattern"/>
              <Option value="square" type="QString" name="capstyle"/>
              <Option value="5;2" type="QString" name="customdash"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="customdash_map_unit_scale"/>
              <Option value="MM" type="QString" name="customdash_unit"/>
              <Option value="0" type="QString" name="dash_pattern_offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="dash_pattern_offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="dash_pattern_offset_unit"/>
              <Option value="0" type="QString" name="draw_inside_polygon"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="35,35,35,255" type="QString" name="line_color"/>
              <Option value="solid" type="QString" name="line_style"/>
              <Option value="0.26" type="QString" name="line_width"/>
              <Option value="MM" type="QString" name="line_width_unit"/>
              <Option value="0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="0" type="QString" name="ring_filter"/>
              <Option value="0" type="QString" name="trim_distance_end"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="trim_distance_end_map_unit_scale"/>
              <Option value="MM" type="QString" name="trim_distance_end_unit"/>
              <Option value="0" type="QString" name="trim_distance_start"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="trim_distance_start_map_unit_scale"/>
              <Option value="MM" type="QString" name="trim_distance_start_unit"/>
              <Option value="0" type="QString" name="tweak_dash_pattern_on_corners"/>
              <Option value="0" type="QString" name="use_custom_dash"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="width_map_unit_scale"/>
            </Option>
            <prop v="0" k="align_dash_pattern"/>
            <prop v="square" k="capstyle"/>
            <prop v="5;2" k="customdash"/>
            <prop v="3x:0,0,0,0,0,0" k="customdash_map_unit_scale"/>
            <prop v="MM" k="customdash_unit"/>
            <prop v="0" k="dash_pattern_offset"/>
            <prop v="3x:0,0,0,0,0,0" k="dash_pattern_offset_map_unit_scale"/>
            <prop v="MM" k="dash_pattern_offset_unit"/>
            <prop v="0" k="draw_inside_polygon"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="35,35,35,255" k="line_color"/>
            <prop v="solid" k="line_style"/>
            <prop v="0.26" k="line_width"/>
            <prop v="MM" k="line_width_unit"/>
            <prop v="0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="0" k="ring_filter"/>
            <prop v="0" k="trim_distance_end"/>
            <prop v="3x:0,0,0,0,0,0" k="trim_distance_end_map_unit_scale"/>
            <prop v="MM" k="trim_distance_end_unit"/>
            <prop v="0" k="trim_distance_start"/>
            <prop v="3x:0,0,0,0,0,0" k="trim_distance_start_map_unit_scale"/>
            <prop v="MM" k="trim_distance_start_unit"/>
            <prop v="0" k="tweak_dash_pattern_on_corners"/>
            <prop v="0" k="use_custom_dash"/>
            <prop v="3x:0,0,0,0,0,0" k="width_map_unit_scale"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
      </axisSymbol>
    </DiagramCategory>
  </SingleCategoryDiagramRenderer>
  <DiagramLayerSettings linePlacementFlags="18" obstacle="0" zIndex="0" dist="0" placement="0" priority="0" showAll="1">
    <properties>
      <Option type="Map">
        <Option value="" type="QString" name="name"/>
        <Option name="properties"/>
        <Option value="collection" type="QString" name="type"/>
      </Option>
    </properties>
  </DiagramLayerSettings>
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks/>
    <checkConfiguration/>
  </geometryOptions>
  <legend showLabelLegend="0" type="default-vector"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field name="fid" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="iso_a2" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="NAME" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="FIPS_10_" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="ISO_A3" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="WB_A2" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="WB_A3" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias index="0" field="fid" name=""/>
    <alias index="1" field="iso_a2" name=""/>
    <alias index="2" field="NAME" name=""/>
    <alias index="3" field="FIPS_10_" name=""/>
    <alias index="4" field="ISO_A3" name=""/>
    <alias index="5" field="WB_A2" name=""/>
    <alias index="6" field="WB_A3" name=""/>
  </aliases>
  <defaults>
    <default expression="" applyOnUpdate="0" field="fid"/>
    <default expression="" applyOnUpdate="0" field="iso_a2"/>
    <default expression="" applyOnUpdate="0" field="NAME"/>
    <default expression="" applyOnUpdate="0" field="FIPS_10_"/>
    <default expression="" applyOnUpdate="0" field="ISO_A3"/>
    <default expression="" applyOnUpdate="0" field="WB_A2"/>
    <default expression="" applyOnUpdate="0" field="WB_A3"/>
  </defaults>
  <constraints>
    <constraint unique_strength="1" field="fid" notnull_strength="1" exp_strength="0" constraints="3"/>
    <constraint unique_strength="0" field="iso_a2" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" field="NAME" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" field="FIPS_10_" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" field="ISO_A3" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" field="WB_A2" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint unique_strength="0" field="WB_A3" notnull_strength="0" exp_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" exp="" field="fid"/>
    <constraint desc="" exp="" field="iso_a2"/>
    <constraint desc="" exp="" field="NAME"/>
    <constraint desc="" exp="" field="FIPS_10_"/>
    <constraint desc="" exp="" field="ISO_A3"/>
    <constraint desc="" exp="" field="WB_A2"/>
    <constraint desc="" exp="" field="WB_A3"/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions>
    <defaultAction key="Canvas" value="{00000000-0000-0000-0000-000000000000}"/>
  </attributeactions>
  <attributetableconfig sortExpression="" actionWidgetStyle="dropDown" sortOrder="0">
    <columns>
      <column type="field" hidden="0" width="-1" name="NAME"/>
      <column type="field" hidden="0" width="-1" name="FIPS_10_"/>
      <column type="field" hidden="0" width="-1" name="ISO_A3"/>
      <column type="field" hidden="0" width="-1" name="WB_A2"/>
      <column type="field" hidden="0" width="-1" name="WB_A3"/>
      <column type="actions" hidden="1" width="-1"/>
      <column type="field" hidden="0" width="-1" name="fid"/>
      <column type="field" hidden="0" width="-1" name="iso_a2"/>
    </columns>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[# -*- coding: utf-8 -*-
"""
QGIS forms can have a Python function that is called when the form is
opened.

Use this function to add extra logic to your forms.

Enter the name of the function in the "Python Init function"
field.
An example follows:
"""
from qgis.PyQt.QtWidgets import QWidget

def my_form_open(dialog, layer, feature):
	geom = feature.geometry()
	control = dialog.findChild(QWidget, "MyLineEdit")
]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable>
    <field name="ABBREV" editable="1"/>
    <field name="ABBREV_LEN" editable="1"/>
    <field name="ADM0_A3" editable="1"/>
    <field name="ADM0_A3_IS" editable="1"/>
    <field name="ADM0_A3_UN" editable="1"/>
    <field name="ADM0_A3_US" editable="1"/>
    <field name="ADM0_A3_WB" editable="1"/>
    <field name="ADM0_DIF" editable="1"/>
    <field name="ADMIN" editable="1"/>
    <field name="BRK_A3" editable="1"/>
    <field name="BRK_DIFF" editable="1"/>
    <field name="BRK_GROUP" editable="1"/>
    <field name="BRK_NAME" editable="1"/>
    <field name="CONTINENT" editable="1"/>
    <field name="ECONOMY" editable="1"/>
    <field name="FIPS_10_" editable="1"/>
    <field name="FORMAL_EN" editable="1"/>
    <field name="FORMAL_FR" editable="1"/>
    <field name="GDP_MD_EST" editable="1"/>
    <field name="GDP_YEAR" editable="1"/>
    <field name="GEOUNIT" editable="1"/>
    <field name="GEOU_DIF" editable="1"/>
    <field name="GU_A3" editable="1"/>
    <field name="HOMEPART" editable="1"/>
    <field name="INCOME_GRP" editable="1"/>
    <field name="ISO_A2" editable="1"/>
    <field name="ISO_A3" editable="1"/>
    <field name="ISO_A3_EH" editable="1"/>
    <field name="ISO_N3" editable="1"/>
    <field name="LABELRANK" editable="1"/>
    <field name="LASTCENSUS" editable="1"/>
    <field name="LEVEL" editable="1"/>
    <field name="LONG_LEN" editable="1"/>
    <field name="MAPCOLOR13" editable="1"/>
    <field name="MAPCOLOR7" editable="1"/>
    <field name="MAPCOLOR8" editable="1"/>
    <field name="MAPCOLOR9" editable="1"/>
    <field name="MAX_LABEL" editable="1"/>
    <field name="MIN_LABEL" editable="1"/>
    <field name="MIN_ZOOM" editable="1"/>
    <field name="NAME" editable="1"/>
    <field name="NAME_ALT" editable="1"/>
    <field name="NAME_AR" editable="1"/>
    <field name="NAME_BN" editable="1"/>
    <field name="NAME_CIAWF" editable="1"/>
    <field name="NAME_DE" editable="1"/>
    <field name="NAME_EL" editable="1"/>
    <field name="NAME_EN" editable="1"/>
    <field name="NAME_ES" editable="1"/>
    <field name="NAME_FR" editable="1"/>
    <field name="NAME_HI" editable="1"/>
    <field name="NAME_HU" editable="1"/>
    <field name="NAME_ID" editable="1"/>
    <field name="NAME_IT" editable="1"/>
    <field name="NAME_JA" editable="1"/>
    <field name="NAME_KO" editable="1"/>
    <field name="NAME_LEN" editable="1"/>
    <field name="NAME_LONG" editable="1"/>
    <field name="NAME_NL" editable="1"/>
    <field name="NAME_PL" editable="1"/>
    <field name="NAME_PT" editable="1"/>
    <field name="NAME_RU" editable="1"/>
    <field name="NAME_SORT" editable="1"/>
    <field name="NAME_SV" editable="1"/>
    <field name="NAME_TR" editable="1"/>
    <field name="NAME_VI" editable="1"/>
    <field name="NAME_ZH" editable="1"/>
    <field name="NE_ID" editable="1"/>
    <field name="NOTE_ADM0" editable="1"/>
    <field name="NOTE_BRK" editable="1"/>
    <field name="POP_EST" editable="1"/>
    <field name="POP_RANK" editable="1"/>
    <field name="POP_YEAR" editable="1"/>
    <field name="POSTAL" editable="1"/>
    <field name="REGION_UN" editable="1"/>
    <field name="REGION_WB" editable="1"/>
    <field name="SOVEREIGNT" editable="1"/>
    <field name="SOV_A3" editable="1"/>
    <field name="SUBREGION" editable="1"/>
    <field name="SUBUNIT" editable="1"/>
    <field name="SU_A3" editable="1"/>
    <field name="SU_DIF" editable="1"/>
    <field name="TINY" editable="1"/>
    <field name="TYPE" editable="1"/>
    <field name="UN_A3" editable="1"/>
    <field name="WB_A2" editable="1"/>
    <field name="WB_A3" editable="1"/>
    <field name="WIKIDATAID" editable="1"/>
    <field name="WIKIPEDIA" editable="1"/>
    <field name="WOE_ID" editable="1"/>
    <field name="WOE_ID_EH" editable="1"/>
    <field name="WOE_NOTE" editable="1"/>
    <field name="featurecla" editable="1"/>
    <field name="fid" editable="1"/>
    <field name="iso_a2" editable="1"/>
    <field name="scalerank" editable="1"/>
  </editable>
  <labelOnTop>
    <field name="ABBREV" labelOnTop="0"/>
    <field name="ABBREV_LEN" labelOnTop="0"/>
    <field name="ADM0_A3" labelOnTop="0"/>
    <field name="ADM0_A3_IS" labelOnTop="0"/>
    <field name="ADM0_A3_UN" labelOnTop="0"/>
    <field name="ADM0_A3_US" labelOnTop="0"/>
    <field name="ADM0_A3_WB" labelOnTop="0"/>
    <field name="ADM0_DIF" labelOnTop="0"/>
    <field name="ADMIN" labelOnTop="0"/>
    <field name="BRK_A3" labelOnTop="0"/>
    <field name="BRK_DIFF" labelOnTop="0"/>
    <field name="BRK_GROUP" labelOnTop="0"/>
    <field name="BRK_NAME" labelOnTop="0"/>
    <field name="CONTINENT" labelOnTop="0"/>
    <field name="ECONOMY" labelOnTop="0"/>
    <field name="FIPS_10_" labelOnTop="0"/>
    <field name="FORMAL_EN" labelOnTop="0"/>
    <field name="FORMAL_FR" labelOnTop="0"/>
    <field name="GDP_MD_EST" labelOnTop="0"/>
    <field name="GDP_YEAR" labelOnTop="0"/>
    <field name="GEOUNIT" labelOnTop="0"/>
    <field name="GEOU_DIF" labelOnTop="0"/>
    <field name="GU_A3" labelOnTop="0"/>
    <field name="HOMEPART" labelOnTop="0"/>
    <field name="INCOME_GRP" labelOnTop="0"/>
    <field name="ISO_A2" labelOnTop="0"/>
    <field name="ISO_A3" labelOnTop="0"/>
    <field name="ISO_A3_EH" labelOnTop="0"/>
    <field name="ISO_N3" labelOnTop="0"/>
    <field name="LABELRANK" labelOnTop="0"/>
    <field name="LASTCENSUS" labelOnTop="0"/>
    <field name="LEVEL" labelOnTop="0"/>
    <field name="LONG_LEN" labelOnTop="0"/>
    <field name="MAPCOLOR13" labelOnTop="0"/>
    <field name="MAPCOLOR7" labelOnTop="0"/>
    <field name="MAPCOLOR8" labelOnTop="0"/>
    <field name="MAPCOLOR9" labelOnTop="0"/>
    <field name="MAX_LABEL" labelOnTop="0"/>
    <field name="MIN_LABEL" labelOnTop="0"/>
    <field name="MIN_ZOOM" labelOnTop="0"/>
    <field name="NAME" labelOnTop="0"/>
    <field name="NAME_ALT" labelOnTop="0"/>
    <field name="NAME_AR" labelOnTop="0"/>
    <field name="NAME_BN" labelOnTop="0"/>
    <field name="NAME_CIAWF" labelOnTop="0"/>
    <field name="NAME_DE" labelOnTop="0"/>
    <field name="NAME_EL" labelOnTop="0"/>
    <field name="NAME_EN" labelOnTop="0"/>
    <field name="NAME_ES" labelOnTop="0"/>
    <field name="NAME_FR" labelOnTop="0"/>
    <field name="NAME_HI" labelOnTop="0"/>
    <field name="NAME_HU" labelOnTop="0"/>
    <field name="NAME_ID" labelOnTop="0"/>
    <field name="NAME_IT" labelOnTop="0"/>
    <field name="NAME_JA" labelOnTop="0"/>
    <field name="NAME_KO" labelOnTop="0"/>
    <field name="NAME_LEN" labelOnTop="0"/>
    <field name="NAME_LONG" labelOnTop="0"/>
    <field name="NAME_NL" labelOnTop="0"/>
    <field name="NAME_PL" labelOnTop="0"/>
    <field name="NAME_PT" labelOnTop="0"/>
    <field name="NAME_RU" labelOnTop="0"/>
    <field name="NAME_SORT" labelOnTop="0"/>
    <field name="NAME_SV" labelOnTop="0"/>
    <field name="NAME_TR" labelOnTop="0"/>
    <field name="NAME_VI" labelOnTop="0"/>
    <field name="NAME_ZH" labelOnTop="0"/>
    <field name="NE_ID" labelOnTop="0"/>
    <field name="NOTE_ADM0" labelOnTop="0"/>
    <field name="NOTE_BRK" labelOnTop="0"/>
    <field name="POP_EST" labelOnTop="0"/>
    <field name="POP_RANK" labelOnTop="0"/>
    <field name="POP_YEAR" labelOnTop="0"/>
    <field name="POSTAL" labelOnTop="0"/>
    <field name="REGION_UN" labelOnTop="0"/>
    <field name="REGION_WB" labelOnTop="0"/>
    <field name="SOVEREIGNT" labelOnTop="0"/>
    <field name="SOV_A3" labelOnTop="0"/>
    <field name="SUBREGION" labelOnTop="0"/>
    <field name="SUBUNIT" labelOnTop="0"/>
    <field name="SU_A3" labelOnTop="0"/>
    <field name="SU_DIF" labelOnTop="0"/>
    <field name="TINY" labelOnTop="0"/>
    <field name="TYPE" labelOnTop="0"/>
    <field name="UN_A3" labelOnTop="0"/>
    <field name="WB_A2" labelOnTop="0"/>
    <field name="WB_A3" labelOnTop="0"/>
    <field name="WIKIDATAID" labelOnTop="0"/>
    <field name="WIKIPEDIA" labelOnTop="0"/>
    <field name="WOE_ID" labelOnTop="0"/>
    <field name="WOE_ID_EH" labelOnTop="0"/>
    <field name="WOE_NOTE" labelOnTop="0"/>
    <field name="featurecla" labelOnTop="0"/>
    <field name="fid" labelOnTop="0"/>
    <field name="iso_a2" labelOnTop="0"/>
    <field name="scalerank" labelOnTop="0"/>
  </labelOnTop>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression>NAME</previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>2</layerGeometryType>
</qgis>
